// Official: one entry of the directory. Its contact details are personal data, read only
// by those access.ts lets read them.
import { referencedId } from '@connect/kit';
import { contactDetail } from '../access.ts';
import type { OfficialRow } from '../db/tables.ts';
import type { Context } from '../context.ts';

export const Official = {
  __resolveReference: (ref: { id: string }, ctx: Context) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.official.load(id) : null;
  },
  municipality: (o: OfficialRow, _: unknown, ctx: Context) => ctx.loaders.municipality.load(o.municipalityId),
  email: (o: OfficialRow, _: unknown, ctx: Context) => contactDetail(o, ctx, 'email'),
  phone: (o: OfficialRow, _: unknown, ctx: Context) => contactDetail(o, ctx, 'phone'),
};
