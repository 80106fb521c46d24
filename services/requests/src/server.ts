// The requests subgraph as a side-effect-free definition: tests, the gateway and
// index.ts start it through the shared kit.
import { serviceFiles, type SubgraphDefinition } from '@connect/kit';
import { createContext, type Context } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { seedDemo } from './demo.ts';
import { syntheticWorld } from './synthetic.ts';
import { serviceTableSet } from './db/tables.ts';
import { handlers } from './handlers.ts';

export const requests: SubgraphDefinition<Context> = {
  name: 'requests',
  defaultPort: 4002,
  ...serviceFiles(import.meta.url),
  resolvers,
  createContext,
  tables: serviceTableSet,
  seedDemo,
  syntheticWorld,
  handlers,
};

export type { Context };
export { RequestRepository } from './db/repository.ts';
export { nextStatus, requestTransitions, requestStatuses, type RequestStatus } from './lifecycle.ts';
export { validationCriteria, type ValidationCriterion } from './validation-criteria.ts';
