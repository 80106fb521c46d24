// A per-request loader of one page of children per parent, such as the requests of each
// municipality that an _entities call asks for. Parents asking for the same page (same
// `first` and `after`) are read in one statement, so statements do not grow with the
// number of parents. It sits next to the kit's loaderOfMany in spirit and belongs there.
import { DataLoader, type PageRequest } from '@connect/kit';

export interface PageOfParent<K> {
  parent: K;
  page: PageRequest;
}

/**
 * `fetch` returns, for every parent, up to `page.limit + 1` rows in page order (the
 * extra row tells `toConnection` that another page follows).
 */
export function loaderOfPages<K extends string, V>(
  fetch: (parents: readonly K[], page: PageRequest) => Promise<V[]>,
  parentOf: (row: V) => K,
): DataLoader<PageOfParent<K>, V[], string> {
  return new DataLoader<PageOfParent<K>, V[], string>(
    async (keys) => {
      const groups = new Map<string, { page: PageRequest; parents: K[] }>();
      for (const { parent, page } of keys) {
        const id = pageIdentity(page);
        const group = groups.get(id) ?? { page, parents: [] };
        group.parents.push(parent);
        groups.set(id, group);
      }
      const rowsByKey = new Map<string, V[]>();
      for (const key of keys) rowsByKey.set(cacheKey(key), []);
      await Promise.all(
        [...groups.values()].map(async ({ page, parents }) => {
          for (const row of await fetch(parents, page)) {
            rowsByKey.get(cacheKey({ parent: parentOf(row), page }))?.push(row);
          }
        }),
      );
      return keys.map((key) => rowsByKey.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}

function pageIdentity(page: PageRequest): string {
  return JSON.stringify([page.limit, page.after?.sort ?? null, page.after?.id ?? null]);
}

function cacheKey({ parent, page }: PageOfParent<string>): string {
  return `${parent} ${pageIdentity(page)}`;
}
