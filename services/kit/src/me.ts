// `me`: the viewer and their work, in one query. municipalities owns the `Me` entity
// (role, official, association, municipality, notifications); every other service
// extends it with the viewer's work it keeps (pending proposals, evaluations due,
// requests by status, drafts to document or review). The key is the viewer itself, so
// that an extending service answers from its own verified viewer, never from whatever
// a representation claims: a representation whose id is not the viewer's resolves to
// nothing.
import type { Viewer } from './viewer.ts';

/** The `Me.id` of a viewer: "OFFICIAL:<id>", "ASSOCIATION:<id>", "STAFF:<subject>", … ; null for anonymous callers. */
export function meId(viewer: Viewer): string | null {
  switch (viewer.role) {
    case 'ANONYMOUS':
      return null;
    case 'OFFICIAL':
      return viewer.officialId ? `OFFICIAL:${viewer.officialId}` : null;
    case 'ASSOCIATION':
      return viewer.associationId ? `ASSOCIATION:${viewer.associationId}` : null;
    default:
      return viewer.subject ? `${viewer.role}:${viewer.subject}` : viewer.role;
  }
}

/** Whether a `Me` representation is the viewer's own; an extending service resolves only those. */
export function isOwnMe(viewer: Viewer, representation: { id?: unknown }): boolean {
  const id = meId(viewer);
  return id !== null && representation.id === id;
}
