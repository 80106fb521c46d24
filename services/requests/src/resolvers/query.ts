import { BadUserInputError, pageRequest, parseId, parseSearch, toConnection } from '@connect/kit';
import type { RequestFilter } from '../db/repository.ts';
import type { QueryResolvers, RequestFilter as RequestFilterInput } from '../generated/resolvers.ts';
import { isReferenceOrder, parseReference } from '../reference.ts';

export const Query: QueryResolvers = {
  request: (_, { id }, ctx) => ctx.loaders.request.load(parseId(id)),
  requestByReference: (_, { reference }, ctx) =>
    ctx.loaders.requestByReference.load(parseReference(reference)),

  async requests(_, args, ctx) {
    const page = pageRequest(args, { sort: isReferenceOrder });
    const filter = readFilter(args.filter ?? {});
    const rows = await ctx.requests.listRequests(filter, page);
    return toConnection(rows, page, (r) => r.referenceOrder, () => ctx.requests.countRequests(filter));
  },
};

/** The list filter as the repository reads it: ids parsed, the country in upper case, the search text bounded. */
function readFilter(input: RequestFilterInput): RequestFilter {
  const filter: RequestFilter = { ...input };
  if (filter.municipalityId) filter.municipalityId = parseId(filter.municipalityId, 'filter.municipalityId');
  if (filter.requesterCountryCode) {
    const country = filter.requesterCountryCode.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) {
      throw new BadUserInputError(`filter.requesterCountryCode must be an ISO 3166-1 alpha-2 code, got "${filter.requesterCountryCode.slice(0, 20)}"`, 'filter.requesterCountryCode');
    }
    filter.requesterCountryCode = country;
  }
  filter.search = parseSearch(filter.search, 'filter.search');
  return filter;
}
