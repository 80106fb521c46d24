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

function listRoles(roles: readonly Role[]): string {
  const names = roles.map((r) => r.toLowerCase());
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
