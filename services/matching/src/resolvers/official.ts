import { referencedKey } from '@connect/kit';
import type { Context } from '../context.ts';

// The municipalities service owns Official; this subgraph adds what the official
// knows and what the official has been asked.
export const Official = {
  __resolveReference: referencedKey,
  expertise: (o: { id: string }, _: unknown, ctx: Context) => ctx.loaders.expertiseOfOfficial.load(o.id),
  expertProfile: (o: { id: string }, _: unknown, ctx: Context) => ctx.loaders.expertProfile.load(o.id),
  proposals: (o: { id: string }, _: unknown, ctx: Context) => ctx.loaders.proposalsOfOfficial.load(o.id),
};
