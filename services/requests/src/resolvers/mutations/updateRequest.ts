// updateRequest: the requesting municipality's officials change a request while it is
// a draft; once submitted, what the secretariat reviews no longer changes under it.
import { requireRole } from '@connect/kit';
import { RequestRepository } from '../../db/repository.ts';
import { requireStatus } from '../../lifecycle.ts';
import type { Context } from '../../context.ts';
import type { MutationUpdateRequestArgs } from '../../generated/resolvers.ts';
import { requestToActOn, requireOfficialOf } from '../../access.ts';
import { readChanges } from '../../input.ts';
import { refused, requestPayload, type RequestPayload } from '../../payloads.ts';

export async function updateRequest(_: unknown, { input }: MutationUpdateRequestArgs, ctx: Context): Promise<RequestPayload> {
  requireRole(ctx.viewer, ['OFFICIAL'], 'change requests');
  const request = await requestToActOn(ctx, input.requestId);
  if ('code' in request) return refused(request);
  await requireOfficialOf(ctx, request, 'change this request');
  const outcome = await ctx.mutate({ operation: 'updateRequest', input }, async (tx) => {
    const repository = new RequestRepository(tx);
    const current = (await repository.lockRequest(request.id))!;
    requireStatus(current.status, ['DRAFT'], 'changed');
    const changes = readChanges(input, current);
    await repository.changeContent(current.id, changes);
    return { id: current.id };
  });
  return requestPayload(ctx, outcome);
}
