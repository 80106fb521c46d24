import { referencedKey } from '@connect/kit';
import type { OfficialResolvers } from '../generated/resolvers.ts';

// The municipalities service owns Official; this subgraph adds what the official
// knows and what the official has been asked.
export const Official: OfficialResolvers = {
  __resolveReference: referencedKey,
  expertise: (o, _, ctx) => ctx.loaders.expertiseOfOfficial.load(o.id),
  expertProfile: (o, _, ctx) => ctx.loaders.expertProfile.load(o.id),
  proposals: (o, _, ctx) => ctx.loaders.proposalsOfOfficial.load(o.id),
};
