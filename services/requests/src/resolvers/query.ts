import { pageRequest, parseId, toConnection } from '@connect/kit';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { isReferenceOrder, parseReference } from '../reference.ts';

export const Query: QueryResolvers = {
  request: (_, { id }, ctx) => ctx.loaders.request.load(parseId(id)),
  requestByReference: (_, { reference }, ctx) =>
    ctx.loaders.requestByReference.load(parseReference(reference)),

  async requests(_, args, ctx) {
    const page = pageRequest(args, { sort: isReferenceOrder });
    const filter = { ...args.filter };
    if (filter.municipalityId) filter.municipalityId = parseId(filter.municipalityId, 'filter.municipalityId');
    const rows = await ctx.requests.listRequests(filter, page);
    return toConnection(rows, page, (r) => r.referenceOrder);
  },
};
