// The secretariat sends a practice under review back to its authors, saying why.
import { reviewMutation } from '../../status-change.ts';

export const returnBestPracticeToDraft = reviewMutation({
  operation: 'returnBestPracticeToDraft',
  roles: ['STAFF'],
  action: 'return best practices to draft',
  to: 'DRAFT',
  reason: { field: 'reason', required: true },
});
