// Who may write about an exchange: checked before the mutation runs, because a missing
// permission is an error (FORBIDDEN), not a refused rule. An id that is malformed or
// unknown is a refused input, answered in the payload like any other.
import { ForbiddenError, isUuid, shorten, type UserError } from '@connect/kit';
import type { ExchangeRow } from './db/tables.ts';
import type { Context } from './context.ts';

export type Admission = { exchange: ExchangeRow; refusal: null } | { exchange: null; refusal: UserError };

/**
 * The exchange the viewer writes about, once the viewer may: staff always, an official
 * taking part in it, an association involved in it (each only where `roles` lets them).
 */
export async function admitTo(ctx: Context, exchangeId: string, action: string): Promise<Admission> {
  if (!isUuid(exchangeId)) {
    return { exchange: null, refusal: { code: 'INVALID_INPUT', message: `exchangeId must be a UUID, got "${shorten(exchangeId)}"`, field: 'exchangeId' } };
  }
  const id = exchangeId.toLowerCase();
  const exchange = await ctx.loaders.exchange.load(id);
  if (!exchange) return { exchange: null, refusal: { code: 'NOT_FOUND', message: `Exchange ${id} was not found`, field: 'exchangeId' } };
  const { viewer } = ctx;
  if (viewer.role === 'OFFICIAL') {
    const participants = await ctx.loaders.participantsOfExchange.load(id);
    if (!participants.some((p) => p.officialId === viewer.officialId?.toLowerCase())) {
      throw new ForbiddenError(`Only officials taking part in this exchange may ${action}`);
    }
  }
  if (viewer.role === 'ASSOCIATION') {
    const associations = await ctx.loaders.associationsOfExchange.load(id);
    if (!associations.some((a) => a.associationId === viewer.associationId?.toLowerCase())) {
      throw new ForbiddenError(`Only associations involved in this exchange may ${action}`);
    }
  }
  return { exchange, refusal: null };
}
