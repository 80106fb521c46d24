// What this service tells the others when an exchange ends well: completeExchange and
// the demo seed record the same ExchangeCompleted.
import type { EventPayloads, Executor } from '@connect/kit';
import { ProjectionRepository } from './db/projections.ts';
import type { ExchangeRow } from './db/tables.ts';

/** What ExchangeCompleted tells of the exchange's request. */
export type CompletedRequest = { municipalityId: string; topics: string[] };

/**
 * ExchangeCompleted names the municipalities this service knows took part (the host and
 * the requester) and the topics of the request, as the request's facts hold them, or as
 * the caller knows them (the demo seed, which runs before any event has arrived).
 */
export async function exchangeCompleted(
  db: Executor,
  exchange: ExchangeRow,
  participantOfficialIds: string[],
  at: string,
  known?: CompletedRequest,
): Promise<EventPayloads['ExchangeCompleted']> {
  const request = known ?? (await new ProjectionRepository(db).requestFact(exchange.requestId));
  return {
    exchangeId: exchange.id,
    requestId: exchange.requestId,
    title: exchange.title,
    hostMunicipalityId: exchange.hostMunicipalityId,
    municipalityIds: [...new Set([exchange.hostMunicipalityId, ...(request ? [request.municipalityId] : [])])],
    participantOfficialIds,
    topics: request?.topics ?? [],
    at,
  };
}
