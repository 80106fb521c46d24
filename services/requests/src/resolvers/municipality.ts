import { pageRequest, referencedKey, toConnection, type ConnectionArgs } from '@connect/kit';
import type { Context } from '../context.ts';
import { isReferenceOrder } from '../reference.ts';

// The requests service only contributes `requests` to Municipality, so a reference is
// its own key; whether the municipality exists is for the municipalities service to say.
export const Municipality = {
  __resolveReference: referencedKey,
  async requests(m: { id: string }, args: ConnectionArgs, ctx: Context) {
    const page = pageRequest(args, { sort: isReferenceOrder });
    const rows = await ctx.loaders.requestsOfMunicipality.load({ parent: m.id, page });
    return toConnection(rows, page, (r) => r.referenceOrder);
  },
};
