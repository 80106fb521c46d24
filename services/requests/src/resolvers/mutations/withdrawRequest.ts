// withdrawRequest: the requesting municipality's officials take a request back, from
// drafting until its exchange starts (the lifecycle table says where that is open).
import { requireRole } from '@connect/kit';
import type { Context } from '../../context.ts';
import type { MutationWithdrawRequestArgs } from '../../generated/resolvers.ts';
import { requestToActOn, requireOfficialOf } from '../../access.ts';
import { RequestInputCheck } from '../../input.ts';
import { changeStatus, refused, type RequestPayload } from './request-payload.ts';

export async function withdrawRequest(_: unknown, { input }: MutationWithdrawRequestArgs, ctx: Context): Promise<RequestPayload> {
  requireRole(ctx.viewer, ['OFFICIAL'], 'withdraw requests');
  const request = await requestToActOn(ctx, input.requestId);
  if ('code' in request) return refused(request);
  await requireOfficialOf(ctx, request, 'withdraw this request');
  const check = new RequestInputCheck();
  const reason = check.note('reason', input.reason);
  if (check.errors.length > 0) return refused(...check.errors);
  return changeStatus(ctx, {
    operation: 'withdrawRequest',
    input,
    request,
    to: 'WITHDRAWN',
    reason,
    // Matching stops proposing peers for a withdrawn request.
    announce: async (events, moved) => {
      await events.record('RequestWithdrawn', { requestId: moved.request.id, at: moved.at.toISOString() });
    },
  });
}
