// Resolver types from this subgraph's SDL (`pnpm codegen`): each GraphQL type is bound to
// the value its resolvers actually hand on, mostly a drizzle row; an entity another
// service owns is its key alone.
import { subgraphCodegen } from '@connect/kit/codegen';

export default subgraphCodegen(import.meta.url, {
  Exchange: '../db/tables.ts#ExchangeRow',
  ExchangeTransition: '../resolvers/exchange.ts#ExchangeTransitionView',
  Evaluation: '../db/tables.ts#EvaluationRow',
  Outcome: '../db/tables.ts#OutcomeRow',
  EvaluationCorrection: '../db/tables.ts#EvaluationCorrectionRow',
  OutcomeCorrection: '../resolvers/outcome.ts#OutcomeCorrectionView',
  Impact: '../db/impact.ts#ImpactScope',
  ExchangeConnection: '../resolvers/query.ts#ExchangePage',
  EvaluationConnection: '../resolvers/exchange.ts#EvaluationPage',
  Request: '{ id: string }',
  Match: '{ id: string }',
  Municipality: '{ id: string }',
  Association: '{ id: string }',
  Official: '{ id: string }',
  PersonalDataExport: '{ officialId: string }',
  Me: '{ id: string }',
  EvaluationDue: '../evaluations-due.ts#EvaluationDueView',
});
