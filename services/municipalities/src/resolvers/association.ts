import { referencedId } from '@connect/kit';
import type { AssociationResolvers } from '../generated/resolvers.ts';

export const Association: AssociationResolvers = {
  __resolveReference: (ref, ctx) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.association.load(id) : null;
  },
  members: async (a, _, ctx) =>
    (await ctx.loaders.membersOfAssociation.load(a.id)).map((row) => row.municipality),
};
