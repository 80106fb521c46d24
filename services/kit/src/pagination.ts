// Relay-style connections with opaque keyset cursors. A page is read with
// `limit first + 1` ordered by (sort key, id); the extra row only says whether
// another page exists. No offsets: page n costs the same as page 1.
import { and, asc, gt, or, eq, type AnyColumn } from 'drizzle-orm';
import { BadUserInputError, isUuid } from './errors.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageRequest {
  limit: number;
  after?: { sort: string; id: string };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /**
   * How many nodes the whole list holds (every page, with the same filter). A function,
   * so that the count is read only when a client asks for `totalCount`.
   */
  totalCount?: () => Promise<number>;
}

export interface PageRequestOptions {
  /**
   * Whether a sort value from a cursor fits the sort column, such as `isCalendarDay`
   * for a date column. A forged value that the column's type would refuse must come
   * back as bad input, not reach SQL and fail there as an internal error.
   */
  sort?: (value: string) => boolean;
}

export function pageRequest(args: ConnectionArgs, options: PageRequestOptions = {}): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, 'first');
  }
  if (!args.after) return { limit: first };
  const after = decodeCursor(args.after);
  if (options.sort && !options.sort(after.sort)) throw notACursor();
  return { limit: first, after };
}

export function encodeCursor(sort: string, id: string): string {
  return Buffer.from(JSON.stringify([sort, id]), 'utf8').toString('base64url');
}

/**
 * The (sort, id) pair of a cursor. Ids are UUIDs and PostgreSQL text holds no NUL, so
 * a cursor with anything else in it was not issued by this API and is refused here.
 */
export function decodeCursor(cursor: string): { sort: string; id: string } {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw notACursor();
  }
  if (Array.isArray(value) && value.length === 2) {
    const [sort, id] = value as unknown[];
    if (typeof sort === 'string' && !sort.includes('\0') && typeof id === 'string' && isUuid(id)) return { sort, id };
  }
  throw notACursor();
}

function notACursor(): BadUserInputError {
  return new BadUserInputError('after is not a cursor this API issued', 'after');
}

/**
 * The WHERE part and ORDER BY for a keyset page over (sortColumn, idColumn).
 * The sort value travels in the cursor as text; the column maps it back to its type.
 */
export function keyset(sortColumn: AnyColumn, idColumn: AnyColumn, page: PageRequest) {
  const where = page.after
    ? or(gt(sortColumn, page.after.sort), and(eq(sortColumn, page.after.sort), gt(idColumn, page.after.id)))
    : undefined;
  return { where, orderBy: [asc(sortColumn), asc(idColumn)], limit: page.limit + 1 };
}

/**
 * Turns `limit + 1` rows into a connection; `sortOf` gives the row's sort key as text and
 * `count` the size of the whole list, read only when `totalCount` is asked for.
 */
export function toConnection<T extends { id: string }>(
  rows: T[],
  page: PageRequest,
  sortOf: (row: T) => string,
  count?: () => Promise<number>,
): Connection<T> {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(sortOf(node), node.id), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > page.limit, endCursor: edges.at(-1)?.cursor ?? null },
    ...(count ? { totalCount: once(count) } : {}),
  };
}

function once(count: () => Promise<number>): () => Promise<number> {
  let counted: Promise<number> | undefined;
  return () => (counted ??= count());
}
