// Request, Official and Municipality belong to other services; this service adds to
// each the exchanges it knows of. The reference is the id alone (read by the kit's
// `referencedKey`), and the exchanges come from one loader for all parents.
import { referencedKey } from '@connect/kit';
import type { ExchangeRow } from '../db/tables.ts';
import type { Context } from '../context.ts';

/** An entity another service owns, to which this service contributes `exchanges`. */
export function withExchanges(exchangesOf: (id: string, ctx: Context) => Promise<ExchangeRow[]>) {
  return {
    __resolveReference: referencedKey,
    exchanges: (parent: { id: string }, _: unknown, ctx: Context) => exchangesOf(parent.id, ctx),
  };
}
