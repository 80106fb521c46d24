// The secretariat puts a suggested match to its official.
import { actorOf, requireRole } from '@connect/kit';
import { inputId } from '../../input.ts';
import type { Context } from '../../loaders.ts';
import { changeMatchStatus } from './matchChange.ts';

export async function proposeMatch(_: unknown, { input }: { input: { matchId: string } }, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'propose matches');
  const outcome = await ctx.mutate({ operation: 'proposeMatch', input }, async (tx) => {
    const at = new Date();
    const match = await changeMatchStatus(tx, inputId(input.matchId, 'matchId'), {
      to: 'PROPOSED',
      at,
      actor: actorOf(ctx.viewer),
      set: { proposedAt: at },
    });
    return { matchId: match.id };
  });
  return { match: outcome.value ? await ctx.matching.matchById(outcome.value.matchId) : null, userErrors: outcome.userErrors };
}
