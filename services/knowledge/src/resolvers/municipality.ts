import { referencedKey } from '@connect/kit';
import type { Context } from '../context.ts';

// Municipalities live in the municipalities service; knowledge only adds the practices they took part in.
export const Municipality = {
  __resolveReference: referencedKey,
  bestPractices: async (m: { id: string }, _: unknown, ctx: Context) =>
    (await ctx.loaders.bestPracticesOfMunicipality.load(m.id)).map((row) => row.bestPractice),
};
