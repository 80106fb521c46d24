// The exchanges subgraph as a side-effect-free definition: tests, the gateway and
// index.ts start it through the shared kit.
import { serviceFiles, type SubgraphDefinition } from '@connect/kit';
import { createContext, type Context } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { seedDemo } from './demo.ts';
import { serviceTableSet } from './db/tables.ts';
import { handlers } from './handlers.ts';
import { defaultExchangesSettings, type ExchangesSettings } from './settings.ts';

/** The exchanges subgraph with its settings (CORRECTION_WINDOW_DAYS); the defaults when omitted. */
export function exchangesSubgraph(settings: ExchangesSettings = defaultExchangesSettings): SubgraphDefinition<Context> {
  return {
    name: 'exchanges',
    defaultPort: 4004,
    ...serviceFiles(import.meta.url),
    resolvers,
    createContext: (scope) => createContext(scope, settings),
    tables: serviceTableSet,
    seedDemo,
    handlers,
  };
}

export const exchanges = exchangesSubgraph();

export type { Context, ExchangesSettings };
export { exchangesSettings } from './settings.ts';
export { ExchangeRepository } from './db/repository.ts';
export { exchangeTransitions, nextStatus } from './lifecycle.ts';
