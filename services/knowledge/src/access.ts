// Who may act and who may read what in the knowledge service: every rule of access of
// this service, in two parts. Refusals to act are permission errors (FORBIDDEN), thrown
// before a mutation writes anything.
import { ForbiddenError, isUuid, type Viewer } from '@connect/kit';
import type { LessonRepository } from './db/projections.ts';
import { bestPracticeStatus, type BestPracticeStatus } from './db/tables.ts';

// --- Who may act, beyond the role ---
// An association documents the exchanges its member municipalities took part in, works
// on the practices it documents, and organises its own events.

/** The viewer's association for an ASSOCIATION viewer, null for the secretariat. */
export function associationOf(viewer: Viewer): string | null {
  if (viewer.role !== 'ASSOCIATION') return null;
  if (!viewer.associationId || !isUuid(viewer.associationId)) throw new ForbiddenError('This account is not bound to an association');
  return viewer.associationId.toLowerCase();
}

/** An association may document an exchange only when one of its members took part, or the exchange names it among its associations. */
export async function requireMayDocument(viewer: Viewer, lessons: LessonRepository, exchangeId: string): Promise<void> {
  const association = associationOf(viewer);
  if (!association || !isUuid(exchangeId)) return;
  // An exchange not (yet) completed is refused as data inside the mutation: EXCHANGE_NOT_COMPLETED.
  const lesson = await lessons.lessonOfExchange(exchangeId.toLowerCase());
  if (lesson && !lesson.associationIds.includes(association) && !(await lessons.hasMemberAmong(association, lesson.municipalityIds))) {
    throw new ForbiddenError('Only an association of a municipality that took part in the exchange may document it');
  }
}

/** An association works only on the practices it documents: submits and edits them. */
export function requireDocumentedBy(viewer: Viewer, practice: { documentingAssociationId: string | null } | undefined): void {
  const association = associationOf(viewer);
  if (association && practice && practice.documentingAssociationId !== association) {
    throw new ForbiddenError('An association may only submit or edit the best practices it documents');
  }
}

/**
 * An association schedules the events it organises itself: naming another association
 * as organiser is FORBIDDEN. The viewer's own association, null for the secretariat.
 */
export function requireOwnEvent(viewer: Viewer, named: string | null): string | null {
  const association = associationOf(viewer);
  if (association && named !== null && !(isUuid(named) && named.toLowerCase() === association)) {
    throw new ForbiddenError('An association schedules the events it organises itself, not those of another association');
  }
  return association;
}

/** An association edits and cancels only the events it organises; the secretariat, any. */
export function requireOrganiser(viewer: Viewer, event: { organiserAssociationId: string | null } | undefined): void {
  const association = associationOf(viewer);
  if (association && event && event.organiserAssociationId !== association) {
    throw new ForbiddenError('An association changes only the knowledge events it organises');
  }
}

/** Whether the viewer may read the history of a knowledge event: the secretariat and its organiser. */
export function mayReadEventHistory(viewer: Viewer, event: { organiserAssociationId: string | null }): boolean {
  if (viewer.role === 'STAFF') return true;
  return viewer.role === 'ASSOCIATION' && viewer.associationId?.toLowerCase() === event.organiserAssociationId;
}

// --- Who may read which best practices ---
// Drafts and practices under review are working documents: the secretariat reads them
// all, and an association reads the ones it documents (it writes them and must see what
// the secretariat sent back). Everyone else, signed in or not, reads published ones. The
// review history follows the same line: it holds the reviewers' reasons, which are
// working notes, not publication.

export interface Visibility {
  /** Statuses the reader sees whoever documented the practice. */
  statuses: readonly BestPracticeStatus[];
  /** An association that also sees every practice it documents, whatever its status. */
  documentingAssociationId?: string;
}

const publishedOnly: readonly BestPracticeStatus[] = Object.freeze(['PUBLISHED']);

/** The best practices the viewer reads, as the repository's reads filter them. */
export function visibilityFor(viewer: Viewer): Visibility {
  if (viewer.role === 'STAFF') return { statuses: bestPracticeStatus.enumValues };
  if (viewer.role === 'ASSOCIATION' && viewer.associationId && isUuid(viewer.associationId)) {
    return { statuses: publishedOnly, documentingAssociationId: viewer.associationId.toLowerCase() };
  }
  return { statuses: publishedOnly };
}

/** Whether the viewer may read the review history of a practice. */
export function mayReadHistory(viewer: Viewer, practice: { documentingAssociationId: string | null }): boolean {
  if (viewer.role === 'STAFF') return true;
  return viewer.role === 'ASSOCIATION' && viewer.associationId?.toLowerCase() === practice.documentingAssociationId;
}
