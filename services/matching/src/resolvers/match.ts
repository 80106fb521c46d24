import { referencedId, type Connection } from '@connect/kit';
import { betweenOfficialAndStaff } from '../access.ts';
import type { MatchRow, MatchTransitionRow } from '../db/tables.ts';
import type { MatchConnectionResolvers, MatchResolvers, MatchTransitionResolvers } from '../generated/resolvers.ts';

export const Match: MatchResolvers = {
  __resolveReference: (ref, ctx) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.match.load(id) : null;
  },
  // Requests and officials live in other subgraphs: the gateway fills them in from the id.
  request: (m) => ({ id: m.requestId }),
  official: (m) => ({ id: m.officialId }),
  responseNote: (m, _, ctx) => betweenOfficialAndStaff(m.responseNote, m.officialId, 'the answer to a proposal', ctx),
  history: async (m, _, ctx) =>
    (await ctx.loaders.historyOfMatch.load(m.id)).map((t) => ({ ...t, officialId: m.officialId })),
};

/** What MatchTransition resolves from: a history row, with the official the match proposes. */
export type TransitionOfMatch = MatchTransitionRow & { officialId: string };

/** A history names staff to staff only (kit actors.ts). */
export const MatchTransition: MatchTransitionResolvers = {
  actor: (t, _, ctx) => ctx.showActor(t.actor),
  reason: (t, _, ctx) =>
    betweenOfficialAndStaff(t.reason, t.officialId, 'the reasons in a match history', ctx),
};

/** What MatchConnection resolves from: a page of match rows, counted only when asked. */
export type MatchPage = Connection<MatchRow>;

export const MatchConnection: MatchConnectionResolvers = {
  totalCount: (c) => c.totalCount?.() ?? c.nodes.length,
};
