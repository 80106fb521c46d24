// The secretariat puts a suggested match to its official, who must not have been erased
// (their open matches are withdrawn on erasure; this says why, OFFICIAL_ERASED).
import { actorOf, refuseErasedOfficials, requireRole } from '@connect/kit';
import { MatchingRepository } from '../../db/repository.ts';
import { erasedOfficials } from '../../db/tables.ts';
import { inputId } from '../../input.ts';
import type { Context } from '../../context.ts';
import type { MutationProposeMatchArgs } from '../../generated/resolvers.ts';
import { changeMatchStatus } from '../../status-change.ts';

export async function proposeMatch(_: unknown, { input }: MutationProposeMatchArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'propose matches');
  const outcome = await ctx.mutate({ operation: 'proposeMatch', input }, async (tx) => {
    const at = new Date();
    const matchId = inputId(input.matchId, 'matchId');
    // Before the lifecycle: the erasure withdrew the match, and that is the reason to give.
    const current = await new MatchingRepository(tx).matchForUpdate(matchId);
    if (current) await refuseErasedOfficials(tx, erasedOfficials, [current.officialId], 'matchId');
    const match = await changeMatchStatus(tx, matchId, {
      to: 'PROPOSED',
      at,
      actor: actorOf(ctx.viewer),
      set: { proposedAt: at },
    });
    return { matchId: match.id };
  });
  return { match: outcome.value ? await ctx.matching.matchById(outcome.value.matchId) : null, userErrors: outcome.userErrors };
}
