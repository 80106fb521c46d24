// The life of a match, as an explicit table: the platform suggests, the secretariat
// proposes or withdraws, the official accepts or declines. Accepted, declined and
// withdrawn matches are final.
import { defineLifecycle } from '@connect/kit';

export const matchStatuses = ['SUGGESTED', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const;

export type MatchStatus = (typeof matchStatuses)[number];

const lifecycle = defineLifecycle<MatchStatus>('match', {
  SUGGESTED: ['PROPOSED', 'WITHDRAWN'],
  PROPOSED: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  ACCEPTED: [],
  DECLINED: [],
  WITHDRAWN: [],
});

/** The status a match moves to, or why it may not. */
export const nextStatus = lifecycle.next;
