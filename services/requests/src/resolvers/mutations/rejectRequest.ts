// rejectRequest: the secretariat turns a submitted request down and says why; the
// reason is the note of the decision and the reason in the history.
import { InputCheck, requireRole } from '@connect/kit';
import type { Context } from '../../context.ts';
import type { MutationRejectRequestArgs } from '../../generated/resolvers.ts';
import { requestToActOn } from '../../access.ts';
import { MAX_NOTE } from '../../input.ts';
import { refused, type RequestPayload } from '../../payloads.ts';
import { changeStatus } from '../../status-change.ts';

export async function rejectRequest(_: unknown, { input }: MutationRejectRequestArgs, ctx: Context): Promise<RequestPayload> {
  requireRole(ctx.viewer, ['STAFF'], 'reject requests');
  const request = await requestToActOn(ctx, input.requestId);
  if ('code' in request) return refused(request);
  const check = new InputCheck();
  const reason = check.text(input.reason, 'reason', MAX_NOTE);
  if (check.errors.length > 0) return refused(...check.errors);
  return changeStatus(ctx, {
    operation: 'rejectRequest',
    input,
    request,
    to: 'REJECTED',
    reason,
    decision: { decision: 'REJECTED', criteriaChecked: [], note: reason },
  });
}
