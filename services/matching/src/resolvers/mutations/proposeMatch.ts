// The secretariat puts a suggested match to its official, who must not have been erased
// (their open matches are withdrawn on erasure; this says why, OFFICIAL_ERASED), for a
// request that has not ended (REQUEST_CLOSED). ProposalMade tells the official's inbox.
import { actorOf, InputCheck, refuseErasedOfficials, requireRole } from '@connect/kit';
import { ExpertPoolRepository } from '../../db/projections.ts';
import { MatchingRepository } from '../../db/repository.ts';
import { erasedOfficials } from '../../db/tables.ts';
import type { Context } from '../../context.ts';
import type { MutationProposeMatchArgs } from '../../generated/resolvers.ts';
import { matchPayload } from '../../payloads.ts';
import { refuseClosedRequest } from '../../request-closure.ts';
import { changeMatchStatus } from '../../status-change.ts';

export async function proposeMatch(_: unknown, { input }: MutationProposeMatchArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'propose matches');
  const outcome = await ctx.mutate({ operation: 'proposeMatch', input }, async (tx, events) => {
    const at = new Date();
    const check = new InputCheck();
    const matchId = check.id(input.matchId, 'matchId')!;
    check.done();
    // Before the lifecycle: the erasure withdrew the match, and that is the reason to give.
    const current = await new MatchingRepository(tx).matchForUpdate(matchId);
    if (current) {
      await refuseErasedOfficials(tx, erasedOfficials, [current.officialId], 'matchId');
      await refuseClosedRequest(new ExpertPoolRepository(tx), current.requestId, 'matchId');
    }
    const match = await changeMatchStatus(tx, matchId, {
      to: 'PROPOSED',
      at,
      actor: actorOf(ctx.viewer),
      set: { proposedAt: at },
    });
    // The official's inbox (municipalities) learns of the proposal from this.
    await events.record('ProposalMade', { matchId: match.id, requestId: match.requestId, officialId: match.officialId, at: at.toISOString() });
    return { matchId: match.id };
  });
  return matchPayload(ctx, outcome);
}
