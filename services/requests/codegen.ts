// Resolver types from this subgraph's SDL (`pnpm codegen`): each GraphQL type is bound to
// the value its resolvers actually hand on, mostly a drizzle row; an entity another
// service owns is its key alone.
import { subgraphCodegen } from '@connect/kit/codegen';

export default subgraphCodegen(import.meta.url, {
  Request: '../db/tables.ts#RequestRow',
  RequestConnection: '../resolvers/request.ts#RequestPage',
  Validation: '../resolvers/request.ts#ValidationOfRequest',
  RequestTransition: '../resolvers/request.ts#TransitionOfRequest',
  Endorsement: '../resolvers/request.ts#EndorsementOfRequest',
  Topic: '{ code: string }',
  Municipality: '{ id: string }',
  Association: '{ id: string }',
  Official: '{ id: string }',
  PersonalDataExport: '{ officialId: string }',
});
