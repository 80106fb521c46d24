// The per-request loaders of the matching service: every entity reference and every
// field that reads rows goes through one of these, so a list of any length costs one
// statement per kind of row.
import { loaderByKey, loaderOfMany, type RequestScope } from '@connect/kit';
import { MatchingRepository } from './db/repository.ts';

export function createLoaders(repository: MatchingRepository) {
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
  };
}

export interface Context extends RequestScope {
  matching: MatchingRepository;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(scope: RequestScope): Context {
  const matching = new MatchingRepository(scope.db);
  return { ...scope, matching, loaders: createLoaders(matching) };
}
