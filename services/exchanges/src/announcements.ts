// What this service tells the others when an exchange is planned, changed or ends well:
// completeExchange and the demo seed record the same ExchangeCompleted.
import type { EventPayloads, Executor } from '@connect/kit';
import { ProjectionRepository } from './db/projections.ts';
import { ExchangeRepository } from './db/repository.ts';
import type { ExchangeRow } from './db/tables.ts';

/** What ExchangeCompleted tells of the exchange's request, and the peers' municipalities when the caller knows them. */
export type CompletedRequest = { municipalityId: string; topics: string[]; peerMunicipalityIds?: string[] };

/** The exchange as ExchangePlanned and ExchangeUpdated tell it: format, days, people and associations, as stored now. */
export async function plannedExchange(db: Executor, exchangeId: string) {
  const repository = new ExchangeRepository(db);
  const [exchange] = await repository.exchangesByIds([exchangeId]);
  const participants = await repository.participantsOf([exchangeId]);
  const associations = await repository.associationsOf([exchangeId]);
  return {
    exchange: exchange!,
    payload: {
      exchangeId,
      requestId: exchange!.requestId,
      format: exchange!.format,
      startsOn: exchange!.startsOn,
      endsOn: exchange!.endsOn,
      participantOfficialIds: participants.map((p) => p.officialId),
      associationIds: associations.map((a) => a.associationId),
    },
  };
}

/**
 * ExchangeCompleted names the municipalities this service knows took part (the host and
 * the requester), the peers' municipalities (the host's and the participants', but the
 * requester's), the associations involved and the topics of the request, as the request's facts hold them, or as
 * the caller knows them (the demo seed, which runs before any event has arrived).
 */
export async function exchangeCompleted(
  db: Executor,
  exchange: ExchangeRow,
  participantOfficialIds: string[],
  at: string,
  known?: CompletedRequest,
): Promise<EventPayloads['ExchangeCompleted']> {
  const projections = new ProjectionRepository(db);
  const request = known ?? (await projections.requestFact(exchange.requestId));
  // The host's and the participants' municipalities, as far as the directory told them, but the requester's.
  const involved = known?.peerMunicipalityIds ?? [exchange.hostMunicipalityId, ...(await projections.municipalitiesOf(participantOfficialIds))];
  const associations = await new ExchangeRepository(db).associationsOf([exchange.id]);
  return {
    exchangeId: exchange.id,
    requestId: exchange.requestId,
    title: exchange.title,
    hostMunicipalityId: exchange.hostMunicipalityId,
    municipalityIds: [...new Set([exchange.hostMunicipalityId, ...(request ? [request.municipalityId] : [])])],
    participantOfficialIds,
    topics: request?.topics ?? [],
    peerMunicipalityIds: [...new Set(involved)].filter((id) => id !== request?.municipalityId),
    associationIds: associations.map((a) => a.associationId),
    at,
  };
}
