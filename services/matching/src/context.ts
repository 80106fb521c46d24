// The per-request loaders of the matching service: every entity reference and every
// field that reads rows goes through one of these, so a list of any length costs one
// statement per kind of row.
import { DataLoader, loaderByKey, loaderOfMany, loaderOfPages, type RequestScope } from '@connect/kit';
import { ExpertPoolRepository } from './db/projections.ts';
import { MatchingRepository } from './db/repository.ts';
import type { MatchStatus } from './lifecycle.ts';
import type { MatchingSettings } from './settings.ts';
import type { MatchRow } from './db/tables.ts';

/** A request's list of matches, all or in one status: `<status>|<requestId>`, `|<requestId>` for all. */
export function matchListKey(requestId: string, status: MatchStatus | null | undefined): string {
  return `${status ?? ''}|${requestId}`;
}

function readListKey(key: string): { status: MatchStatus | null; requestId: string } {
  const [status, requestId] = key.split('|') as [string, string];
  return { status: (status || null) as MatchStatus | null, requestId };
}

/** The request ids of these list keys, grouped by the status they ask for. */
function byStatus(keys: readonly string[]): Map<MatchStatus | null, string[]> {
  const groups = new Map<MatchStatus | null, string[]>();
  for (const { status, requestId } of keys.map(readListKey)) groups.set(status, [...(groups.get(status) ?? []), requestId]);
  return groups;
}

function createLoaders(repository: MatchingRepository, pool: ExpertPoolRepository) {
  return {
    match: loaderByKey((ids: readonly string[]) => repository.matchesByIds(ids), (m) => m.id),
    matchesOfRequest: loaderOfMany(
      (ids: readonly string[]) => repository.matchesOfRequests(ids),
      (m) => m.requestId,
    ),
    /** A page of each request's matches: one statement per status asked for, however many requests. */
    matchPagesOfRequest: loaderOfPages(
      async (keys: readonly string[], page) => {
        const pages = await Promise.all(
          [...byStatus(keys)].map(async ([status, requestIds]) =>
            (await repository.matchPagesOfRequests(requestIds, status, page)).map((match) => ({ key: matchListKey(match.requestId, status), match })),
          ),
        );
        return pages.flat();
      },
      (entry: { key: string; match: MatchRow }) => entry.key,
    ),
    /** How many matches each request's list holds, batched like the pages. */
    matchCountOfRequest: new DataLoader<string, number>(async (keys) => {
      const totals = new Map<string, number>();
      await Promise.all(
        [...byStatus(keys)].map(async ([status, requestIds]) => {
          for (const row of await repository.countMatchesOfRequests(requestIds, status)) totals.set(matchListKey(row.requestId, status), row.total);
        }),
      );
      return keys.map((key) => totals.get(key) ?? 0);
    }),
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
