// The official of a proposed match accepts or declines it; the requests and exchanges
// services learn the answer from ProposalAccepted or ProposalDeclined. An acceptance
// carries the peer's declared availability, which planning the exchange answers to. A
// proposal for a request that has ended can no longer be answered (REQUEST_CLOSED).
import { actorOf, InputCheck } from '@connect/kit';
import { requireProposedTo } from '../../access.ts';
import type { Context } from '../../context.ts';
import { ExpertPoolRepository } from '../../db/projections.ts';
import { MatchingRepository } from '../../db/repository.ts';
import type { MutationRespondToProposalArgs } from '../../generated/resolvers.ts';
import { matchPayload } from '../../payloads.ts';
import { refuseClosedRequest } from '../../request-closure.ts';
import { changeMatchStatus } from '../../status-change.ts';

const maxNote = 1_000;

export async function respondToProposal(_: unknown, { input }: MutationRespondToProposalArgs, ctx: Context) {
  await requireProposedTo(ctx, input.matchId);

  const outcome = await ctx.mutate({ operation: 'respondToProposal', input }, async (tx, events) => {
    const check = new InputCheck();
    const matchId = check.id(input.matchId, 'matchId')!;
    const note = check.optionalText(input.note, 'note', maxNote);
    check.done();
    const pool = new ExpertPoolRepository(tx);
    const current = await new MatchingRepository(tx).matchForUpdate(matchId);
    if (current) await refuseClosedRequest(pool, current.requestId, 'matchId');
    const at = new Date();
    const match = await changeMatchStatus(tx, matchId, {
      to: input.accept ? 'ACCEPTED' : 'DECLINED',
      at,
      actor: actorOf(ctx.viewer),
      reason: note,
      set: { respondedAt: at, responseNote: note },
    });
    const payload = { matchId: match.id, requestId: match.requestId, officialId: match.officialId, at: at.toISOString() };
    if (input.accept) {
      const windows = await pool.availabilityOf([match.officialId]);
      await events.record('ProposalAccepted', { ...payload, availability: windows.map((w) => ({ from: w.availableFrom, to: w.availableTo })) });
    }
    else await events.record('ProposalDeclined', payload);
    return { matchId: match.id };
  });
  return matchPayload(ctx, outcome);
}
