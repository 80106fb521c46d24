// Who may act on the directory and who reads what in it: every rule of access of this
// service that goes beyond a plain role (only the secretariat registers municipalities
// stays a `requireRole` in the mutation). A missing permission is a GraphQL error
// (UNAUTHENTICATED, FORBIDDEN), never a userError.
import DataLoader from 'dataloader';
import { erasedAmong, ForbiddenError, isUuid, requireRole, type Viewer } from '@connect/kit';
import type { ProjectionRepository } from './db/projections.ts';
import { erasedOfficials, type OfficialRow } from './db/tables.ts';
import type { Context } from './context.ts';

// --- Who may act ---

/** Staff may update anyone; an official only themselves, and not where or how they hold office. */
export function requireMayUpdate(viewer: Viewer, input: { officialId: string; mandate?: unknown; municipalityId?: unknown }): void {
  requireRole(viewer, ['STAFF', 'OFFICIAL'], 'update officials');
  if (viewer.role === 'STAFF') return;
  const self = isUuid(input.officialId) && input.officialId.toLowerCase() === viewer.officialId?.toLowerCase();
  if (!self) throw new ForbiddenError('An official may only update their own profile');
  if (input.mandate !== undefined || input.municipalityId !== undefined) {
    throw new ForbiddenError('An official may not change their own mandate or municipality; the secretariat does');
  }
}

/**
 * Staff may update any municipality; an official only their own municipality. Decided
 * before anything runs, from the directory as it stands (an official who is not in it,
 * or an id that is not a UUID, is FORBIDDEN too).
 */
export async function requireMayUpdateMunicipality(ctx: Context, municipalityId: string): Promise<void> {
  const viewer = ctx.viewer;
  requireRole(viewer, ['STAFF', 'OFFICIAL'], 'update municipalities');
  if (viewer.role === 'STAFF') return;
  const official = viewer.officialId && isUuid(viewer.officialId) ? await ctx.loaders.official.load(viewer.officialId) : null;
  if (!official || !isUuid(municipalityId) || official.municipalityId !== municipalityId.toLowerCase()) {
    throw new ForbiddenError("An official may only update their own municipality's entry");
  }
}

/** Only an official or an association has an inbox, and marks only their own notifications. */
export function requireOwnInbox(viewer: Viewer): void {
  requireRole(viewer, ['OFFICIAL', 'ASSOCIATION'], 'mark notifications read');
}

// --- Who reads an official's contact details ---
// Contact details are personal data: the secretariat, the official themselves and the
// other participants of an exchange they share see them. Anyone else gets null with a
// FORBIDDEN error at that path, so the rest of the directory still resolves; anonymous
// readers too get FORBIDDEN (not UNAUTHENTICATED): the directory is meant to be read
// without signing in, only the contact fields are closed.

/** Per request: whether the viewer shares an exchange with each official (one statement for any number of them). */
export function exchangePartnersLoader(repository: ProjectionRepository, viewer: Viewer) {
  return new DataLoader<string, boolean>(async (ids) => {
    if (viewer.role !== 'OFFICIAL' || !viewer.officialId) return ids.map(() => false);
    const partners = new Set(await repository.exchangePartnersAmong(viewer.officialId, ids));
    return ids.map((id) => partners.has(id));
  });
}

/** An official's e-mail or phone, for those who may read it; FORBIDDEN for anyone else. */
export async function contactDetail(o: OfficialRow, ctx: Context, field: 'email' | 'phone'): Promise<string | null> {
  const viewer = ctx.viewer;
  if (viewer.role === 'STAFF') return o[field];
  // An erased official's token, still valid, no longer opens anyone's contact details.
  if (viewer.role === 'OFFICIAL') await ctx.erasure.refuseErasedViewer();
  if (viewer.role === 'OFFICIAL' && viewer.officialId === o.id) return o[field];
  if (await ctx.loaders.sharesExchangeWithViewer.load(o.id)) return o[field];
  throw new ForbiddenError(`Only the secretariat, the official and their exchange partners may see an official's ${field}`);
}

// --- Who reads a history ---
// A directory history says who changed an entry and when: the secretariat reads every
// one, a municipality's officials read their municipality's, an association its own.
// Anyone else reads null, with no error, as the other services' histories do; an erased
// official's token, still valid, reads none.

/** Whether the viewer may read the municipality's history. */
export async function mayReadMunicipalityHistory(ctx: Context, municipalityId: string): Promise<boolean> {
  const viewer = ctx.viewer;
  if (viewer.role === 'STAFF') return true;
  if (viewer.role !== 'OFFICIAL' || !viewer.officialId || !isUuid(viewer.officialId)) return false;
  const official = await ctx.loaders.official.load(viewer.officialId);
  if (official?.municipalityId !== municipalityId) return false;
  return (await erasedAmong(ctx.db, erasedOfficials, [official.id])).size === 0;
}

/** Whether the viewer may read the association's history. */
export function mayReadAssociationHistory(viewer: Viewer, associationId: string): boolean {
  if (viewer.role === 'STAFF') return true;
  return viewer.role === 'ASSOCIATION' && viewer.associationId?.toLowerCase() === associationId;
}
