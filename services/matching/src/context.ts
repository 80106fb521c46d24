// The per-request loaders of the matching service: every entity reference and every
// field that reads rows goes through one of these, so a list of any length costs one
// statement per kind of row.
import { loaderByKey, loaderOfMany, type RequestScope } from '@connect/kit';
import { ExpertPoolRepository } from './db/projections.ts';
import { MatchingRepository } from './db/repository.ts';
import type { MatchingSettings } from './settings.ts';

function createLoaders(repository: MatchingRepository, pool: ExpertPoolRepository) {
  return {
    match: loaderByKey((ids: readonly string[]) => repository.matchesByIds(ids), (m) => m.id),
    matchesOfRequest: loaderOfMany(
      (ids: readonly string[]) => repository.matchesOfRequests(ids),
      (m) => m.requestId,
    ),
    proposalsOfOfficial: loaderOfMany(
      (ids: readonly string[]) => repository.proposalsOfOfficials(ids),
      (m) => m.officialId,
    ),
    expertiseOfOfficial: loaderOfMany(
      (ids: readonly string[]) => repository.expertiseOfOfficials(ids),
      (e) => e.officialId,
    ),
    historyOfMatch: loaderOfMany(
      (ids: readonly string[]) => repository.historyOfMatches(ids),
      (t) => t.matchId,
    ),
    expertProfile: loaderByKey((ids: readonly string[]) => pool.profilesOf(ids), (p) => p.officialId),
    availabilityOfOfficial: loaderOfMany(
      (ids: readonly string[]) => pool.availabilityOf(ids),
      (w) => w.officialId,
    ),
  };
}

export interface Context extends RequestScope {
  matching: MatchingRepository;
  /** How this service ranks (MATCHING_WEIGHTS), fixed at start. */
  settings: MatchingSettings;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(scope: RequestScope, settings: MatchingSettings): Context {
  const matching = new MatchingRepository(scope.db);
  return { ...scope, matching, settings, loaders: createLoaders(matching, new ExpertPoolRepository(scope.db)) };
}
