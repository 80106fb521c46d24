import { referencedKey } from '@connect/kit';
import type { MunicipalityResolvers } from '../generated/resolvers.ts';

// Municipalities live in the municipalities service; knowledge only adds the practices they took part in.
export const Municipality: MunicipalityResolvers = {
  __resolveReference: referencedKey,
  bestPractices: async (m, _, ctx) =>
    (await ctx.loaders.bestPracticesOfMunicipality.load(m.id)).map((row) => row.bestPractice),
};
