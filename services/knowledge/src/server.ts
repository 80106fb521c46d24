// The knowledge subgraph as a side-effect-free definition: tests, the gateway and
// index.ts start it through the shared kit.
import { serviceFiles, type SubgraphDefinition } from '@connect/kit';
import { createContext, type Context } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { seedDemo } from './demo.ts';
import { handlers } from './handlers.ts';
import { serviceTableSet } from './db/tables.ts';

export const knowledge: SubgraphDefinition<Context> = {
  name: 'knowledge',
  defaultPort: 4005,
  ...serviceFiles(import.meta.url),
  resolvers,
  createContext,
  tables: serviceTableSet,
  seedDemo,
  handlers,
};

export type { Context };
export { KnowledgeRepository } from './db/repository.ts';
