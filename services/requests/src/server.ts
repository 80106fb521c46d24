// The requests subgraph as a side-effect-free definition: tests, the gateway and
// index.ts start it through the shared kit.
import { fileURLToPath } from 'node:url';
import { loadTypeDefs, type GraphQLResolverMap, type SubgraphDefinition } from '@connect/kit';
import { createContext, type Context } from './loaders.ts';
import { resolvers } from './resolvers/index.ts';
import { seedDemo } from './demo.ts';

export const requests: SubgraphDefinition<Context> = {
  name: 'requests',
  defaultPort: 4002,
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers: resolvers as unknown as GraphQLResolverMap<Context>,
  migrationsFolder: fileURLToPath(new URL('../drizzle', import.meta.url)),
  createContext,
  seedDemo,
};

export type { Context };
export { RequestRepository } from './db/repository.ts';
export { nextStatus, requestTransitions, requestStatuses, type RequestStatus } from './lifecycle.ts';
