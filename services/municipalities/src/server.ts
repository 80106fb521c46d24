// The municipalities subgraph as a side-effect-free definition: tests, the gateway
// and index.ts start it through the shared kit.
import { serviceFiles, type SubgraphDefinition } from '@connect/kit';
import { createContext, type Context } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { seedDemo } from './demo.ts';
import { syntheticWorld } from './synthetic.ts';
import { serviceTableSet } from './db/tables.ts';
import { handlers } from './handlers.ts';

export const municipalities: SubgraphDefinition<Context> = {
  name: 'municipalities',
  defaultPort: 4001,
  ...serviceFiles(import.meta.url),
  resolvers,
  createContext,
  tables: serviceTableSet,
  seedDemo,
  syntheticWorld,
  handlers,
};

export type { Context };
export { DirectoryRepository } from './db/repository.ts';
