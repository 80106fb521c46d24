// The review of a best practice as an explicit table: a draft is submitted for review;
// the secretariat publishes it or sends it back to be reworked; a published practice
// stays published, since others may already have read and cited it. Every change of
// status goes through `nextStatus`. Shaped like the requests service's lifecycle, so
// that a refused transition reads the same in every payload.
import type { UserError } from '@connect/kit';
import type { BestPracticeStatus } from './db/tables.ts';

export const bestPracticeTransitions: Readonly<Record<BestPracticeStatus, readonly BestPracticeStatus[]>> = {
  DRAFT: ['IN_REVIEW'],
  IN_REVIEW: ['PUBLISHED', 'DRAFT'],
  PUBLISHED: [],
};

/** A refused transition, shaped to go straight into a payload's userErrors. */
export interface TransitionRefusal extends UserError {
  code: 'TRANSITION_NOT_ALLOWED';
  field: 'status';
  current: BestPracticeStatus;
  allowed: readonly BestPracticeStatus[];
}

export type TransitionOutcome = { ok: true; status: BestPracticeStatus } | { ok: false; refusal: TransitionRefusal };

/** The status a best practice moves to, or a refusal naming where it stands and where it may go. */
export function nextStatus(current: BestPracticeStatus, target: BestPracticeStatus): TransitionOutcome {
  const allowed = bestPracticeTransitions[current];
  if (allowed.includes(target)) return { ok: true, status: target };
  const options = allowed.length === 0 ? 'it is final' : `it can only move to ${allowed.join(' or ')}`;
  return {
    ok: false,
    refusal: {
      code: 'TRANSITION_NOT_ALLOWED',
      message: `A best practice in status ${current} cannot move to ${target}: ${options}.`,
      field: 'status',
      current,
      allowed,
    },
  };
}
