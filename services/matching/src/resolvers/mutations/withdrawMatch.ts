// The secretariat withdraws a suggested or proposed match, with its reason: the history
// keeps who and why, and MatchWithdrawn tells the official's inbox and the others.
import { actorOf, InputCheck, requireRole } from '@connect/kit';
import type { Context } from '../../context.ts';
import type { MutationWithdrawMatchArgs } from '../../generated/resolvers.ts';
import { matchPayload } from '../../payloads.ts';
import { changeMatchStatus, matchWithdrawn } from '../../status-change.ts';

const maxReason = 1_000;

export async function withdrawMatch(_: unknown, { input }: MutationWithdrawMatchArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'withdraw matches');
  const outcome = await ctx.mutate({ operation: 'withdrawMatch', input, idempotencyKey: input.idempotencyKey }, async (tx, events) => {
    const check = new InputCheck();
    const matchId = check.id(input.matchId, 'matchId')!;
    const reason = check.text(input.reason, 'reason', maxReason)!;
    check.done();
    const at = new Date();
    // Only SUGGESTED and PROPOSED may go (lifecycle.ts); answered matches are refused as TRANSITION_NOT_ALLOWED.
    const match = await changeMatchStatus(tx, matchId, { to: 'WITHDRAWN', at, actor: actorOf(ctx.viewer), reason });
    await events.record('MatchWithdrawn', matchWithdrawn(match, reason, at));
    return { matchId: match.id };
  });
  return matchPayload(ctx, outcome);
}
