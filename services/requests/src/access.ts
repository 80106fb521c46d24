// Who may act on a request, decided before a mutation writes anything. Roles come from
// the viewer; which municipality an official speaks for and which municipalities an
// association counts as members come from the directory projection. A missing
// permission is a GraphQL error (UNAUTHENTICATED, FORBIDDEN), never a userError.
import { ForbiddenError, isUuid, requireRole, shorten, type UserError } from '@connect/kit';
import { DirectoryProjection } from './db/projections.ts';
import type { RequestRow } from './db/tables.ts';
import type { Context } from './context.ts';

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
