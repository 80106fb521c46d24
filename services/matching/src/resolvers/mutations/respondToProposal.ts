// The official of a proposed match accepts or declines it; the requests and exchanges
// services learn the answer from ProposalAccepted or ProposalDeclined.
import { actorOf, ForbiddenError, InputCheck, isUuid, requireRole } from '@connect/kit';
import { viewerOfficialId } from '../../input.ts';
import type { Context } from '../../context.ts';
import { matchPayload } from '../../payloads.ts';
import { changeMatchStatus } from '../../status-change.ts';

export interface RespondToProposalInput {
  matchId: string;
  accept: boolean;
  note?: string | null;
}

const maxNote = 1_000;

export async function respondToProposal(_: unknown, { input }: { input: RespondToProposalInput }, ctx: Context) {
  requireRole(ctx.viewer, ['OFFICIAL'], 'answer proposals');
  const officialId = viewerOfficialId(ctx.viewer);
  // Whose match it is never changes, so it is safe to check before the transaction.
  const existing = isUuid(input.matchId) ? await ctx.matching.matchById(input.matchId.toLowerCase()) : null;
  if (existing && existing.officialId !== officialId) throw new ForbiddenError('Only the official a match was proposed to may answer it');

  const outcome = await ctx.mutate({ operation: 'respondToProposal', input }, async (tx, events) => {
    const check = new InputCheck();
    const matchId = check.id(input.matchId, 'matchId')!;
    const note = check.optionalText(input.note, 'note', maxNote);
    check.done();
    const at = new Date();
    const match = await changeMatchStatus(tx, matchId, {
      to: input.accept ? 'ACCEPTED' : 'DECLINED',
      at,
      actor: actorOf(ctx.viewer),
      reason: note,
      set: { respondedAt: at, responseNote: note },
    });
    const payload = { matchId: match.id, requestId: match.requestId, officialId: match.officialId, at: at.toISOString() };
    if (input.accept) await events.record('ProposalAccepted', payload);
    else await events.record('ProposalDeclined', payload);
    return { matchId: match.id };
  });
  return matchPayload(ctx, outcome);
}
