// Resolver types from this subgraph's SDL (`pnpm codegen`): each GraphQL type is bound to
// the value its resolvers actually hand on, mostly a drizzle row; an entity another
// service owns is its key alone.
import { subgraphCodegen } from '@connect/kit/codegen';

export default subgraphCodegen(import.meta.url, {
  Exchange: '../db/tables.ts#ExchangeRow',
  ExchangeTransition: '../resolvers/exchange.ts#ExchangeTransitionView',
  Evaluation: '../db/tables.ts#EvaluationRow',
  Outcome: '../db/tables.ts#OutcomeRow',
  Impact: '../db/impact.ts#ImpactScope',
  Request: '{ id: string }',
  Match: '{ id: string }',
  Municipality: '{ id: string }',
  Association: '{ id: string }',
  Official: '{ id: string }',
  PersonalDataExport: '{ officialId: string }',
});
