import { pageRequest, parseId, toConnection, type ConnectionArgs } from '@connect/kit';
import type { RequestFilter } from '../db/repository.ts';
import type { Context } from '../context.ts';
import { isReferenceOrder, parseReference } from '../reference.ts';

export const Query = {
  request: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.request.load(parseId(id)),
  requestByReference: (_: unknown, { reference }: { reference: string }, ctx: Context) =>
    ctx.loaders.requestByReference.load(parseReference(reference)),

  async requests(_: unknown, args: ConnectionArgs & { filter?: RequestFilter | null }, ctx: Context) {
    const page = pageRequest(args, { sort: isReferenceOrder });
    const filter = { ...args.filter };
    if (filter.municipalityId) filter.municipalityId = parseId(filter.municipalityId, 'filter.municipalityId');
    const rows = await ctx.requests.listRequests(filter, page);
    return toConnection(rows, page, (r) => r.referenceOrder);
  },
};
