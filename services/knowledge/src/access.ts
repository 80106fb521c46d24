// Who may act on what in the knowledge service, beyond the role: an association
// documents the exchanges its member municipalities took part in, works on the
// practices it documents, and organises its own events. Refusals here are
// permission errors (FORBIDDEN), thrown before a mutation writes anything.
import { ForbiddenError, isUuid, type Viewer } from '@connect/kit';
import type { LessonRepository } from './db/projections.ts';

/** The viewer's association for an ASSOCIATION viewer, null for the secretariat. */
export function associationOf(viewer: Viewer): string | null {
  if (viewer.role !== 'ASSOCIATION') return null;
  if (!viewer.associationId || !isUuid(viewer.associationId)) throw new ForbiddenError('This account is not bound to an association');
  return viewer.associationId.toLowerCase();
}

/** An association may document an exchange only when one of its members took part. */
export async function requireMayDocument(viewer: Viewer, lessons: LessonRepository, exchangeId: string): Promise<void> {
  const association = associationOf(viewer);
  if (!association || !isUuid(exchangeId)) return;
  // An exchange not (yet) completed is refused as data inside the mutation: EXCHANGE_NOT_COMPLETED.
  const lesson = await lessons.lessonOfExchange(exchangeId.toLowerCase());
  if (lesson && !(await lessons.hasMemberAmong(association, lesson.municipalityIds))) {
    throw new ForbiddenError('Only an association of a municipality that took part in the exchange may document it');
  }
}

/** An association works only on the practices it documents. */
export function requireDocumentedBy(viewer: Viewer, practice: { documentingAssociationId: string | null } | undefined): void {
  const association = associationOf(viewer);
  if (association && practice && practice.documentingAssociationId !== association) {
    throw new ForbiddenError('An association may only submit the best practices it documents');
  }
}
