// Moving a request along its lifecycle. Mutations and event handlers both come here:
// the lifecycle table decides, then the status, the history row (who, when, why) and
// the RequestStatusChanged event are written together in the caller's transaction.
import { sql } from 'drizzle-orm';
import type { EventRecorder, RequestProfile, Transaction, TransitionRefusal } from '@connect/kit';
import { RequestRepository } from './db/repository.ts';
import type { RequestRow } from './db/tables.ts';
import { nextStatus, type RequestStatus } from './lifecycle.ts';

export interface StatusChange {
  /** Who moves it, as in the history: OFFICIAL:<id>, STAFF, SYSTEM. */
  actor: string;
  reason?: string | null;
  /** When it happened; by default the transaction's time. */
  at?: Date;
}

export type StatusChangeOutcome =
  | { ok: true; request: RequestRow; at: Date; validatedAt: Date | null }
  | { ok: false; refusal: TransitionRefusal<RequestStatus> };

/** Moves `request` (read in this transaction, preferably locked) to `to`, or says why it cannot. */
export async function moveRequest(
  tx: Transaction,
  events: EventRecorder,
  request: RequestRow,
  to: RequestStatus,
  change: StatusChange,
): Promise<StatusChangeOutcome> {
  const step = nextStatus(request.status, to);
  if (!step.ok) return step;
  const repository = new RequestRepository(tx);
  // now() is the transaction's start: the history row and the request's dates agree to
  // the microsecond, and two changes in a row never share a time.
  const at = change.at ?? sql`now()`;
  const transition = await repository.recordTransition({
    requestId: request.id,
    from: request.status,
    to: step.status,
    at,
    actor: change.actor,
    reason: change.reason ?? null,
  });
  const moved = await repository.setStatus(request.id, step.status, at);
  const [validation] = await repository.validationsOfRequests([request.id]);
  const validatedAt = validation?.decision === 'VALIDATED' ? validation.decidedAt : null;
  await events.record('RequestStatusChanged', {
    ...requestProfile(moved),
    from: request.status,
    to: step.status,
    at: transition.at.toISOString(),
    submittedAt: moved.submittedAt?.toISOString() ?? null,
    validatedAt: validatedAt?.toISOString() ?? null,
  });
  return { ok: true, request: moved, at: transition.at, validatedAt };
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
