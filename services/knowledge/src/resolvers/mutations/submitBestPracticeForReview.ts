// The documenting association, or the secretariat, submits a draft for review.
import { requireDocumentedBy } from '../../access.ts';
import { practiceEventBase, reviewMutation } from '../../status-change.ts';

export const submitBestPracticeForReview = reviewMutation({
  operation: 'submitBestPracticeForReview',
  roles: ['ASSOCIATION', 'STAFF'],
  action: 'submit best practices for review',
  to: 'IN_REVIEW',
  reason: { field: 'note', required: false },
  authorise: (ctx, practice) => requireDocumentedBy(ctx.viewer, practice),
  record: (moved, { events }) => events.record('BestPracticeSubmitted', practiceEventBase(moved)),
});
