import { ForbiddenError, referencedId } from '@connect/kit';
import type { MunicipalityRow, OfficialRow } from '../db/tables.ts';
import type { Context } from '../context.ts';
import type { OfficialResolvers } from '../generated/resolvers.ts';

/**
 * Contact details are personal data: the secretariat, the official themselves and the
 * other participants of an exchange they share see them. Anyone else gets null with a
 * FORBIDDEN error at that path, so the rest of the directory still resolves; anonymous
 * readers too get FORBIDDEN (not UNAUTHENTICATED): the directory is meant to be read
 * without signing in, only the contact fields are closed.
 */
async function contact(o: OfficialRow, ctx: Context, field: 'email' | 'phone'): Promise<string | null> {
  const viewer = ctx.viewer;
  if (viewer.role === 'STAFF') return o[field];
  // An erased official's token, still valid, no longer opens anyone's contact details.
  if (viewer.role === 'OFFICIAL') await ctx.erasure.refuseErasedViewer();
  if (viewer.role === 'OFFICIAL' && viewer.officialId === o.id) return o[field];
  if (await ctx.loaders.sharesExchangeWithViewer.load(o.id)) return o[field];
  throw new ForbiddenError(`Only the secretariat, the official and their exchange partners may see an official's ${field}`);
}

export const Official: OfficialResolvers = {
  __resolveReference: (ref, ctx) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.official.load(id) : null;
  },
  // A foreign key: the official's municipality is always there, as the schema promises.
  municipality: (o, _, ctx) => ctx.loaders.municipality.load(o.municipalityId) as Promise<MunicipalityRow>,
  email: (o, _, ctx) => contact(o, ctx, 'email'),
  phone: (o, _, ctx) => contact(o, ctx, 'phone'),
};
