// The lifecycle of a request as an explicit table: from each status, the statuses it
// may move to. Every change of status (mutations, event handlers, the demo seed) goes
// through `nextStatus`, so no code path can invent a transition the table does not list.
import { defineLifecycle, refuse } from '@connect/kit';

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
 * runs, the request can only complete and then close, or, when the exchange is
 * cancelled, go back to MATCHED: its accepted peers stay, and another exchange may be
 * planned or the request withdrawn. The secretariat closes a completed request, or a
 * validated or matched one that will not go further (with a reason, closeRequest).
 * REJECTED, WITHDRAWN and CLOSED are final, but for one compensation (below).
 */
const lifecycle = defineLifecycle<RequestStatus>('request', {
  DRAFT: ['SUBMITTED', 'WITHDRAWN'],
  SUBMITTED: ['VALIDATED', 'REJECTED', 'WITHDRAWN'],
  VALIDATED: ['MATCHED', 'WITHDRAWN', 'CLOSED'],
  MATCHED: ['IN_EXCHANGE', 'WITHDRAWN', 'CLOSED'],
  IN_EXCHANGE: ['COMPLETED', 'MATCHED'],
  COMPLETED: ['CLOSED'],
  REJECTED: [],
  WITHDRAWN: [],
  CLOSED: [],
});

export const requestTransitions = lifecycle.transitions;

/** The status a request moves to, or a refusal naming where it stands and where it may go. */
export const nextStatus = lifecycle.next;

/**
 * The compensation of a refused withdrawal, and nothing else: the exchanges service
 * tells (RequestWithdrawalRefused) that the request's exchange had already started
 * when the withdrawal reached it, so the exchange goes on and the request returns to
 * where the exchange stands. Only that event's handler uses this table.
 */
export const reinstatement = defineLifecycle<RequestStatus>('request', {
  DRAFT: [],
  SUBMITTED: [],
  VALIDATED: [],
  MATCHED: [],
  IN_EXCHANGE: [],
  COMPLETED: [],
  REJECTED: [],
  WITHDRAWN: ['IN_EXCHANGE', 'COMPLETED'],
  CLOSED: [],
});

/**
 * Refuses an action that is not a change of status but is only open in some statuses,
 * such as changing a draft or endorsing a request under review: the refusal names
 * where the request stands and where the action would be open, as a transition's does.
 */
export function requireStatus(current: RequestStatus, open: readonly RequestStatus[], action: string): void {
  if (open.includes(current)) return;
  const statuses = open.length === 1 ? open[0] : `${open.slice(0, -1).join(', ')} or ${open.at(-1)}`;
  refuse('NOT_ALLOWED_IN_STATUS', `A request in status ${current} cannot be ${action}: only a request in status ${statuses} can.`, 'status');
}
