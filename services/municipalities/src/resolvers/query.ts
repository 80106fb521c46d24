import { pageRequest, parseId, parseSearch, toConnection, type ConnectionArgs } from '@connect/kit';
import type { Context } from '../context.ts';
import type { MunicipalityFilter, OfficialFilter } from '../db/repository.ts';

type Args<F> = ConnectionArgs & { filter?: F | null };

export const Query = {
  municipality: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.municipality.load(parseId(id)),
  association: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.association.load(parseId(id)),
  official: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.official.load(parseId(id)),

  async municipalities(_: unknown, args: Args<MunicipalityFilter>, ctx: Context) {
    const page = pageRequest(args);
    const filter = args.filter ?? {};
    filter.search = parseSearch(filter.search, 'filter.search');
    const rows = await ctx.directory.listMunicipalities(filter, page);
    return toConnection(rows, page, (m) => m.name);
  },

  async associations(_: unknown, args: Args<{ countryCode?: string | null }>, ctx: Context) {
    const page = pageRequest(args);
    const rows = await ctx.directory.listAssociations(args.filter?.countryCode, page);
    return toConnection(rows, page, (a) => a.name);
  },

  async officials(_: unknown, args: Args<OfficialFilter>, ctx: Context) {
    const page = pageRequest(args);
    const filter = args.filter ?? {};
    if (filter.municipalityId) filter.municipalityId = parseId(filter.municipalityId, 'filter.municipalityId');
    filter.search = parseSearch(filter.search, 'filter.search');
    const rows = await ctx.directory.listOfficials(filter, page);
    return toConnection(rows, page, (o) => o.fullName);
  },
};
