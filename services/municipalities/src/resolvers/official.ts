import { referencedId, type Viewer } from '@connect/kit';
import type { OfficialRow } from '../db/tables.ts';
import type { Context } from '../loaders.ts';

/** Contact details are personal data: only the secretariat and the official themselves see them. */
export function canSeeContact(viewer: Viewer, official: OfficialRow): boolean {
  return viewer.role === 'STAFF' || (viewer.role === 'OFFICIAL' && viewer.officialId === official.id);
}

export const Official = {
  __resolveReference: (ref: { id: string }, ctx: Context) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.official.load(id) : null;
  },
  municipality: (o: OfficialRow, _: unknown, ctx: Context) => ctx.loaders.municipality.load(o.municipalityId),
  email: (o: OfficialRow, _: unknown, ctx: Context) => (canSeeContact(ctx.viewer, o) ? o.email : null),
  phone: (o: OfficialRow, _: unknown, ctx: Context) => (canSeeContact(ctx.viewer, o) ? o.phone : null),
};
