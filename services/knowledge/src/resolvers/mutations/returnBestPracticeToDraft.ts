// The secretariat sends a practice under review back to its authors, saying why.
import { practiceEventBase, reviewMutation } from '../../status-change.ts';

export const returnBestPracticeToDraft = reviewMutation({
  operation: 'returnBestPracticeToDraft',
  roles: ['STAFF'],
  action: 'return best practices to draft',
  to: 'DRAFT',
  reason: { field: 'reason', required: true },
  // The reason is required for this step, so it is never null here.
  record: (moved, { events, reason }) => events.record('BestPracticeReturned', { ...practiceEventBase(moved), reason: reason ?? '' }),
});
