// The entry points of the exchanges service: one exchange by id, exchanges by start
// date with filters, as a keyset connection, and impact figures.
import { BadUserInputError, isCalendarDay, pageRequest, parseId, toConnection } from '@connect/kit';
import type { ExchangeFilter as ListFilter } from '../db/repository.ts';
import type { ExchangeFilter, QueryResolvers } from '../generated/resolvers.ts';
import { impact, impactScope } from './impact.ts';
import { sdgTargetPattern } from '../input.ts';

/** The list's filter as the repository takes it; the impact part is read as impact reads it. */
function exchangeFilter({ countedIn, sdgTarget, ...rest }: ExchangeFilter): ListFilter {
  if (sdgTarget != null && !sdgTargetPattern.test(sdgTarget)) {
    throw new BadUserInputError('filter.sdgTarget must be an SDG target such as 6.2, 17.16 or 6.a', 'sdgTarget');
  }
  return { ...rest, sdgTarget, countedIn: countedIn ? impactScope(countedIn) : undefined };
}

export const Query: QueryResolvers = {
  exchange: (_, { id }, ctx) => ctx.loaders.exchange.load(parseId(id)),

  async exchanges(_, args, ctx) {
    const page = pageRequest(args, { sort: isCalendarDay });
    const rows = await ctx.exchanges.listExchanges(exchangeFilter(args.filter ?? {}), page);
    return toConnection(rows, page, (e) => e.startsOn);
  },

  impact,
};
