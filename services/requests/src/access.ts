// Who may see, read and act on requests: every rule of access of this service, in three
// parts. A missing permission is a GraphQL error (UNAUTHENTICATED, FORBIDDEN), never a
// userError. Roles come from the viewer; which municipality an official speaks for and
// which municipalities an association counts as members come from the directory
// projection.
import DataLoader from 'dataloader';
import { eq, inArray, ne, or, type SQL } from 'drizzle-orm';
import { ForbiddenError, isUuid, readableBy, requireRole, shorten, type Executor, type UserError, type Viewer } from '@connect/kit';
import { DirectoryProjection } from './db/projections.ts';
import { associationMembers, knownOfficials, requestEndorsements, requests, type RequestRow } from './db/tables.ts';
import type { Context } from './context.ts';

// --- Who sees which requests ---
// A draft is the requester's work in progress: only the officials of its municipality
// and the secretariat see it; every other request is public. The rule is one SQL
// condition that every read of requests carries (by id, by reference, lists, a
// municipality's requests, entity references), so a draft cannot leak through one path
// the others guard, and it costs no extra statement: an official's municipality is
// looked up inside the same query.

/** The condition a request must meet for the viewer to see it; undefined means every request. */
export function visibleTo(db: Executor, viewer: Viewer): SQL | undefined {
  if (viewer.role === 'STAFF') return undefined;
  const notDraft = ne(requests.status, 'DRAFT');
  const officialId = viewer.role === 'OFFICIAL' ? viewer.officialId : undefined;
  if (!officialId || !isUuid(officialId)) return notDraft;
  const ownMunicipality = db
    .select({ municipalityId: knownOfficials.municipalityId })
    .from(knownOfficials)
    .where(eq(knownOfficials.officialId, officialId.toLowerCase()));
  return or(notDraft, inArray(requests.municipalityId, ownMunicipality));
}

// --- Whose work a request is ---
// What `Me.requests` lists: an official's, the requests of their municipality; an
// association's, those of its member municipalities and those it endorsed (a member may
// since have left); the secretariat's, every request. Anyone else has none. Visibility
// still applies on top (an association sees no drafts).

/** The condition of the viewer's own requests; undefined means every request, null none. */
export function workOf(db: Executor, viewer: Viewer): SQL | undefined | null {
  if (viewer.role === 'STAFF') return undefined;
  if (viewer.role === 'OFFICIAL' && viewer.officialId && isUuid(viewer.officialId)) {
    const own = db
      .select({ municipalityId: knownOfficials.municipalityId })
      .from(knownOfficials)
      .where(eq(knownOfficials.officialId, viewer.officialId.toLowerCase()));
    return inArray(requests.municipalityId, own);
  }
  if (viewer.role === 'ASSOCIATION' && viewer.associationId && isUuid(viewer.associationId)) {
    const associationId = viewer.associationId.toLowerCase();
    const members = db
      .select({ municipalityId: associationMembers.municipalityId })
      .from(associationMembers)
      .where(eq(associationMembers.associationId, associationId));
    const endorsed = db
      .select({ requestId: requestEndorsements.requestId })
      .from(requestEndorsements)
      .where(eq(requestEndorsements.associationId, associationId));
    return or(inArray(requests.municipalityId, members), inArray(requests.id, endorsed));
  }
  return null;
}

// --- Who reads what people wrote on a request ---
// The reasons in its history (a rejection, a withdrawal), the secretariat's validation
// note and the associations' endorsement notes. The secretariat, the officials of the
// requesting municipality and the associations it belongs to read them; everyone else
// reads the public request: what is asked, its status and dates, who endorsed it.

const audience = 'the secretariat, the requesting municipality and its associations';

/** Per request: whether the viewer is a party to requests of each municipality (one statement for any number of them). */
export function partiesLoader(directory: DirectoryProjection, viewer: Viewer) {
  return new DataLoader<string, boolean>(async (municipalityIds) => {
    if (viewer.role === 'STAFF') return municipalityIds.map(() => true);
    if (viewer.role === 'OFFICIAL' && viewer.officialId && isUuid(viewer.officialId)) {
      const own = await directory.municipalityOfOfficial(viewer.officialId.toLowerCase());
      return municipalityIds.map((id) => id === own);
    }
    if (viewer.role === 'ASSOCIATION' && viewer.associationId && isUuid(viewer.associationId)) {
      const members = await directory.membersAmong(viewer.associationId.toLowerCase(), municipalityIds);
      return municipalityIds.map((id) => members.has(id));
    }
    return municipalityIds.map(() => false);
  });
}

/** A field of a request's record that only its parties read. */
export function forParties<T>(value: T, municipalityId: string, what: string, ctx: Context): Promise<T> {
  return readableBy(value, ctx.loaders.partyOfMunicipality.load(municipalityId), what, audience);
}

// --- Who may act on a request ---
// Decided before a mutation writes anything.

/** The municipality the calling official speaks for; FORBIDDEN for any other caller or an official not known here. */
export async function officialsMunicipality(ctx: Context, action: string): Promise<string> {
  requireRole(ctx.viewer, ['OFFICIAL'], action);
  const officialId = ctx.viewer.officialId;
  const municipalityId = officialId && isUuid(officialId) ? await new DirectoryProjection(ctx.db).municipalityOfOfficial(officialId.toLowerCase()) : null;
  if (!municipalityId) throw new ForbiddenError(`Only an official registered in the directory may ${action}`);
  return municipalityId;
}

/** FORBIDDEN unless the caller is an official of the request's municipality. */
export async function requireOfficialOf(ctx: Context, request: RequestRow, action: string): Promise<void> {
  const municipalityId = await officialsMunicipality(ctx, action);
  if (municipalityId !== request.municipalityId) {
    throw new ForbiddenError(`Only officials of the requesting municipality may ${action}`);
  }
}

/** The calling association; FORBIDDEN unless the request's municipality is one of its members. */
export async function requireMemberAssociation(ctx: Context, request: RequestRow, action: string): Promise<string> {
  requireRole(ctx.viewer, ['ASSOCIATION'], action);
  const associationId = ctx.viewer.associationId;
  const member = associationId && isUuid(associationId)
    ? await new DirectoryProjection(ctx.db).isMember(associationId.toLowerCase(), request.municipalityId)
    : false;
  if (!member) throw new ForbiddenError(`Only an association the requesting municipality belongs to may ${action}`);
  return associationId!.toLowerCase();
}

/**
 * The request a mutation is about, as the caller may see it. A malformed id is invalid
 * input; an unknown id and a draft the caller may not see are both NOT_FOUND, so that a
 * mutation tells no more about other municipalities' drafts than a query does.
 */
export async function requestToActOn(ctx: Context, requestId: string): Promise<RequestRow | UserError> {
  if (!isUuid(requestId)) return { code: 'INVALID_INPUT', message: `requestId must be a UUID, got "${shorten(requestId)}"`, field: 'requestId' };
  const request = await ctx.requests.requestById(requestId.toLowerCase());
  return request ?? { code: 'NOT_FOUND', message: `Request ${requestId} was not found`, field: 'requestId' };
}
