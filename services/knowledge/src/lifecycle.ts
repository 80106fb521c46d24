// The review of a best practice as an explicit table: a draft is submitted for review;
// the secretariat publishes it or sends it back to be reworked; a published practice
// stays published, since others may already have read and cited it. Every change of
// status goes through `nextStatus`.
import { defineLifecycle } from '@connect/kit';
import type { BestPracticeStatus } from './db/tables.ts';

const lifecycle = defineLifecycle<BestPracticeStatus>('best practice', {
  DRAFT: ['IN_REVIEW'],
  IN_REVIEW: ['PUBLISHED', 'DRAFT'],
  PUBLISHED: [],
});

/** The status a best practice moves to, or a refusal naming where it stands and where it may go. */
export const nextStatus = lifecycle.next;
