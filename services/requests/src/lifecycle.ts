// The lifecycle of a request as an explicit table: from each status, the statuses it
// may move to. Every change of status (mutations, event handlers, the demo seed) goes
// through `nextStatus`, so no code path can invent a transition the table does not list.
import type { UserError } from '@connect/kit';

/** The statuses of a request, in lifecycle order; the database enum is built from this list. */
export const requestStatuses = [
  'DRAFT',
  'SUBMITTED',
  'VALIDATED',
  'REJECTED',
  'MATCHED',
  'IN_EXCHANGE',
  'COMPLETED',
  'CLOSED',
  'WITHDRAWN',
] as const;

export type RequestStatus = (typeof requestStatuses)[number];

/**
 * Allowed next statuses. A requester may withdraw until the exchange starts; once it
 * runs, the request can only complete and then close. REJECTED, WITHDRAWN and CLOSED
 * are final.
 */
export const requestTransitions: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  DRAFT: ['SUBMITTED', 'WITHDRAWN'],
  SUBMITTED: ['VALIDATED', 'REJECTED', 'WITHDRAWN'],
  VALIDATED: ['MATCHED', 'WITHDRAWN'],
  MATCHED: ['IN_EXCHANGE', 'WITHDRAWN'],
  IN_EXCHANGE: ['COMPLETED'],
  COMPLETED: ['CLOSED'],
  REJECTED: [],
  WITHDRAWN: [],
  CLOSED: [],
};

/** A refused transition, shaped to go straight into a payload's userErrors. */
export interface TransitionRefusal extends UserError {
  code: 'TRANSITION_NOT_ALLOWED';
  field: 'status';
  current: RequestStatus;
  allowed: readonly RequestStatus[];
}

export type TransitionOutcome = { ok: true; status: RequestStatus } | { ok: false; refusal: TransitionRefusal };

/** The status a request moves to, or a refusal naming where it stands and where it may go. */
export function nextStatus(current: RequestStatus, target: RequestStatus): TransitionOutcome {
  const allowed = requestTransitions[current];
  if (allowed.includes(target)) return { ok: true, status: target };
  const options = allowed.length === 0 ? 'it is final' : `it can only move to ${listed(allowed)}`;
  return {
    ok: false,
    refusal: {
      code: 'TRANSITION_NOT_ALLOWED',
      message: `A request in status ${current} cannot move to ${target}: ${options}.`,
      field: 'status',
      current,
      allowed,
    },
  };
}

function listed(statuses: readonly RequestStatus[]): string {
  if (statuses.length === 1) return statuses[0]!;
  return `${statuses.slice(0, -1).join(', ')} or ${statuses.at(-1)}`;
}
