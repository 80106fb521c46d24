// What this service tells the others when an exchange ends well: completeExchange and
// the demo seed record the same ExchangeCompleted.
import type { EventPayloads, Executor } from '@connect/kit';
import { ProjectionRepository } from './db/projections.ts';
import type { ExchangeRow } from './db/tables.ts';

/**
 * ExchangeCompleted names the municipalities this service knows took part (the host and
 * the requester) and the topics of the request, as the request's facts hold them.
 */
export async function exchangeCompleted(db: Executor, exchange: ExchangeRow, participantOfficialIds: string[], at: string): Promise<EventPayloads['ExchangeCompleted']> {
  const request = await new ProjectionRepository(db).requestFact(exchange.requestId);
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
