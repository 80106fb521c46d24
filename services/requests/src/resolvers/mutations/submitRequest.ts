// submitRequest: the requesting municipality's officials send a draft to the
// secretariat for validation.
import { requireRole } from '@connect/kit';
import type { Context } from '../../context.ts';
import type { MutationSubmitRequestArgs } from '../../generated/resolvers.ts';
import { requestToActOn, requireOfficialOf } from '../../access.ts';
import { refused, type RequestPayload } from '../../payloads.ts';
import { changeStatus } from '../../status-change.ts';

export async function submitRequest(_: unknown, { input }: MutationSubmitRequestArgs, ctx: Context): Promise<RequestPayload> {
  requireRole(ctx.viewer, ['OFFICIAL'], 'submit requests');
  const request = await requestToActOn(ctx, input.requestId);
  if ('code' in request) return refused(request);
  await requireOfficialOf(ctx, request, 'submit this request');
  return changeStatus(ctx, { operation: 'submitRequest', input, request, to: 'SUBMITTED' });
}
