// withdrawRequest: the requesting municipality's officials take a request back, from
// drafting until its exchange starts (the lifecycle table says where that is open).
import { InputCheck, requireRole } from '@connect/kit';
import type { Context } from '../../context.ts';
import type { MutationWithdrawRequestArgs } from '../../generated/resolvers.ts';
import { requestToActOn, requireOfficialOf } from '../../access.ts';
import { readNote } from '../../input.ts';
import { refused, type RequestPayload } from '../../payloads.ts';
import { changeStatus } from '../../status-change.ts';

export async function withdrawRequest(_: unknown, { input }: MutationWithdrawRequestArgs, ctx: Context): Promise<RequestPayload> {
  requireRole(ctx.viewer, ['OFFICIAL'], 'withdraw requests');
  const request = await requestToActOn(ctx, input.requestId);
  if ('code' in request) return refused(request);
  await requireOfficialOf(ctx, request, 'withdraw this request');
  const check = new InputCheck();
  const reason = readNote(check, input.reason, 'reason');
  if (check.errors.length > 0) return refused(...check.errors);
  return changeStatus(ctx, {
    operation: 'withdrawRequest',
    input,
    request,
    to: 'WITHDRAWN',
    reason,
    // Matching stops proposing peers for a withdrawn request.
    announce: (events, moved) => events.record('RequestWithdrawn', { requestId: moved.request.id, at: moved.at.toISOString() }),
  });
}
