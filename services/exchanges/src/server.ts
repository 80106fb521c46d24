// The exchanges subgraph as a side-effect-free definition: tests, the gateway and
// index.ts start it through the shared kit.
import { serviceFiles, type SubgraphDefinition } from '@connect/kit';
import { createContext, type Context } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { seedDemo } from './demo.ts';
import { serviceTableSet } from './db/tables.ts';
import { handlers } from './handlers.ts';

export const exchanges: SubgraphDefinition<Context> = {
  name: 'exchanges',
  defaultPort: 4004,
  ...serviceFiles(import.meta.url),
  resolvers,
  createContext,
  tables: serviceTableSet,
  seedDemo,
  handlers,
};

export type { Context };
export { ExchangeRepository } from './db/repository.ts';
export { exchangeTransitions, nextStatus } from './lifecycle.ts';
