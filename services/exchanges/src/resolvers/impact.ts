// Impact figures for donors and the secretariat. `Query.impact` checks who asks and reads
// the filter once; each field of Impact is then one SQL statement (db/impact.ts), run
// only when the client asks for it.
import { BadUserInputError, countryCode, isTopicCode, requireRole } from '@connect/kit';
import type { ImpactScope } from '../db/impact.ts';
import type { Context } from '../context.ts';
import type { ImpactFilter, ImpactResolvers, QueryImpactArgs } from '../generated/resolvers.ts';

/** The filter as the figures use it; a value that could never match is refused, not answered with zeros. */
export function impactScope(filter: ImpactFilter): ImpactScope {
  const scope: ImpactScope = {};
  if (filter.from) scope.from = filter.from;
  if (filter.to) scope.to = filter.to;
  if (scope.from && scope.to && scope.to < scope.from) throw new BadUserInputError(`filter.to (${scope.to}) comes before filter.from (${scope.from})`, 'to');
  // requesterCountryCode names whose country it is; the deprecated countryCode means the same.
  const [country, field] = filter.requesterCountryCode != null ? [filter.requesterCountryCode, 'requesterCountryCode'] : [filter.countryCode, 'countryCode'];
  if (country != null) {
    scope.countryCode = countryCode(country) ?? badFilter(`filter.${field} must be an ISO 3166-1 alpha-2 code such as GH`, field);
  }
  if (filter.topic != null) {
    const topic = filter.topic.trim().toLowerCase();
    scope.topic = isTopicCode(topic) ? topic : badFilter('filter.topic must be a topic code such as sanitation', 'topic');
  }
  if (filter.format) scope.format = filter.format;
  return scope;
}

function badFilter(message: string, field: string): never {
  throw new BadUserInputError(message, field);
}

export function impact(_: unknown, { filter }: QueryImpactArgs, ctx: Context): ImpactScope {
  requireRole(ctx.viewer, ['DONOR', 'STAFF'], 'read impact figures');
  return impactScope(filter ?? {});
}

export const Impact: ImpactResolvers = {
  requestsByStatus: (scope, _, ctx) => ctx.impact.requestsByStatus(scope),
  exchangesByFormat: (scope, _, ctx) => ctx.impact.exchangesByFormat(scope),
  exchangesByCountry: (scope, _, ctx) => ctx.impact.exchangesByCountry(scope),
  outcomesByKind: (scope, _, ctx) => ctx.impact.outcomesByKind(scope),
  outcomesBySdgTarget: (scope, _, ctx) => ctx.impact.outcomesBySdgTarget(scope),
  averageRatings: (scope, _, ctx) => ctx.impact.averageRatings(scope),
  medianDaysSubmissionToValidation: (scope, _, ctx) => ctx.impact.medianDaysSubmissionToValidation(scope),
  medianDaysValidationToExchangeStart: (scope, _, ctx) =>
    ctx.impact.medianDaysValidationToExchangeStart(scope),
  daysSubmissionToValidation: (scope: ImpactScope, _: unknown, ctx: Context) => ctx.impact.daysSubmissionToValidation(scope),
  daysValidationToExchangeStart: (scope: ImpactScope, _: unknown, ctx: Context) => ctx.impact.daysValidationToExchangeStart(scope),
};
