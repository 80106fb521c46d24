import { referencedId } from '@connect/kit';
import type { AssociationRow } from '../db/tables.ts';
import type { Context } from '../context.ts';

export const Association = {
  __resolveReference: (ref: { id: string }, ctx: Context) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.association.load(id) : null;
  },
  members: async (a: AssociationRow, _: unknown, ctx: Context) =>
    (await ctx.loaders.membersOfAssociation.load(a.id)).map((row) => row.municipality),
};
