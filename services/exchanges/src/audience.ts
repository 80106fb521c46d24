// Who an exchange concerns, for what people wrote about it: the narratives of its
// evaluations and who wrote them, and the reasons in its history. The secretariat, the
// officials taking part and the associations involved read them; donors see ratings
// only in aggregate (impact), and everyone else the public record: format, dates,
// ratings, outcomes. Both loaders are per request, so a list of evaluations costs one
// statement per kind of row whatever its length.
import { readableBy } from '@connect/kit';
import type { Context } from './context.ts';

const audience = 'the secretariat, the officials taking part and the associations involved';

export async function concernsViewer(exchangeId: string, ctx: Context): Promise<boolean> {
  const { viewer } = ctx;
  if (viewer.role === 'STAFF') return true;
  if (viewer.role === 'OFFICIAL' && viewer.officialId) {
    const officialId = viewer.officialId.toLowerCase();
    return (await ctx.loaders.participantsOfExchange.load(exchangeId)).some((p) => p.officialId === officialId);
  }
  if (viewer.role === 'ASSOCIATION' && viewer.associationId) {
    const associationId = viewer.associationId.toLowerCase();
    return (await ctx.loaders.associationsOfExchange.load(exchangeId)).some((a) => a.associationId === associationId);
  }
  return false;
}

/** A field of an exchange's record that only those it concerns read. */
export function forThoseConcerned<T>(value: T, exchangeId: string, what: string, ctx: Context): Promise<T> {
  return readableBy(value, concernsViewer(exchangeId, ctx), what, audience);
}
