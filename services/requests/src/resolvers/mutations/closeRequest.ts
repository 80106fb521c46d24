// closeRequest: the secretariat closes a request. A completed one closes when its
// follow-up is over; a validated or matched one that will go no further closes only
// with a reason, which the history keeps. Matching learns of it by RequestStatusChanged.
import { InputCheck, refuse, requireRole } from '@connect/kit';
import type { Context } from '../../context.ts';
import type { MutationCloseRequestArgs } from '../../generated/resolvers.ts';
import { requestToActOn } from '../../access.ts';
import { readNote } from '../../input.ts';
import { refused, type RequestPayload } from '../../payloads.ts';
import { changeStatus } from '../../status-change.ts';

export async function closeRequest(_: unknown, { input }: MutationCloseRequestArgs, ctx: Context): Promise<RequestPayload> {
  requireRole(ctx.viewer, ['STAFF'], 'close requests');
  const request = await requestToActOn(ctx, input.requestId);
  if ('code' in request) return refused(request);
  const check = new InputCheck();
  const reason = readNote(check, input.reason, 'reason');
  if (check.errors.length > 0) return refused(...check.errors);
  return changeStatus(ctx, {
    operation: 'closeRequest',
    input,
    idempotencyKey: input.idempotencyKey,
    request,
    to: 'CLOSED',
    reason,
    // Decided on the locked request: the status may have changed since it was read.
    check(current) {
      if (current.status !== 'COMPLETED' && !reason) {
        refuse(
          'REASON_REQUIRED',
          `Request ${current.reference} is ${current.status}, not completed: closing it needs a reason`,
          'reason',
        );
      }
    },
  });
}
