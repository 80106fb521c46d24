// Who may read which best practices. Drafts and practices under review are working
// documents of the secretariat; everyone else, signed in or not, reads published ones.
import type { Viewer } from '@connect/kit';
import { bestPracticeStatus, type BestPracticeStatus } from './db/tables.ts';

const publishedOnly: readonly BestPracticeStatus[] = Object.freeze(['PUBLISHED']);

export function statusesVisibleTo(viewer: Viewer): readonly BestPracticeStatus[] {
  return viewer.role === 'STAFF' ? bestPracticeStatus.enumValues : publishedOnly;
}
