// Per-request DataLoaders: a batch function returns one entry per key, in key order.
import DataLoader from 'dataloader';
import type { PageRequest } from './pagination.ts';

/** A loader of rows by a unique key; a missing key yields null. */
export function loaderByKey<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, V>();
    for (const row of rows) byKey.set(keyOf(row), row);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A loader of all rows that share a foreign key, such as the officials of a municipality. */
export function loaderOfMany<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, V[]>();
    for (const key of keys) byKey.set(key, []);
    for (const row of rows) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/** One parent's page of children, the key of `loaderOfPages`. */
export interface PageOfParent<K> {
  parent: K;
  page: PageRequest;
}

/**
 * A loader of one page of children per parent, such as the requests of each
 * municipality that an _entities call asks for. Parents asking for the same page (same
 * `first` and `after`) are read in one statement, so statements do not grow with the
 * number of parents. `fetch` returns, for every parent, up to `page.limit + 1` rows in
 * page order (the extra row tells `toConnection` that another page follows).
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
      for (const key of keys) rowsByKey.set(pageCacheKey(key), []);
      await Promise.all(
        [...groups.values()].map(async ({ page, parents }) => {
          for (const row of await fetch(parents, page)) {
            rowsByKey.get(pageCacheKey({ parent: parentOf(row), page }))?.push(row);
          }
        }),
      );
      return keys.map((key) => rowsByKey.get(pageCacheKey(key)) ?? []);
    },
    { cacheKeyFn: pageCacheKey },
  );
}

function pageIdentity(page: PageRequest): string {
  return JSON.stringify([page.limit, page.after?.sort ?? null, page.after?.id ?? null]);
}

function pageCacheKey({ parent, page }: PageOfParent<string>): string {
  return `${parent} ${pageIdentity(page)}`;
}

export { DataLoader };
