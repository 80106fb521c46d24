// What every request mutation answers, and the one way the four status mutations
// (submit, validate, reject, withdraw) change a request: lock it, ask the lifecycle,
// record the secretariat's decision if there is one, move it (history row and
// RequestStatusChanged) and record what else the change tells.
import { actorOf, Refusal, type EventRecorder, type MutationOutcome, type UserError } from '@connect/kit';
import { RequestRepository } from '../../db/repository.ts';
import type { RequestRow, RequestValidationRow } from '../../db/tables.ts';
import { nextStatus, type RequestStatus } from '../../lifecycle.ts';
import type { Context } from '../../context.ts';
import { moveRequest, type StatusChangeOutcome } from '../../status-change.ts';

export interface RequestPayload {
  request: RequestRow | null;
  userErrors: UserError[];
}

/** A mutation refused before it ran. */
export function refused(...userErrors: UserError[]): RequestPayload {
  return { request: null, userErrors };
}

/** The request as the mutation left it, read afresh (as the caller may see it), or the refusal. */
export async function requestPayload(ctx: Context, outcome: MutationOutcome<{ id: string }>): Promise<RequestPayload> {
  if (!outcome.value) return refused(...outcome.userErrors);
  return { request: await ctx.requests.requestById(outcome.value.id), userErrors: [] };
}

export interface StatusMutation {
  operation: string;
  input: unknown;
  request: RequestRow;
  to: RequestStatus;
  reason?: string | null;
  /** The secretariat's decision that the change records, for validation and rejection. */
  decision?: Pick<RequestValidationRow, 'decision' | 'criteriaChecked' | 'note'>;
  /** Records what else the change tells other services. */
  announce?(events: EventRecorder, moved: Extract<StatusChangeOutcome, { ok: true }>): Promise<void>;
}

export async function changeStatus(ctx: Context, mutation: StatusMutation): Promise<RequestPayload> {
  const outcome = await ctx.mutate({ operation: mutation.operation, input: mutation.input }, async (tx, events) => {
    const repository = new RequestRepository(tx);
    // Locked, so that two changes of one request take turns and the second sees the first.
    const current = (await repository.lockRequest(mutation.request.id))!;
    const step = nextStatus(current.status, mutation.to);
    if (!step.ok) throw new Refusal([step.refusal]);
    const actor = actorOf(ctx.viewer);
    // Recorded before the move, so that the move's event carries when it was validated.
    if (mutation.decision) await repository.recordValidation({ requestId: current.id, ...mutation.decision, decidedBy: actor });
    const moved = await moveRequest(tx, events, current, mutation.to, { actor, reason: mutation.reason });
    if (!moved.ok) throw new Refusal([moved.refusal]);
    await mutation.announce?.(events, moved);
    return { id: current.id };
  });
  return requestPayload(ctx, outcome);
}
