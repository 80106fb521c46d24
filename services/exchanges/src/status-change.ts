// What the exchange mutations answer, and the one way start, complete and cancel change
// an exchange: lock it, ask the lifecycle table, check what the table cannot, move it
// (status and history row, who, when, why) and tell the other services, all in the
// mutation's transaction.
import { actorOf, type EventRecorder, InputCheck, type MutationOutcome, Refusal, refuse, type Transaction, type UserError } from '@connect/kit';
import { ExchangeRepository } from './db/repository.ts';
import type { ExchangeRow, ExchangeStatus } from './db/tables.ts';
import { nextStatus } from './lifecycle.ts';
import type { Context } from './context.ts';

export interface ExchangePayload {
  exchange: ExchangeRow | null;
  userErrors: UserError[];
}

/** The exchange as the mutation left it, read afresh, or the refusal. */
export async function exchangePayload(ctx: Context, outcome: MutationOutcome<{ id: string }>): Promise<ExchangePayload> {
  if (!outcome.value) return { exchange: null, userErrors: outcome.userErrors };
  return { exchange: await ctx.loaders.exchange.clear(outcome.value.id).load(outcome.value.id), userErrors: [] };
}

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

/** What start, complete and cancel take: the exchange, and why (required to cancel). */
export interface StatusChangeInput {
  exchangeId: string;
  reason?: string | null;
}

export interface StatusChange {
  operation: string;
  input: StatusChangeInput;
  to: ExchangeStatus;
  reasonRequired?: boolean;
  /** Refuses the change for a rule the lifecycle table does not hold (a baseline before starting). */
  require?(repository: ExchangeRepository, exchange: ExchangeRow): Promise<void>;
  /** Records the event that tells other services. */
  announce(moved: MovedExchange): Promise<void>;
}

export async function changeStatus(ctx: Context, change: StatusChange): Promise<ExchangePayload> {
  const { input } = change;
  const outcome = await ctx.mutate({ operation: change.operation, input }, async (tx, events) => {
    const check = new InputCheck();
    const id = check.id(input.exchangeId, 'exchangeId');
    const reason = change.reasonRequired
      ? check.text(input.reason ?? '', 'reason', 1000)
      : check.optionalText(input.reason, 'reason', 1000);
    check.done();
    const repository = new ExchangeRepository(tx);
    // Locked, so that two changes of one exchange take turns and the second sees the first.
    const exchange = (await repository.lockExchange(id!)) ?? refuse('NOT_FOUND', `Exchange ${id} was not found`, 'exchangeId');
    const step = nextStatus(exchange.status, change.to);
    if (!step.ok) throw new Refusal([step.refusal]);
    await change.require?.(repository, exchange);
    const at = await repository.moveExchange(exchange, step.status, actorOf(ctx.viewer), reason);
    const participants = await repository.participantsOf([exchange.id]);
    await change.announce({
      tx,
      events,
      exchange,
      participantOfficialIds: participants.map((p) => p.officialId),
      at: at.toISOString(),
      reason,
    });
    return { id: exchange.id };
  });
  return exchangePayload(ctx, outcome);
}
