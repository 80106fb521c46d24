// What the match mutations answer: the match as the mutation left it, read afresh, or
// the userErrors that refused it.
import type { MutationOutcome } from '@connect/kit';
import type { Context } from './context.ts';

export async function matchPayload(ctx: Context, outcome: MutationOutcome<{ matchId: string }>) {
  return { match: outcome.value ? await ctx.matching.matchById(outcome.value.matchId) : null, userErrors: outcome.userErrors };
}
