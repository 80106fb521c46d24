// What editing and cancelling a knowledge event share: who may ask (its organising
// association, or the secretariat; FORBIDDEN before anything is written), then, in the
// mutation's transaction, the event locked and refused when it is unknown or already
// cancelled. A cancelled event stays readable, with its status and reason, and is final.
import { InputCheck, isUuid, refuse, requireRole } from '@connect/kit';
import { requireOrganiser } from '../../access.ts';
import { KnowledgeRepository } from '../../db/repository.ts';
import type { KnowledgeEventRow } from '../../db/tables.ts';
import type { Context } from '../../context.ts';
import type { Transaction } from '@connect/kit';
import { knowledgeEventPayload } from '../../payloads.ts';

interface EventInput {
  knowledgeEventId: string;
  idempotencyKey?: string | null;
}

/** Runs one change of a knowledge event: `check` reads the input, `write` changes the locked, scheduled event. */
export async function changeKnowledgeEvent<I extends EventInput, C>(
  ctx: Context,
  operation: string,
  action: string,
  input: I,
  check: (check: InputCheck) => C,
  write: (repository: KnowledgeRepository, event: KnowledgeEventRow, checked: C, tx: Transaction) => Promise<void>,
) {
  requireRole(ctx.viewer, ['ASSOCIATION', 'STAFF'], action);
  if (isUuid(input.knowledgeEventId)) {
    requireOrganiser(ctx.viewer, await ctx.knowledge.knowledgeEventForChange(input.knowledgeEventId.toLowerCase()));
  }
  const outcome = await ctx.mutate({ operation, input, idempotencyKey: input.idempotencyKey }, async (tx) => {
    const inputCheck = new InputCheck();
    const id = inputCheck.id(input.knowledgeEventId, 'knowledgeEventId')!;
    const checked = check(inputCheck);
    inputCheck.done();
    const repository = new KnowledgeRepository(tx);
    const event = await repository.knowledgeEventForChange(id, { lock: true });
    if (!event) refuse('NOT_FOUND', `Knowledge event ${id} was not found`, 'knowledgeEventId');
    if (event.status === 'CANCELLED') {
      refuse('EVENT_CANCELLED', `Knowledge event ${id} was cancelled (${event.cancellationReason ?? 'no reason'}); it cannot change any more`, 'knowledgeEventId');
    }
    await write(repository, event, checked, tx);
    return { id };
  });
  return knowledgeEventPayload(ctx, outcome);
}
