// submitRequest: the requesting municipality's officials send a draft to the
// secretariat for validation.
import { Refusal, requireRole } from '@connect/kit';
import type { Context } from '../../context.ts';
import type { MutationSubmitRequestArgs } from '../../generated/resolvers.ts';
import { requestToActOn, requireOfficialOf } from '../../access.ts';
import { windowProblems } from '../../input.ts';
import { refused, type RequestPayload } from '../../payloads.ts';
import { changeStatus } from '../../status-change.ts';

export async function submitRequest(_: unknown, { input }: MutationSubmitRequestArgs, ctx: Context): Promise<RequestPayload> {
  requireRole(ctx.viewer, ['OFFICIAL'], 'submit requests');
  const request = await requestToActOn(ctx, input.requestId);
  if ('code' in request) return refused(request);
  await requireOfficialOf(ctx, request, 'submit this request');
  return changeStatus(ctx, {
    operation: 'submitRequest',
    input,
    request,
    to: 'SUBMITTED',
    // Asked on the locked draft, as it stands: a window that has passed since drafting is refused too.
    check(current) {
      const problems = windowProblems(current);
      if (problems.length > 0) throw new Refusal(problems);
    },
  });
}
