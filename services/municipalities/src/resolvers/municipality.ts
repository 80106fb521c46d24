import { referencedId } from '@connect/kit';
import type { MunicipalityResolvers } from '../generated/resolvers.ts';

export const Municipality: MunicipalityResolvers = {
  __resolveReference: (ref, ctx) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.municipality.load(id) : null;
  },
  associations: async (m, _, ctx) =>
    (await ctx.loaders.associationsOfMunicipality.load(m.id)).map((row) => row.association),
  officials: (m, _, ctx) => ctx.loaders.officialsOfMunicipality.load(m.id),
};
