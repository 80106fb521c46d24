// The entry points of the exchanges service: one exchange by id, and exchanges by
// start date with filters, as a keyset connection.
import { BadUserInputError, isUuid, pageRequest, parseId, toConnection, type ConnectionArgs, type PageRequest } from '@connect/kit';
import type { ExchangeFilter } from '../db/repository.ts';
import type { Context } from '../loaders.ts';

type Args<F> = ConnectionArgs & { filter?: F | null };

const calendarDay = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDay(value: string): boolean {
  return calendarDay.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

// The kit checks that a cursor is a (sort, id) pair; the values in it reach SQL as a
// date and a uuid, which Postgres would refuse with an internal error, so a cursor
// this API did not issue is refused here as bad input.
function exchangePage(args: ConnectionArgs): PageRequest {
  const page = pageRequest(args);
  if (page.after && !(isCalendarDay(page.after.sort) && isUuid(page.after.id))) {
    throw new BadUserInputError('after is not a cursor this API issued', 'after');
  }
  return page;
}

export const Query = {
  exchange: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.exchange.load(parseId(id)),

  async exchanges(_: unknown, args: Args<ExchangeFilter>, ctx: Context) {
    const page = exchangePage(args);
    const rows = await ctx.exchanges.listExchanges(args.filter ?? {}, page);
    return toConnection(rows, page, (e) => e.startsOn);
  },
};
