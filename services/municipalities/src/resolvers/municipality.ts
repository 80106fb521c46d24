import { pageRequest, referencedId, toConnection, type Connection } from '@connect/kit';
import type { MunicipalityRow } from '../db/tables.ts';
import { mayReadMunicipalityHistory } from '../access.ts';
import type { MunicipalityResolvers } from '../generated/resolvers.ts';
import { historyPage } from './history.ts';

/** A page of municipalities, its totalCount read only when asked. */
export type MunicipalityPage = Connection<MunicipalityRow>;

export const Municipality: MunicipalityResolvers = {
  __resolveReference: (ref, ctx) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.municipality.load(id) : null;
  },
  associations: async (m, _, ctx) =>
    (await ctx.loaders.associationsOfMunicipality.load(m.id)).map((row) => row.association),
  officials: (m, _, ctx) => ctx.loaders.officialsOfMunicipality.load(m.id),
  async officialsConnection(m, args, ctx) {
    const page = pageRequest(args);
    const rows = await ctx.loaders.officialPageOfMunicipality.load({ parent: m.id, page });
    return toConnection(rows, page, (o) => o.fullName, () => ctx.loaders.officialCount.load(m.id));
  },
  history: async (m, args, ctx) => ((await mayReadMunicipalityHistory(ctx, m.id)) ? historyPage({ municipalityId: m.id }, args, ctx) : null),
};
