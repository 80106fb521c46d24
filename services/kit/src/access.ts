// Who may do what. A missing permission is an error, not data: anonymous callers are
// told to sign in, signed-in callers without the role are refused.
import { ForbiddenError, UnauthenticatedError } from './errors.ts';
import type { Role, Viewer } from './viewer.ts';

export function requireRole(viewer: Viewer, roles: readonly Role[], action: string): void {
  if (roles.includes(viewer.role)) return;
  if (viewer.role === 'ANONYMOUS') throw new UnauthenticatedError(`Sign in to ${action}`);
  throw new ForbiddenError(`Only ${listRoles(roles)} may ${action}`);
}

/** How the viewer is named in histories: role, and the id it is bound to. */
export function actorOf(viewer: Viewer): string {
  const id = viewer.officialId ?? viewer.associationId ?? viewer.subject;
  return id ? `${viewer.role}:${id}` : viewer.role;
}

/**
 * What people wrote in a record (a narrative, a note, a reason) and who wrote it are read
 * by the people the record concerns, never by everyone: each service names that audience
 * (the participants of an exchange, the parties of a request, ...). A field outside the
 * reader's audience is null with FORBIDDEN at its path while the rest of the answer
 * resolves, as contact details are; anonymous readers too get FORBIDDEN, since the
 * record itself is public.
 */
export async function readableBy<T>(value: T, allowed: boolean | Promise<boolean>, what: string, audience: string): Promise<T> {
  if (await allowed) return value;
  throw new ForbiddenError(`Only ${audience} may read ${what}`);
}

function listRoles(roles: readonly Role[]): string {
  const names = roles.map((r) => r.toLowerCase());
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
