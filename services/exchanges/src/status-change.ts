// The one way start, complete and cancel change an exchange: a declaration on the kit's
// applyTransition (lock it, ask the lifecycle table, check what the table cannot, write
// status and history row, who, when, why), then tell the other services, all in the
// mutation's transaction.
import { actorOf, applyTransition, type EventRecorder, InputCheck, type Transaction } from '@connect/kit';
import { ExchangeRepository } from './db/repository.ts';
import type { ExchangeRow, ExchangeStatus } from './db/tables.ts';
import { nextStatus } from './lifecycle.ts';
import type { Context } from './context.ts';
import { exchangePayload, type ExchangePayload } from './payloads.ts';
import type { CancelExchangeInput, CompleteExchangeInput, StartExchangeInput } from './generated/resolvers.ts';

/** An exchange that has just changed status, for the event that tells it. */
export interface MovedExchange {
  tx: Transaction;
  events: EventRecorder;
  /** The exchange as it was before the change. */
  exchange: ExchangeRow;
  participantOfficialIds: string[];
  /** When it changed, ISO 8601. */
  at: string;
  reason: string | null;
}

export interface StatusChange {
  operation: string;
  input: StartExchangeInput | CompleteExchangeInput | CancelExchangeInput;
  to: ExchangeStatus;
  reasonRequired?: boolean;
  /** Refuses the change for a rule the lifecycle table does not hold (a baseline before starting). */
  require?(repository: ExchangeRepository, exchange: ExchangeRow): Promise<void>;
  /** Records the event that tells other services. */
  announce(moved: MovedExchange): Promise<void>;
}

const maxReason = 1000;

export async function changeStatus(ctx: Context, change: StatusChange): Promise<ExchangePayload> {
  const { input } = change;
  const outcome = await ctx.mutate({ operation: change.operation, input }, async (tx, events) => {
    const check = new InputCheck();
    const id = check.id(input.exchangeId, 'exchangeId')!;
    const reason = change.reasonRequired ? check.text(input.reason, 'reason', maxReason) : check.optionalText(input.reason, 'reason', maxReason);
    check.done();
    const repository = new ExchangeRepository(tx);
    await applyTransition({
      lifecycle: { next: nextStatus },
      store: {
        lock: (exchangeId) => repository.lockExchange(exchangeId),
        write: (exchange, step) => repository.moveExchange(exchange, step.to, step.actor, step.reason),
      },
      id,
      to: change.to,
      actor: actorOf(ctx.viewer),
      reason,
      missing: { code: 'NOT_FOUND', message: `Exchange ${id} was not found`, field: 'exchangeId' },
      check: (exchange) => change.require?.(repository, exchange),
      async record({ row: exchange, at }) {
        const participants = await repository.participantsOf([exchange.id]);
        await change.announce({ tx, events, exchange, participantOfficialIds: participants.map((p) => p.officialId), at: at.toISOString(), reason });
      },
    });
    return { id };
  });
  return exchangePayload(ctx, outcome);
}
