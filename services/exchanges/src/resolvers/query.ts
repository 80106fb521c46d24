// The entry points of the exchanges service: one exchange by id, exchanges by start
// date with filters, as a keyset connection, and impact figures.
import { BadUserInputError, isCalendarDay, pageRequest, parseId, toConnection, type ConnectionArgs } from '@connect/kit';
import type { ExchangeFilter } from '../db/repository.ts';
import type { OutcomeRow } from '../db/tables.ts';
import type { Context } from '../context.ts';
import { impact, impactScope, type ImpactFilter } from './impact.ts';
import { sdgTargetPattern } from './mutations/recordOutcome.ts';

type ExchangeFilterInput = Omit<ExchangeFilter, 'countedIn'> & {
  countedIn?: ImpactFilter | null;
  outcomeKind?: OutcomeRow['kind'] | null;
  sdgTarget?: string | null;
};

/** The list's filter as the repository takes it; the impact part is read as impact reads it. */
function exchangeFilter({ countedIn, sdgTarget, ...rest }: ExchangeFilterInput): ExchangeFilter {
  if (sdgTarget != null && !sdgTargetPattern.test(sdgTarget)) {
    throw new BadUserInputError('filter.sdgTarget must be an SDG target such as 6.2, 17.16 or 6.a', 'sdgTarget');
  }
  return { ...rest, sdgTarget, countedIn: countedIn ? impactScope(countedIn) : undefined };
}

type Args<F> = ConnectionArgs & { filter?: F | null };

export const Query = {
  exchange: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.exchange.load(parseId(id)),

  async exchanges(_: unknown, args: Args<ExchangeFilterInput>, ctx: Context) {
    const page = pageRequest(args, { sort: isCalendarDay });
    const rows = await ctx.exchanges.listExchanges(exchangeFilter(args.filter ?? {}), page);
    return toConnection(rows, page, (e) => e.startsOn);
  },

  impact,
};
