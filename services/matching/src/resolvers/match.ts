import { referencedId } from '@connect/kit';
import { betweenOfficialAndStaff } from '../access.ts';
import type { MatchRow } from '../db/tables.ts';
import type { Context } from '../context.ts';

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

/** A history names staff to staff only (kit actors.ts). */
export const MatchTransition = {
  actor: (t: { actor: string }, _: unknown, ctx: Context) => ctx.showActor(t.actor),
  reason: (t: { reason: string | null; officialId: string }, _: unknown, ctx: Context) =>
    betweenOfficialAndStaff(t.reason, t.officialId, 'the reasons in a match history', ctx),
};
