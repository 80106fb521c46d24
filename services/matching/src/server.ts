// The matching subgraph as a side-effect-free definition: tests, the gateway and
// index.ts start it through the shared kit.
import { serviceFiles, type SubgraphDefinition } from '@connect/kit';
import { createContext, type Context } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { seedDemo } from './demo.ts';
import { matchingLoader } from './synthetic.ts';
import { handlersFor } from './handlers.ts';
import { defaultMatchingSettings, type MatchingSettings } from './settings.ts';
import { serviceTableSet } from './db/tables.ts';

const files = serviceFiles(import.meta.url);

/** The matching subgraph ranking with these settings (from loadMatchingSettings at an entry point). */
export function matchingSubgraph(settings: MatchingSettings = defaultMatchingSettings): SubgraphDefinition<Context> {
  return {
    name: 'matching',
    defaultPort: 4003,
    ...files,
    resolvers,
    createContext: (scope) => createContext(scope, settings),
    tables: serviceTableSet,
    seedDemo,
    syntheticWorld: matchingLoader,
    handlers: handlersFor(settings),
  };
}

/** With the default weights. */
export const matching = matchingSubgraph();

export type { Context };
export { loadMatchingSettings, defaultMatchingSettings, type MatchingSettings } from './settings.ts';
export { MatchingRepository } from './db/repository.ts';
export { scoreMatch, rankByScore, matchFactorKinds, type FactorAssessment } from './scoring.ts';
export { rankExperts, type PoolExpert, type OpenRequest } from './ranking.ts';
