import { referencedId } from '@connect/kit';
import type { MunicipalityRow } from '../db/tables.ts';
import type { Context } from '../context.ts';

export const Municipality = {
  __resolveReference: (ref: { id: string }, ctx: Context) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.municipality.load(id) : null;
  },
  associations: async (m: MunicipalityRow, _: unknown, ctx: Context) =>
    (await ctx.loaders.associationsOfMunicipality.load(m.id)).map((row) => row.association),
  officials: (m: MunicipalityRow, _: unknown, ctx: Context) => ctx.loaders.officialsOfMunicipality.load(m.id),
};
