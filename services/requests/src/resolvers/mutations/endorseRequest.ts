// endorseRequest: a local government association backs a request of one of its member
// municipalities while the secretariat reviews it or has validated it; once each. Told
// to the other services as RequestEndorsed: the association is carried into the exchange.
import { actorOf, InputCheck, refuse, requireRole } from '@connect/kit';
import { RequestRepository } from '../../db/repository.ts';
import { requireStatus } from '../../lifecycle.ts';
import type { Context } from '../../context.ts';
import type { MutationEndorseRequestArgs } from '../../generated/resolvers.ts';
import { requestToActOn, requireMemberAssociation } from '../../access.ts';
import { readNote } from '../../input.ts';
import { refused, requestPayload, type RequestPayload } from '../../payloads.ts';

export async function endorseRequest(_: unknown, { input }: MutationEndorseRequestArgs, ctx: Context): Promise<RequestPayload> {
  requireRole(ctx.viewer, ['ASSOCIATION'], 'endorse requests');
  const request = await requestToActOn(ctx, input.requestId);
  if ('code' in request) return refused(request);
  const associationId = await requireMemberAssociation(ctx, request, 'endorse this request');
  const check = new InputCheck();
  const note = readNote(check, input.note, 'note');
  if (check.errors.length > 0) return refused(...check.errors);
  const outcome = await ctx.mutate({ operation: 'endorseRequest', input }, async (tx, events) => {
    const repository = new RequestRepository(tx);
    const current = (await repository.lockRequest(request.id))!;
    requireStatus(current.status, ['SUBMITTED', 'VALIDATED'], 'endorsed');
    const endorsement = await repository.recordEndorsement({ requestId: current.id, associationId, note, endorsedBy: actorOf(ctx.viewer) });
    if (!endorsement) refuse('ALREADY_ENDORSED', `Your association has already endorsed request ${current.reference}`, 'requestId');
    await events.record('RequestEndorsed', { requestId: current.id, associationId, at: endorsement.endorsedAt.toISOString() });
    return { id: current.id };
  });
  return requestPayload(ctx, outcome);
}
