// The entry points of the exchanges service: one exchange by id, exchanges by start
// date with filters, as a keyset connection, and impact figures.
import { BadUserInputError, isCalendarDay, isUuid, pageRequest, parseId, toConnection, type Connection } from '@connect/kit';
import type { ExchangeRow } from '../db/tables.ts';
import type { ExchangeFilter as ListFilter } from '../db/repository.ts';
import type { ExchangeFilter, QueryResolvers } from '../generated/resolvers.ts';
import { impact, impactScope } from './impact.ts';
import { sdgTargetPattern } from '../input.ts';

/** A page of exchanges as `exchanges` hands it on; totalCount is counted only when asked. */
export type ExchangePage = Connection<ExchangeRow>;

/** The list's filter as the repository takes it; the impact part is read as impact reads it. */
function exchangeFilter({ countedIn, sdgTarget, countryCode, hostCountryCode, requestId, officialId, associationId, from, to, ...rest }: ExchangeFilter): ListFilter {
  if (sdgTarget != null && !sdgTargetPattern.test(sdgTarget)) {
    throw new BadUserInputError('filter.sdgTarget must be an SDG target such as 6.2, 17.16 or 6.a', 'sdgTarget');
  }
  if (from && to && to < from) throw new BadUserInputError(`filter.to (${to}) comes before filter.from (${from})`, 'to');
  const id = (value: string | null | undefined, field: string) => (value == null ? null : filterId(value, field));
  return {
    ...rest,
    sdgTarget,
    // hostCountryCode names whose country it is; the deprecated countryCode means the same.
    countryCode: hostCountryCode ?? countryCode,
    requestId: id(requestId, 'requestId'),
    officialId: id(officialId, 'officialId'),
    associationId: id(associationId, 'associationId'),
    from,
    to,
    countedIn: countedIn ? impactScope(countedIn) : undefined,
  };
}

/** An id in a filter: a UUID, compared in lower case; anything else could never match and is refused. */
function filterId(value: string, field: string): string {
  if (!isUuid(value)) throw new BadUserInputError(`filter.${field} must be a UUID`, field);
  return value.toLowerCase();
}

export const Query: QueryResolvers = {
  exchange: (_, { id }, ctx) => ctx.loaders.exchange.load(parseId(id)),

  async exchanges(_, args, ctx) {
    const page = pageRequest(args, { sort: isCalendarDay });
    const filter = exchangeFilter(args.filter ?? {});
    const rows = await ctx.exchanges.listExchanges(filter, page);
    return toConnection(rows, page, (e) => e.startsOn, () => ctx.exchanges.countExchanges(filter));
  },

  impact,
};
