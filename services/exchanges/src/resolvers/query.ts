// The entry points of the exchanges service: one exchange by id, exchanges by start
// date with filters, as a keyset connection, and impact figures.
import { isCalendarDay, pageRequest, parseId, toConnection, type ConnectionArgs } from '@connect/kit';
import type { ExchangeFilter } from '../db/repository.ts';
import type { Context } from '../context.ts';
import { impact } from './impact.ts';

type Args<F> = ConnectionArgs & { filter?: F | null };

export const Query = {
  exchange: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.exchange.load(parseId(id)),

  async exchanges(_: unknown, args: Args<ExchangeFilter>, ctx: Context) {
    const page = pageRequest(args, { sort: isCalendarDay });
    const rows = await ctx.exchanges.listExchanges(args.filter ?? {}, page);
    return toConnection(rows, page, (e) => e.startsOn);
  },

  impact,
};
