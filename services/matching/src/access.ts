// Who may act on matches and who reads what was said about them: every rule of access
// of this service. Plain role checks (only the secretariat runs matching) stay a
// `requireRole` in the mutation; what goes beyond the role is here. A missing
// permission is a GraphQL error (UNAUTHENTICATED, FORBIDDEN), never a userError.
import { ForbiddenError, isUuid, readableBy, requireRole, type Viewer } from '@connect/kit';
import type { Context } from './context.ts';

// --- Who may act ---

/** The official a signed-in OFFICIAL viewer speaks for; FORBIDDEN for any other caller. */
export function actingOfficial(viewer: Viewer, action: string): string {
  requireRole(viewer, ['OFFICIAL'], action);
  if (!viewer.officialId || !isUuid(viewer.officialId)) throw new ForbiddenError('This sign-in is not bound to an official');
  return viewer.officialId.toLowerCase();
}

/**
 * FORBIDDEN unless the caller is an official and a match with this id, if there is one,
 * was proposed to them. A malformed or unknown id is left to the mutation,
 * which refuses it as input like any other.
 */
export async function requireProposedTo(ctx: Context, matchId: string): Promise<void> {
  const officialId = actingOfficial(ctx.viewer, 'answer proposals');
  // Whose match it is never changes, so it is safe to check before the transaction.
  const existing = isUuid(matchId) ? await ctx.matching.matchById(matchId.toLowerCase()) : null;
  if (existing && existing.officialId !== officialId) throw new ForbiddenError('Only the official a match was proposed to may answer it');
}

// --- Who reads what was said ---

/**
 * What the proposed official said in answer, and the reasons in the match's history
 * (their answer among them), are between them and the secretariat: the match's ranking
 * and status are public, their words are not.
 */
export function betweenOfficialAndStaff<T>(value: T, officialId: string, what: string, ctx: Context): Promise<T> {
  const { viewer } = ctx;
  const allowed = viewer.role === 'STAFF' || (viewer.role === 'OFFICIAL' && viewer.officialId?.toLowerCase() === officialId);
  return readableBy(value, allowed, what, 'the secretariat and the proposed official');
}
