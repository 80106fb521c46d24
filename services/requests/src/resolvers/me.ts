import { isOwnMe, pageRequest, toConnection } from '@connect/kit';
import { workOf } from '../access.ts';
import type { MeResolvers } from '../generated/resolvers.ts';
import { isReferenceOrder } from '../reference.ts';

// `Me` is the municipalities service's; this service adds the viewer's requests. The key
// is the viewer: a representation of anyone else resolves to null, whatever it claims.
export const Me: MeResolvers = {
  __resolveReference: (ref, ctx) => (isOwnMe(ctx.viewer, ref) ? { id: ref.id } : null),

  async requests(_, args, ctx) {
    const page = pageRequest(args, { sort: isReferenceOrder });
    const within = workOf(ctx.db, ctx.viewer);
    if (within === null) return toConnection([], page, () => '', async () => 0);
    const filter = { status: args.status, within };
    const rows = await ctx.requests.listRequests(filter, page);
    return toConnection(rows, page, (r) => r.referenceOrder, () => ctx.requests.countRequests(filter));
  },

  async requestCounts(_, __, ctx) {
    const within = workOf(ctx.db, ctx.viewer);
    if (within === null) return [];
    // The status column is an enum declared in lifecycle order, so it sorts that way.
    return ctx.requests.countRequestsByStatus({ within });
  },
};
