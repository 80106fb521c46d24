// The entry points of the exchanges service: one exchange by id, exchanges by start
// date with filters, as a keyset connection, and impact figures.
import { isCalendarDay, pageRequest, parseId, toConnection } from '@connect/kit';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { impact } from './impact.ts';

export const Query: QueryResolvers = {
  exchange: (_, { id }, ctx) => ctx.loaders.exchange.load(parseId(id)),

  async exchanges(_, args, ctx) {
    const page = pageRequest(args, { sort: isCalendarDay });
    const rows = await ctx.exchanges.listExchanges(args.filter ?? {}, page);
    return toConnection(rows, page, (e) => e.startsOn);
  },

  impact,
};
