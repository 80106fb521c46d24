// Resolver types from this subgraph's SDL (`pnpm codegen`): each GraphQL type is bound to
// the value its resolvers actually hand on, mostly a drizzle row; an entity another
// service owns is its key alone.
import { subgraphCodegen } from '@connect/kit/codegen';

export default subgraphCodegen(import.meta.url, {
  Match: '../db/tables.ts#MatchRow',
  MatchConnection: '../resolvers/match.ts#MatchPage',
  PeerConnection: '../resolvers/find-peers.ts#PeerPage',
  MatchTransition: '../resolvers/match.ts#TransitionOfMatch',
  Expertise: '../db/tables.ts#ExpertiseRow',
  ExpertProfile: '../db/tables.ts#ExpertProfileRow',
  PeerSuggestion: '../resolvers/find-peers.ts#PeerSuggestion as RankedPeer',
  Topic: '{ code: string }',
  Request: '{ id: string }',
  Official: '{ id: string }',
  Me: '{ id: string }',
  PersonalDataExport: '{ officialId: string }',
});
