// Entity representations come from the gateway as they were written by clients and
// other services: an id that is not a UUID would make Postgres refuse the whole batch,
// and an upper-case one would miss its row in a loader keyed by the stored form.
import { isUuid } from '@connect/kit';
import type { ExchangeRow } from '../db/tables.ts';
import type { Context } from '../loaders.ts';

/** The id of a representation in its stored (lower-case) form, or null when it is not a UUID. */
export function referencedId(ref: { id: string }): string | null {
  return isUuid(ref.id) ? ref.id.toLowerCase() : null;
}

/**
 * An entity another service owns, to which this service contributes `exchanges`: the
 * reference is the id alone, and the exchanges come from one loader for all parents.
 */
export function withExchanges(exchangesOf: (id: string, ctx: Context) => Promise<ExchangeRow[]>) {
  return {
    __resolveReference: (ref: { id: string }) => {
      const id = referencedId(ref);
      return id ? { id } : null;
    },
    exchanges: (parent: { id: string }, _: unknown, ctx: Context) => exchangesOf(parent.id, ctx),
  };
}
