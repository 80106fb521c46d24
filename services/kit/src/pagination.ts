// Relay-style connections with opaque keyset cursors. A page is read with
// `limit first + 1` ordered by (sort key, id); the extra row only says whether
// another page exists. No offsets: page n costs the same as page 1.
import { and, asc, gt, or, eq, type AnyColumn } from 'drizzle-orm';
import { BadUserInputError } from './errors.ts';

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
}

export function pageRequest(args: ConnectionArgs): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, 'first');
  }
  return { limit: first, after: args.after ? decodeCursor(args.after) : undefined };
}

export function encodeCursor(sort: string, id: string): string {
  return Buffer.from(JSON.stringify([sort, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { sort: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { sort: value[0], id: value[1] };
    }
  } catch {
    // fall through to the refusal below
  }
  throw new BadUserInputError('after is not a cursor this API issued', 'after');
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

/** Turns `limit + 1` rows into a connection; `sortOf` gives the row's sort key as text. */
export function toConnection<T extends { id: string }>(
  rows: T[],
  page: PageRequest,
  sortOf: (row: T) => string,
): Connection<T> {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(sortOf(node), node.id), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > page.limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
