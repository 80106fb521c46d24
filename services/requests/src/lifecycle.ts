// The lifecycle of a request as an explicit table: from each status, the statuses it
// may move to. Every change of status (mutations, event handlers, the demo seed) goes
// through `nextStatus`, so no code path can invent a transition the table does not list.
import { defineLifecycle } from '@connect/kit';

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
const lifecycle = defineLifecycle<RequestStatus>('request', {
  DRAFT: ['SUBMITTED', 'WITHDRAWN'],
  SUBMITTED: ['VALIDATED', 'REJECTED', 'WITHDRAWN'],
  VALIDATED: ['MATCHED', 'WITHDRAWN'],
  MATCHED: ['IN_EXCHANGE', 'WITHDRAWN'],
  IN_EXCHANGE: ['COMPLETED'],
  COMPLETED: ['CLOSED'],
  REJECTED: [],
  WITHDRAWN: [],
  CLOSED: [],
});

export const requestTransitions = lifecycle.transitions;

/** The status a request moves to, or a refusal naming where it stands and where it may go. */
export const nextStatus = lifecycle.next;
