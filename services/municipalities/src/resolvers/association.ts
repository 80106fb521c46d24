import { pageRequest, referencedId, toConnection, type Connection } from '@connect/kit';
import type { AssociationRow } from '../db/tables.ts';
import { mayReadAssociationHistory } from '../access.ts';
import type { AssociationResolvers } from '../generated/resolvers.ts';
import { historyPage } from './history.ts';

/** A page of associations, its totalCount read only when asked. */
export type AssociationPage = Connection<AssociationRow>;

export const Association: AssociationResolvers = {
  __resolveReference: (ref, ctx) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.association.load(id) : null;
  },
  members: async (a, _, ctx) =>
    (await ctx.loaders.membersOfAssociation.load(a.id)).map((row) => row.municipality),
  async membersConnection(a, args, ctx) {
    const page = pageRequest(args);
    const rows = await ctx.loaders.memberPageOfAssociation.load({ parent: a.id, page });
    return toConnection(rows, page, (m) => m.name, () => ctx.loaders.memberCount.load(a.id));
  },
  history: (a, args, ctx) => (mayReadAssociationHistory(ctx.viewer, a.id) ? historyPage({ associationId: a.id }, args, ctx) : null),
};
