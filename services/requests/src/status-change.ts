// Moving a request along its lifecycle, through the kit's applyTransition. Mutations and
// event handlers both come here: the lifecycle table decides, then the status, the
// history row (who, when, why), the secretariat's decision if there is one, and the
// RequestStatusChanged event are written together in the caller's transaction.
import { sql } from 'drizzle-orm';
import { actorOf, applyTransition, type EventRecorder, type RequestProfile, type Transaction, type TransitionStore } from '@connect/kit';
import { RequestRepository } from './db/repository.ts';
import type { RequestRow, RequestValidationRow } from './db/tables.ts';
import { nextStatus, type reinstatement, type RequestStatus } from './lifecycle.ts';
import type { Context } from './context.ts';
import { requestPayload, type RequestPayload } from './payloads.ts';

/** A request that has just changed status, for the events that tell it. */
export interface MovedRequest {
  /** The request as it was before the change (what other services learn of it does not change with its status). */
  request: RequestRow;
  at: Date;
  submittedAt: Date | null;
  validatedAt: Date | null;
}

export interface StatusChange {
  /** Who moves it, as in the history: OFFICIAL:<id>, STAFF, SYSTEM. */
  actor: string;
  reason?: string | null;
  /** When it happened; by default the transaction's time. */
  at?: Date;
  /** The secretariat's decision that the change records, for validation and rejection. */
  decision?: Pick<RequestValidationRow, 'decision' | 'criteriaChecked' | 'note'>;
  /** Records what else the change tells other services. */
  announce?(events: EventRecorder, moved: MovedRequest): Promise<unknown>;
  /** A rule the lifecycle table cannot hold, asked on the locked request once the table allows the change. */
  check?(request: RequestRow, tx: Transaction): Promise<void> | void;
  /** Another table than the lifecycle's: only the compensation of a refused withdrawal. */
  lifecycle?: Pick<typeof reinstatement, 'next'>;
}

/** Moves the request to `to`, or refuses (a Refusal naming where it stands and where it may go). */
export async function moveRequest(
  tx: Transaction,
  events: EventRecorder,
  requestId: string,
  to: RequestStatus,
  change: StatusChange,
): Promise<MovedRequest> {
  const repository = new RequestRepository(tx);
  let moved: MovedRequest | undefined;
  await applyTransition({
    lifecycle: change.lifecycle ?? { next: nextStatus },
    store: requestStore(repository),
    id: requestId,
    to,
    actor: change.actor,
    reason: change.reason,
    at: change.at,
    missing: { code: 'NOT_FOUND', message: `Request ${requestId} was not found`, field: 'requestId' },
    check: change.check && ((row) => change.check!(row, tx)),
    async record({ row, from, at }) {
      // Recorded before the event, so that the event carries when it was validated.
      if (change.decision) await repository.recordValidation({ requestId: row.id, ...change.decision, decidedBy: change.actor });
      const [validation] = await repository.validationsOfRequests([row.id]);
      moved = {
        request: row,
        at,
        submittedAt: to === 'SUBMITTED' ? at : row.submittedAt,
        validatedAt: validation?.decision === 'VALIDATED' ? validation.decidedAt : null,
      };
      await events.record('RequestStatusChanged', {
        ...requestProfile(row),
        from,
        to,
        at: at.toISOString(),
        submittedAt: moved.submittedAt?.toISOString() ?? null,
        validatedAt: moved.validatedAt?.toISOString() ?? null,
      });
      await change.announce?.(events, moved);
    },
  });
  return moved!;
}

/** A status mutation: submit, validate, reject, withdraw, close. */
export interface StatusMutation extends Omit<StatusChange, 'actor' | 'at' | 'lifecycle'> {
  operation: string;
  input: unknown;
  idempotencyKey?: string | null;
  request: RequestRow;
  to: RequestStatus;
}

/** Runs a status mutation in one transaction and answers the request as it left it, or the refusal. */
export async function changeStatus(ctx: Context, mutation: StatusMutation): Promise<RequestPayload> {
  const { operation, input, idempotencyKey, request, to, ...change } = mutation;
  const outcome = await ctx.mutate({ operation, input, idempotencyKey }, async (tx, events) => {
    await moveRequest(tx, events, request.id, to, { ...change, actor: actorOf(ctx.viewer) });
    return { id: request.id };
  });
  return requestPayload(ctx, outcome);
}

/** Records the first entry of a new request's history, null → DRAFT, and tells the others. */
export async function recordDrafting(tx: Transaction, events: EventRecorder, request: RequestRow, actor: string): Promise<void> {
  const transition = await new RequestRepository(tx).recordTransition({
    requestId: request.id,
    from: null,
    to: 'DRAFT',
    at: sql`now()`,
    actor,
    reason: null,
  });
  await events.record('RequestStatusChanged', {
    ...requestProfile(request),
    from: null,
    to: 'DRAFT',
    at: transition.at.toISOString(),
    submittedAt: null,
    validatedAt: null,
  });
}

/** What other services learn of a request in every request event. */
export function requestProfile(request: RequestRow): RequestProfile {
  return {
    requestId: request.id,
    reference: request.reference,
    municipalityId: request.municipalityId,
    title: request.title,
    challenge: request.challenge,
    topics: request.topics,
    preferredFormats: request.preferredFormats,
    languages: request.languages,
    earliestStart: request.earliestStart,
    latestEnd: request.latestEnd,
    contactOfficialId: request.contactOfficialId,
  };
}

function requestStore(repository: RequestRepository): TransitionStore<RequestRow, RequestStatus> {
  return {
    lock: (id) => repository.lockRequest(id),
    async write(request, change) {
      // now() is the transaction's start: the history row and the request's dates agree to
      // the microsecond, and two changes in a row never share a time.
      const at = change.at ?? sql`now()`;
      const transition = await repository.recordTransition({ requestId: request.id, ...change, at });
      await repository.setStatus(request.id, change.to, at);
      return transition.at;
    },
  };
}
