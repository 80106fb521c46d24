// The matching subgraph as a side-effect-free definition: tests, the gateway and
// index.ts start it through the shared kit.
import { serviceFiles, type GraphQLResolverMap, type SubgraphDefinition } from '@connect/kit';
import { createContext, type Context } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { seedDemo } from './demo.ts';
import { handlers } from './handlers.ts';
import { serviceTableSet } from './db/tables.ts';

export const matching: SubgraphDefinition<Context> = {
  name: 'matching',
  defaultPort: 4003,
  ...serviceFiles(import.meta.url),
  resolvers: resolvers as unknown as GraphQLResolverMap<Context>,
  createContext,
  tables: serviceTableSet,
  seedDemo,
  handlers,
};

export type { Context };
export { MatchingRepository } from './db/repository.ts';
export { scoreMatch, rankByScore, matchFactorKinds, type FactorAssessment } from './scoring.ts';
export { rankExperts, type PoolExpert, type OpenRequest } from './ranking.ts';
