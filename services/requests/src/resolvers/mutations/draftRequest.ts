// draftRequest: an official drafts a request for their own municipality and becomes
// its contact. The request gets the next reference of the year, REQ-YYYY-NNNN.
import { actorOf } from '@connect/kit';
import { RequestRepository } from '../../db/repository.ts';
import type { Context } from '../../context.ts';
import type { MutationDraftRequestArgs } from '../../generated/resolvers.ts';
import { officialsMunicipality } from '../../access.ts';
import { readDraft } from '../../input.ts';
import { recordDrafting } from '../../status-change.ts';
import { requestPayload, type RequestPayload } from '../../payloads.ts';

export async function draftRequest(_: unknown, { input }: MutationDraftRequestArgs, ctx: Context): Promise<RequestPayload> {
  const municipalityId = await officialsMunicipality(ctx, 'draft requests');
  const contactOfficialId = ctx.viewer.officialId!.toLowerCase();
  const outcome = await ctx.mutate({ operation: 'draftRequest', input, idempotencyKey: input.idempotencyKey }, async (tx, events) => {
    const content = readDraft(input);
    const request = await new RequestRepository(tx).insertRequest(
      { ...content, municipalityId, contactOfficialId },
      new Date().getUTCFullYear(),
    );
    await recordDrafting(tx, events, request, actorOf(ctx.viewer));
    return { id: request.id };
  });
  return requestPayload(ctx, outcome);
}
