// The secretariat publishes a practice it has reviewed; publishedAt is set.
import { reviewMutation } from '../../status-change.ts';

export const publishBestPractice = reviewMutation({
  operation: 'publishBestPractice',
  roles: ['STAFF'],
  action: 'publish best practices',
  to: 'PUBLISHED',
  reason: { field: 'note', required: false },
});
