// What the requests service does when other services' events arrive. Two kinds:
// the directory's events feed the projections that permissions are decided on (who is
// an official of which municipality, which municipalities an association counts as
// members), and the exchange's progress moves the request along its lifecycle, as
// the SYSTEM actor, through the same table as every mutation. Each handler runs in the
// inbox transaction (a redelivered event is never handled twice) and tolerates events
// about requests it does not know and changes the table refuses: it logs and returns.
import { erasedAmong, isUuid, recordErasure, Refusal, type EventEnvelope, type EventHandlers, type EventRecorder, type Logger, type Transaction } from '@connect/kit';
import { DirectoryProjection } from './db/projections.ts';
import { RequestRepository } from './db/repository.ts';
import { erasedOfficials } from './db/tables.ts';
import type { RequestStatus } from './lifecycle.ts';
import { moveRequest } from './status-change.ts';

/** How the history names changes nobody made through this service's API. */
const systemActor = 'SYSTEM';

export const handlers: EventHandlers = {
  async OfficialRegistered({ payload }, tx, _events, log) {
    await recordOfficial(tx, payload, log);
  },
  async OfficialUpdated({ payload }, tx, _events, log) {
    await recordOfficial(tx, payload, log);
  },
  async OfficialErased({ payload }, tx, _events, log) {
    if (!isUuid(payload.officialId)) return log.warn({ officialId: payload.officialId }, 'ignored an erased official with a malformed id');
    const officialId = payload.officialId.toLowerCase();
    await recordErasure(tx, erasedOfficials, officialId);
    await new DirectoryProjection(tx).forgetOfficial(officialId);
    // The requests stay; only who spoke for them is forgotten with the person.
    await new RequestRepository(tx).forgetContact(officialId);
  },
  MunicipalityRegistered: ({ payload }, tx, _events, log) => recordMunicipality(tx, payload, log),
  MunicipalityUpdated: ({ payload }, tx, _events, log) => recordMunicipality(tx, payload, log),
  async MunicipalityJoinedAssociation({ payload }, tx, _events, log) {
    if (!isUuid(payload.associationId) || !isUuid(payload.municipalityId)) {
      return log.warn(payload, 'ignored a membership with a malformed id');
    }
    await new DirectoryProjection(tx).recordMembership(payload.associationId.toLowerCase(), payload.municipalityId.toLowerCase());
  },

  // Only a validated request is matched by an acceptance: the lifecycle also leads from
  // IN_EXCHANGE back to MATCHED (a cancelled exchange), and an acceptance that comes while
  // the exchange runs, or arrives late, must not take that road.
  ProposalAccepted: (event, tx, events, log) =>
    followExchange(event, tx, events, log, 'MATCHED', `A peer accepted the proposal of match ${event.payload.matchId}.`, ['VALIDATED']),
  ExchangeStarted: (event, tx, events, log) =>
    followExchange(event, tx, events, log, 'IN_EXCHANGE', `Exchange ${event.payload.exchangeId} started.`),
  ExchangeCompleted: (event, tx, events, log) =>
    followExchange(event, tx, events, log, 'COMPLETED', `Exchange ${event.payload.exchangeId} was completed.`),
  // A running exchange that is cancelled gives the request back to its matches; one
  // cancelled before it started leaves the request MATCHED, as it already is.
  ExchangeCancelled: (event, tx, events, log) =>
    followExchange(event, tx, events, log, 'MATCHED', `Exchange ${event.payload.exchangeId} was cancelled: ${event.payload.reason}`),
};

async function recordOfficial(tx: Transaction, profile: { officialId: string; municipalityId: string }, log: Logger): Promise<void> {
  if (!isUuid(profile.officialId) || !isUuid(profile.municipalityId)) {
    return log.warn({ officialId: profile.officialId }, 'ignored an official with a malformed id');
  }
  // A Registered or Updated overtaken by the erasure must not make the official a requester again.
  if ((await erasedAmong(tx, erasedOfficials, [profile.officialId])).size > 0) return log.info('official was erased; not known again');
  await new DirectoryProjection(tx).recordOfficial(profile.officialId.toLowerCase(), profile.municipalityId.toLowerCase());
}

/** Whose country a requester is in, for lists filtered by the requester's country. */
async function recordMunicipality(tx: Transaction, profile: { municipalityId: string; countryCode: string }, log: Logger): Promise<void> {
  const country = typeof profile.countryCode === 'string' ? profile.countryCode.toUpperCase() : '';
  if (!isUuid(profile.municipalityId) || !/^[A-Z]{2}$/.test(country)) {
    return log.warn({ municipalityId: profile.municipalityId, countryCode: profile.countryCode }, 'ignored a municipality without a usable id or country');
  }
  await new DirectoryProjection(tx).recordMunicipality(profile.municipalityId.toLowerCase(), country);
}

/**
 * Moves the request an exchange event is about, when the lifecycle allows it and, if
 * `from` is given, only from one of those statuses.
 */
async function followExchange(
  event: EventEnvelope<'ProposalAccepted' | 'ExchangeStarted' | 'ExchangeCompleted' | 'ExchangeCancelled'>,
  tx: Transaction,
  events: EventRecorder,
  log: Logger,
  to: RequestStatus,
  reason: string,
  from?: readonly RequestStatus[],
): Promise<void> {
  const { requestId } = event.payload;
  if (!isUuid(requestId)) return log.warn({ requestId }, 'ignored an event about a malformed request id');
  const request = await new RequestRepository(tx).lockRequest(requestId.toLowerCase());
  if (!request) return log.warn({ requestId }, 'ignored an event about a request this service does not know');
  if (from && !from.includes(request.status)) {
    return log.info({ requestId, reference: request.reference, status: request.status }, `left the request as it is: the event only moves a request in status ${from.join(' or ')}`);
  }
  try {
    await moveRequest(tx, events, request.id, to, { actor: systemActor, reason, at: happenedAt(event.payload.at, request.updatedAt) });
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    // A second peer accepting, or an event overtaken by a withdrawal: the request stays.
    log.info({ requestId, reference: request.reference }, `left the request as it is: ${error.message}`);
  }
}

/**
 * When the change happened, for the history and impact figures: the event's time, unless
 * it is malformed or not after the request's last change (clocks of services differ), in
 * which case now, so that the history stays in order.
 */
function happenedAt(at: string, lastChange: Date): Date {
  const time = new Date(at);
  return Number.isNaN(time.getTime()) || time <= lastChange ? new Date() : time;
}
