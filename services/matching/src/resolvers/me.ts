import { isOwnMe, isUuid, pageRequest, toConnection, type Connection } from '@connect/kit';
import type { Context } from '../context.ts';
import type { MatchRow } from '../db/tables.ts';
import type { MeResolvers } from '../generated/resolvers.ts';

// The municipalities service owns Me and answers `me`; matching adds the proposals
// waiting for an answer. A representation resolves only when it is the viewer's own
// (kit me.ts): nobody reads another person's work by naming their Me.
export const Me: MeResolvers = {
  __resolveReference: (ref, ctx) => (isOwnMe(ctx.viewer, ref) ? { id: ref.id } : null),
  pendingProposals(_, args, ctx) {
    const whose = awaitingWhom(ctx);
    if (whose === 'nobody') return noProposals;
    const page = pageRequest(args, { sort: isInstant });
    return ctx.matching
      .pendingProposals(whose, page)
      .then((rows) => toConnection(rows, page, (m) => m.proposedAt!.toISOString(), () => ctx.matching.countPendingProposals(whose)));
  },
};

/**
 * Whose answers the viewer waits for: an official, their own (their id); the
 * secretariat, everyone's (null), to follow up proposals left unanswered; anyone else,
 * nobody's.
 */
function awaitingWhom(ctx: Context): string | null | 'nobody' {
  const { viewer } = ctx;
  if (viewer.role === 'STAFF') return null;
  if (viewer.role === 'OFFICIAL' && viewer.officialId && isUuid(viewer.officialId)) return viewer.officialId.toLowerCase();
  return 'nobody';
}

const noProposals: Connection<MatchRow> = {
  edges: [],
  nodes: [],
  pageInfo: { hasNextPage: false, endCursor: null },
  totalCount: () => Promise.resolve(0),
};

/** A proposal's time, as a cursor carries it. */
function isInstant(sort: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(sort) && !Number.isNaN(Date.parse(sort));
}
