import { pageRequest, parseId, parseSearch, toConnection } from '@connect/kit';
import type { QueryResolvers } from '../generated/resolvers.ts';

export const Query: QueryResolvers = {
  municipality: (_, { id }, ctx) => ctx.loaders.municipality.load(parseId(id)),
  association: (_, { id }, ctx) => ctx.loaders.association.load(parseId(id)),
  official: (_, { id }, ctx) => ctx.loaders.official.load(parseId(id)),

  async municipalities(_, args, ctx) {
    const page = pageRequest(args);
    const filter = args.filter ?? {};
    filter.search = parseSearch(filter.search, 'filter.search');
    const rows = await ctx.directory.listMunicipalities(filter, page);
    return toConnection(rows, page, (m) => m.name, () => ctx.directory.countMunicipalities(filter));
  },

  async associations(_, args, ctx) {
    const page = pageRequest(args);
    const rows = await ctx.directory.listAssociations(args.filter?.countryCode, page);
    return toConnection(rows, page, (a) => a.name, () => ctx.directory.countAssociations(args.filter?.countryCode));
  },

  async officials(_, args, ctx) {
    const page = pageRequest(args);
    const filter = args.filter ?? {};
    if (filter.municipalityId) filter.municipalityId = parseId(filter.municipalityId, 'filter.municipalityId');
    filter.search = parseSearch(filter.search, 'filter.search');
    const rows = await ctx.directory.listOfficials(filter, page);
    return toConnection(rows, page, (o) => o.fullName, () => ctx.directory.countOfficials(filter));
  },
};
