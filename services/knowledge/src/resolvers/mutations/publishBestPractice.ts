// The secretariat publishes a practice it has reviewed; publishedAt is set.
import { practiceEventBase, reviewMutation } from '../../status-change.ts';

export const publishBestPractice = reviewMutation({
  operation: 'publishBestPractice',
  roles: ['STAFF'],
  action: 'publish best practices',
  to: 'PUBLISHED',
  reason: { field: 'note', required: false },
  record: async (moved, { events, repository }) =>
    events.record('BestPracticePublished', {
      ...practiceEventBase(moved),
      topics: (await repository.topicsOfBestPractices([moved.row.id])).map((row) => row.topic.code),
    }),
});
