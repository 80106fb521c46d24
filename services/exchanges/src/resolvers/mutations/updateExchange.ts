// updateExchange (staff): changes a PLANNED exchange in place — format, dates, location,
// participants, associations — without cancelling and planning it again. What changes
// answers to the rules of planning (planning.ts), with the same staff override; the
// history gets an entry (PLANNED to PLANNED) naming the changed fields, and
// ExchangeUpdated tells the others. Once started, completed or cancelled: EXCHANGE_NOT_PLANNED.
import { actorOf, InputCheck, refuse, refuseErasedOfficials, requireRole } from '@connect/kit';
import { plannedExchange } from '../../announcements.ts';
import { ProjectionRepository } from '../../db/projections.ts';
import { ExchangeRepository } from '../../db/repository.ts';
import { erasedOfficials, type ExchangeRow } from '../../db/tables.ts';
import type { Context } from '../../context.ts';
import type { MutationUpdateExchangeArgs } from '../../generated/resolvers.ts';
import { exchangePayload } from '../../payloads.ts';
import { departuresFromRequest, overrideOrRefuse, readParticipants, requireMatchOfficial } from '../../planning.ts';

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

export async function updateExchange(_: unknown, { id, input, idempotencyKey }: MutationUpdateExchangeArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'change exchanges');
  const outcome = await ctx.mutate({ operation: 'updateExchange', input: { id, ...input }, idempotencyKey }, async (tx, events) => {
    const check = new InputCheck();
    const exchangeId = check.id(id, 'id');
    const location = input.location == null ? undefined : check.optionalText(input.location, 'location', 200);
    const participants = input.participants == null ? undefined : readParticipants(check, input.participants);
    const associationIds = input.associationIds == null ? undefined : check.ids(input.associationIds, 'associationIds', 10, { repeats: 'refuse' });
    const overrideReason = check.optionalText(input.overrideReason, 'overrideReason', 1000);
    check.done();

    const repository = new ExchangeRepository(tx);
    const exchange: ExchangeRow =
      (await repository.lockExchange(exchangeId!)) ?? refuse('NOT_FOUND', `Exchange ${exchangeId} was not found`, 'id');
    if (exchange.status !== 'PLANNED') {
      refuse('EXCHANGE_NOT_PLANNED', `Exchange ${exchange.id} is ${exchange.status}; only a PLANNED exchange is changed`, 'id');
    }
    const startsOn = input.startsOn ?? exchange.startsOn;
    const endsOn = input.endsOn ?? exchange.endsOn;
    const dates = new InputCheck();
    dates.window({ field: 'startsOn', value: startsOn }, { field: input.endsOn ? 'endsOn' : 'startsOn', value: endsOn });
    dates.done();

    // Only what really differs counts as changed, and only that answers to the rules.
    const [people, groups] = [await repository.participantsOf([exchange.id]), await repository.associationsOf([exchange.id])];
    const byOfficial = (list: readonly { officialId: string; role: string }[]) => [...list].map((p) => `${p.officialId}:${p.role}`).sort();
    const changes = {
      format: input.format != null && input.format !== exchange.format,
      startsOn: startsOn !== exchange.startsOn,
      endsOn: endsOn !== exchange.endsOn,
      location: location !== undefined && location !== exchange.location,
      participants: participants !== undefined && !sameList(byOfficial(participants), byOfficial(people)),
      associationIds: associationIds !== undefined && !sameList([...associationIds].sort(), groups.map((g) => g.associationId).sort()),
    };
    const changed = Object.entries(changes).filter(([, differs]) => differs).map(([field]) => field);
    if (changed.length === 0) return { id: exchange.id };

    if (changes.participants) await refuseErasedOfficials(tx, erasedOfficials, participants!.map((p) => p.officialId), 'participants');
    const known = new ProjectionRepository(tx);
    const match = exchange.matchId ? await known.plannableMatch(exchange.matchId) : null;
    if (match && changes.participants) requireMatchOfficial(participants!, match);
    const departures = match
      ? departuresFromRequest(
          {
            format: changes.format ? input.format! : undefined,
            dates: changes.startsOn || changes.endsOn ? { startsOn, endsOn } : undefined,
            associationIds: changes.associationIds ? associationIds : undefined,
          },
          await known.requestFact(exchange.requestId),
          match,
        )
      : [];
    const overridden = overrideOrRefuse(departures, overrideReason);

    const at = await repository.updateExchange(
      exchange,
      {
        set: {
          ...(changes.format ? { format: input.format! } : {}),
          startsOn,
          endsOn,
          ...(changes.location ? { location } : {}),
        },
        participants: changes.participants ? participants : undefined,
        associationIds: changes.associationIds ? associationIds : undefined,
      },
      { actor: actorOf(ctx.viewer), reason: overridden ?? `Changed ${changed.join(', ')}`, changed },
    );
    const { payload } = await plannedExchange(tx, exchange.id);
    await events.record('ExchangeUpdated', { ...payload, changed, at: at.toISOString() });
    return { id: exchange.id };
  });
  return exchangePayload(ctx, outcome);
}
