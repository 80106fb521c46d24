import { pageRequest, referencedKey, toConnection } from '@connect/kit';
import type { MunicipalityResolvers } from '../generated/resolvers.ts';
import { isReferenceOrder } from '../reference.ts';

// The requests service only contributes `requests` to Municipality, so a reference is
// its own key; whether the municipality exists is for the municipalities service to say.
export const Municipality: MunicipalityResolvers = {
  __resolveReference: referencedKey,
  async requests(m, args, ctx) {
    const page = pageRequest(args, { sort: isReferenceOrder });
    const rows = await ctx.loaders.requestsOfMunicipality.load({ parent: m.id, page });
    return toConnection(rows, page, (r) => r.referenceOrder, () => ctx.loaders.requestCountOfMunicipality.load(m.id));
  },
};
