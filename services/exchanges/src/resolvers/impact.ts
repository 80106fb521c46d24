// Impact figures for donors and the secretariat. `Query.impact` checks who asks and reads
// the filter once; each field of Impact is then one SQL statement (db/impact.ts), run
// only when the client asks for it.
import { BadUserInputError, requireRole } from '@connect/kit';
import type { ImpactScope } from '../db/impact.ts';
import type { ExchangeFormat } from '../db/tables.ts';
import type { Context } from '../context.ts';

export interface ImpactFilter {
  from?: string | null;
  to?: string | null;
  countryCode?: string | null;
  topic?: string | null;
  format?: ExchangeFormat | null;
}

const topicCodePattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The filter as the figures use it; a value that could never match is refused, not answered with zeros. */
export function impactScope(filter: ImpactFilter): ImpactScope {
  const scope: ImpactScope = {};
  if (filter.from) scope.from = filter.from;
  if (filter.to) scope.to = filter.to;
  if (scope.from && scope.to && scope.to < scope.from) throw new BadUserInputError(`filter.to (${scope.to}) comes before filter.from (${scope.from})`, 'to');
  if (filter.countryCode != null) {
    const code = filter.countryCode.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) throw new BadUserInputError('filter.countryCode must be an ISO 3166-1 alpha-2 code such as GH', 'countryCode');
    scope.countryCode = code;
  }
  if (filter.topic != null) {
    const topic = filter.topic.trim().toLowerCase();
    if (topic.length > 64 || !topicCodePattern.test(topic)) throw new BadUserInputError('filter.topic must be a topic code such as sanitation', 'topic');
    scope.topic = topic;
  }
  if (filter.format) scope.format = filter.format;
  return scope;
}

export function impact(_: unknown, { filter }: { filter?: ImpactFilter | null }, ctx: Context): ImpactScope {
  requireRole(ctx.viewer, ['DONOR', 'STAFF'], 'read impact figures');
  return impactScope(filter ?? {});
}

export const Impact = {
  requestsByStatus: (scope: ImpactScope, _: unknown, ctx: Context) => ctx.impact.requestsByStatus(scope),
  exchangesByFormat: (scope: ImpactScope, _: unknown, ctx: Context) => ctx.impact.exchangesByFormat(scope),
  exchangesByCountry: (scope: ImpactScope, _: unknown, ctx: Context) => ctx.impact.exchangesByCountry(scope),
  outcomesByKind: (scope: ImpactScope, _: unknown, ctx: Context) => ctx.impact.outcomesByKind(scope),
  outcomesBySdgTarget: (scope: ImpactScope, _: unknown, ctx: Context) => ctx.impact.outcomesBySdgTarget(scope),
  averageRatings: (scope: ImpactScope, _: unknown, ctx: Context) => ctx.impact.averageRatings(scope),
  medianDaysSubmissionToValidation: (scope: ImpactScope, _: unknown, ctx: Context) => ctx.impact.medianDaysSubmissionToValidation(scope),
  medianDaysValidationToExchangeStart: (scope: ImpactScope, _: unknown, ctx: Context) =>
    ctx.impact.medianDaysValidationToExchangeStart(scope),
  daysSubmissionToValidation: (scope: ImpactScope, _: unknown, ctx: Context) => ctx.impact.daysSubmissionToValidation(scope),
  daysValidationToExchangeStart: (scope: ImpactScope, _: unknown, ctx: Context) => ctx.impact.daysValidationToExchangeStart(scope),
};
