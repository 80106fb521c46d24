// A request that has ended takes no more matching: once the requests service says it
// was completed, withdrawn or closed, its open matches are withdrawn (handlers.ts) and
// runMatching, proposals and answers to proposals for it are refused as REQUEST_CLOSED.
import { Refusal, type UserError } from '@connect/kit';
import type { ExpertPoolRepository } from './db/projections.ts';

/** The statuses of a request that has ended, with the reason its open matches are withdrawn. */
export const closingReasons: Readonly<Record<string, string>> = {
  COMPLETED: 'The request was completed.',
  WITHDRAWN: 'The request was withdrawn.',
  CLOSED: 'The request was closed.',
};

export const closedRequestStatuses = Object.keys(closingReasons);

export function isClosingStatus(status: string): boolean {
  return Object.hasOwn(closingReasons, status);
}

/** Why an action on an ended request is refused (REQUEST_CLOSED); null while the request is open. */
export async function closedRequestRefusal(pool: ExpertPoolRepository, requestId: string, field: string): Promise<UserError | null> {
  const status = await pool.closedStatusOf(requestId);
  if (!status) return null;
  return { code: 'REQUEST_CLOSED', message: `Request ${requestId} is ${status.toLowerCase()}: it takes no more matching or proposals.`, field };
}

/** Refuses, as REQUEST_CLOSED, an action on a match or a request that has ended. */
export async function refuseClosedRequest(pool: ExpertPoolRepository, requestId: string, field: string): Promise<void> {
  const refusal = await closedRequestRefusal(pool, requestId, field);
  if (refusal) throw new Refusal([refusal]);
}
