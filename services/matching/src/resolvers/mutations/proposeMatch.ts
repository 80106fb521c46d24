// The secretariat puts a suggested match to its official, who must not have been erased
// (their open matches are withdrawn on erasure; this says why, OFFICIAL_ERASED).
import { actorOf, InputCheck, refuseErasedOfficials, requireRole } from '@connect/kit';
import { MatchingRepository } from '../../db/repository.ts';
import { erasedOfficials } from '../../db/tables.ts';
import type { Context } from '../../context.ts';
import type { MutationProposeMatchArgs } from '../../generated/resolvers.ts';
import { matchPayload } from '../../payloads.ts';
import { changeMatchStatus } from '../../status-change.ts';

export async function proposeMatch(_: unknown, { input }: MutationProposeMatchArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'propose matches');
  const outcome = await ctx.mutate({ operation: 'proposeMatch', input }, async (tx) => {
    const at = new Date();
    const check = new InputCheck();
    const matchId = check.id(input.matchId, 'matchId')!;
    check.done();
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
  return matchPayload(ctx, outcome);
}
