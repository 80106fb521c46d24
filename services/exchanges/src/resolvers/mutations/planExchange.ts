// planExchange (staff): turns an accepted match into a PLANNED exchange with its host,
// people, associations, dates and place. The match must be known here as accepted
// (ProposalAccepted), the host municipality's country known (MunicipalityRegistered),
// and the match may have one live exchange at a time. Nobody erased from the directory
// takes part (OFFICIAL_ERASED). The plan answers to the request and the peer (planning.ts)
// unless the secretariat overrides with a reason; ExchangePlanned tells the others.
import { actorOf, InputCheck, refuse, refuseErasedOfficials, requireRole } from '@connect/kit';
import { ProjectionRepository } from '../../db/projections.ts';
import { ExchangeRepository } from '../../db/repository.ts';
import { erasedOfficials } from '../../db/tables.ts';
import type { Context } from '../../context.ts';
import type { MutationPlanExchangeArgs } from '../../generated/resolvers.ts';
import { exchangePayload } from '../../payloads.ts';
import { plannedExchange } from '../../announcements.ts';
import { departuresFromRequest, overrideOrRefuse, readParticipants, requireMatchOfficial } from '../../planning.ts';

/** Request statuses after which no exchange is planned any more. */
const closedRequestStatuses = new Set(['REJECTED', 'WITHDRAWN', 'COMPLETED', 'CLOSED']);

export async function planExchange(_: unknown, { input }: MutationPlanExchangeArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'plan exchanges');
  const outcome = await ctx.mutate({ operation: 'planExchange', input, idempotencyKey: input.idempotencyKey }, async (tx, events) => {
    const check = new InputCheck();
    const matchId = check.id(input.matchId, 'matchId');
    const title = check.text(input.title, 'title', 200);
    check.window({ field: 'startsOn', value: input.startsOn }, { field: 'endsOn', value: input.endsOn });
    const hostMunicipalityId = check.id(input.hostMunicipalityId, 'hostMunicipalityId');
    const location = check.optionalText(input.location, 'location', 200);
    const participants = readParticipants(check, input.participants);
    const associationIds = check.ids(input.associationIds ?? [], 'associationIds', 10, { repeats: 'refuse' });
    const overrideReason = check.optionalText(input.overrideReason, 'overrideReason', 1000);
    check.done();
    await refuseErasedOfficials(tx, erasedOfficials, participants.map((p) => p.officialId), 'participants');

    const known = new ProjectionRepository(tx);
    const match = await known.plannableMatch(matchId!);
    if (!match) refuse('MATCH_NOT_ACCEPTED', `Match ${matchId} is not known here as accepted by its peer`, 'matchId');
    requireMatchOfficial(participants, match);
    const request = await known.requestFact(match.requestId);
    if (request && closedRequestStatuses.has(request.status)) {
      refuse('REQUEST_NOT_OPEN', `The request of this match is ${request.status}; no exchange is planned for it any more`, 'matchId');
    }
    const hostCountryCode =
      (await known.countryOf(hostMunicipalityId!)) ??
      refuse('UNKNOWN_MUNICIPALITY', `Municipality ${hostMunicipalityId} is not known here`, 'hostMunicipalityId');

    const overridden = overrideOrRefuse(
      departuresFromRequest({ format: input.format, dates: { startsOn: input.startsOn, endsOn: input.endsOn }, associationIds }, request, match),
      overrideReason,
    );

    const repository = new ExchangeRepository(tx);
    const live = await repository.liveExchangeOfMatch(match.matchId);
    const refuseSecond = () =>
      refuse('EXCHANGE_ALREADY_PLANNED', `Match ${match.matchId} already has an exchange${live ? ` (${live.id}, ${live.status})` : ''}`, 'matchId');
    if (live) refuseSecond();
    // Null only when a concurrent planning of the same match committed first.
    const id =
      (await repository.planExchange(
        {
          title: title!,
          requestId: match.requestId,
          matchId: match.matchId,
          format: input.format,
          hostMunicipalityId: hostMunicipalityId!,
          hostCountryCode,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          location,
        },
        participants,
        associationIds,
        actorOf(ctx.viewer),
        overridden,
      )) ?? refuseSecond();
    const { exchange, payload } = await plannedExchange(tx, id);
    await events.record('ExchangePlanned', { ...payload, hostMunicipalityId: exchange.hostMunicipalityId, at: exchange.createdAt.toISOString() });
    return { id };
  });
  return exchangePayload(ctx, outcome);
}
