// The withdrawal saga, on the exchanges side. A request may be withdrawn until its
// exchange starts: when RequestWithdrawn arrives, a PLANNED exchange of the request is
// cancelled with the withdrawal's reason (ExchangeCancelled). An exchange already under
// way goes on: the withdrawal came too late, so this service answers with
// RequestWithdrawalRefused and the requests service returns the request to IN_EXCHANGE.
// Runs in the inbox transaction, so one event is followed once.
import { isUuid, type EventEnvelope, type EventRecorder, type Logger, type Transaction } from '@connect/kit';
import { ExchangeRepository } from './db/repository.ts';
import { nextStatus } from './lifecycle.ts';

/** How the history names changes that follow another service's event. */
const systemActor = 'SYSTEM';

export async function followWithdrawal(event: EventEnvelope<'RequestWithdrawn'>, tx: Transaction, events: EventRecorder, log: Logger): Promise<void> {
  const { requestId } = event.payload;
  if (!isUuid(requestId)) return log.warn({ requestId }, 'withdrawn request without a usable id; ignored');
  const given = typeof event.payload.reason === 'string' ? event.payload.reason.trim() : '';
  const reason = given ? `request withdrawn: ${given}` : 'request withdrawn';
  const repository = new ExchangeRepository(tx);
  for (const { id } of await repository.exchangesOfRequests([requestId.toLowerCase()])) {
    const exchange = (await repository.lockExchange(id))!;
    const participantOfficialIds = async () => (await repository.participantsOf([id])).map((p) => p.officialId);
    if (exchange.status === 'PLANNED') {
      const step = nextStatus(exchange.status, 'CANCELLED');
      if (!step.ok) continue;
      const at = await repository.moveExchange(exchange, step.status, systemActor, reason);
      await events.record('ExchangeCancelled', {
        exchangeId: id,
        requestId: exchange.requestId,
        participantOfficialIds: await participantOfficialIds(),
        reason,
        at: at.toISOString(),
      });
      log.info({ exchangeId: id }, 'cancelled a planned exchange of a withdrawn request');
    } else if (exchange.status === 'IN_PROGRESS') {
      await events.record('RequestWithdrawalRefused', {
        requestId: exchange.requestId,
        exchangeId: id,
        reason: `Exchange ${id} is under way and goes on; a request is withdrawn only before its exchange starts`,
        at: new Date().toISOString(),
      });
      log.info({ exchangeId: id }, 'refused the withdrawal of a request whose exchange is under way');
    }
  }
}
