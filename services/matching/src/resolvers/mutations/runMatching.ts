// The secretariat ranks the pool for an open request: the best peers become SUGGESTED
// matches, replacing the previous suggestions.
import { InputCheck, Refusal, requireRole } from '@connect/kit';
import type { Context } from '../../context.ts';
import type { MutationRunMatchingArgs } from '../../generated/resolvers.ts';
import { DEFAULT_SHORTLIST_LENGTH } from '../../ranking.ts';
import { shortlistRequest } from '../../shortlist.ts';

/** The most suggestions one run may keep. */
const maxLimit = 50;

export async function runMatching(_: unknown, { input }: MutationRunMatchingArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'run matching');
  const outcome = await ctx.mutate({ operation: 'runMatching', input, idempotencyKey: input.idempotencyKey }, async (tx) => {
    const check = new InputCheck();
    const requestId = check.id(input.requestId, 'requestId')!;
    const limit = check.wholeNumber(input.limit ?? DEFAULT_SHORTLIST_LENGTH, 'limit', 1, maxLimit)!;
    check.done();
    const result = await shortlistRequest(tx, requestId, { limit, at: new Date(), weights: ctx.settings.weights });
    if (!result.ok) throw new Refusal([result.refusal]);
    return { requestId, suggested: result.ranking.shortlist.length };
  });
  return { request: outcome.value ? { id: outcome.value.requestId } : null, userErrors: outcome.userErrors };
}
