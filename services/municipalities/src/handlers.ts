// What municipalities learns from other services: only who shares an exchange with whom,
// so that exchange partners may see each other's contact details. Each handler runs in
// the inbox transaction and is idempotent (the projection is a union of participants).
import type { EventHandlers, EventPayloads, Transaction } from '@connect/kit';
import { ProjectionRepository } from './db/projections.ts';

async function recordParticipants(event: { payload: Pick<EventPayloads['ExchangeStarted'], 'exchangeId' | 'participantOfficialIds'> }, tx: Transaction) {
  await new ProjectionRepository(tx).recordExchangeParticipants(event.payload.exchangeId, event.payload.participantOfficialIds);
}

export const handlers: EventHandlers = {
  ExchangeStarted: recordParticipants,
  ExchangeCompleted: recordParticipants,
  // A cancelled exchange still brought its participants together: they keep seeing each other.
  ExchangeCancelled: recordParticipants,
};
