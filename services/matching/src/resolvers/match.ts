import { readableBy, referencedId } from '@connect/kit';
import type { MatchRow, MatchTransitionRow } from '../db/tables.ts';
import type { Context } from '../context.ts';

/**
 * What the proposed official said in answer, and the reasons in the match's history
 * (their answer among them), are between them and the secretariat: the match's ranking
 * and status are public, their words are not.
 */
function betweenOfficialAndStaff<T>(value: T, officialId: string, what: string, ctx: Context): Promise<T> {
  const { viewer } = ctx;
  const allowed = viewer.role === 'STAFF' || (viewer.role === 'OFFICIAL' && viewer.officialId?.toLowerCase() === officialId);
  return readableBy(value, allowed, what, 'the secretariat and the proposed official');
}

export const Match = {
  __resolveReference: (ref: { id: string }, ctx: Context) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.match.load(id) : null;
  },
  // Requests and officials live in other subgraphs: the gateway fills them in from the id.
  request: (m: MatchRow) => ({ id: m.requestId }),
  official: (m: MatchRow) => ({ id: m.officialId }),
  responseNote: (m: MatchRow, _: unknown, ctx: Context) => betweenOfficialAndStaff(m.responseNote, m.officialId, 'the answer to a proposal', ctx),
  history: async (m: MatchRow, _: unknown, ctx: Context) =>
    (await ctx.loaders.historyOfMatch.load(m.id)).map((t) => ({ ...t, officialId: m.officialId })),
};

/** What MatchTransition resolves from: a history row, with the official the match proposes. */
export type TransitionOfMatch = MatchTransitionRow & { officialId: string };

/** A history names staff to staff only (kit actors.ts). */
export const MatchTransition = {
  actor: (t: { actor: string }, _: unknown, ctx: Context) => ctx.showActor(t.actor),
  reason: (t: { reason: string | null; officialId: string }, _: unknown, ctx: Context) =>
    betweenOfficialAndStaff(t.reason, t.officialId, 'the reasons in a match history', ctx),
};
