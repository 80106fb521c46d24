// Official: one entry of the directory. Its contact details are personal data, read only
// by those access.ts lets read them.
import { referencedId, type Connection } from '@connect/kit';
import { contactDetail } from '../access.ts';
import type { MunicipalityRow, OfficialRow } from '../db/tables.ts';
import type { OfficialResolvers } from '../generated/resolvers.ts';

/** A page of officials, its totalCount read only when asked. */
export type OfficialPage = Connection<OfficialRow>;

export const Official: OfficialResolvers = {
  __resolveReference: (ref, ctx) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.official.load(id) : null;
  },
  // A foreign key: the official's municipality is always there, as the schema promises.
  municipality: (o, _, ctx) => ctx.loaders.municipality.load(o.municipalityId) as Promise<MunicipalityRow>,
  email: (o, _, ctx) => contactDetail(o, ctx, 'email'),
  phone: (o, _, ctx) => contactDetail(o, ctx, 'phone'),
};
