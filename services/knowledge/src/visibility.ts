// Who may read which best practices. Drafts and practices under review are working
// documents: the secretariat reads them all, and an association reads the ones it
// documents (it writes them and must see what the secretariat sent back). Everyone
// else, signed in or not, reads published ones. The review history follows the same
// line: it holds the reviewers' reasons, which are working notes, not publication.
import { isUuid, type Viewer } from '@connect/kit';
import { bestPracticeStatus, type BestPracticeStatus } from './db/tables.ts';

export interface Visibility {
  /** Statuses the reader sees whoever documented the practice. */
  statuses: readonly BestPracticeStatus[];
  /** An association that also sees every practice it documents, whatever its status. */
  documentingAssociationId?: string;
}

const publishedOnly: readonly BestPracticeStatus[] = Object.freeze(['PUBLISHED']);

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
