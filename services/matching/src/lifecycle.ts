// The life of a match, as an explicit table: the platform suggests, the secretariat
// proposes or withdraws, the official accepts or declines. Accepted, declined and
// withdrawn matches are final.
import type { UserError } from '@connect/kit';

export const matchStatuses = ['SUGGESTED', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const;

export type MatchStatus = (typeof matchStatuses)[number];

/** For each status, the statuses a match may move to next. */
export const matchTransitions: Readonly<Record<MatchStatus, readonly MatchStatus[]>> = Object.freeze({
  SUGGESTED: ['PROPOSED', 'WITHDRAWN'],
  PROPOSED: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  ACCEPTED: [],
  DECLINED: [],
  WITHDRAWN: [],
});

/** A refused transition, ready for a payload's userErrors. */
export interface TransitionRefusal extends UserError {
  code: 'TRANSITION_NOT_ALLOWED';
  current: MatchStatus;
  allowed: readonly MatchStatus[];
}

export type TransitionResult = { ok: true; status: MatchStatus } | { ok: false; refusal: TransitionRefusal };

/** The status a match moves to, or why it may not. */
export function nextStatus(current: MatchStatus, wanted: MatchStatus): TransitionResult {
  const allowed = matchTransitions[current];
  if (allowed.includes(wanted)) return { ok: true, status: wanted };
  const options = allowed.length === 0 ? 'it is final' : `it can only become ${allowed.join(' or ')}`;
  return {
    ok: false,
    refusal: {
      code: 'TRANSITION_NOT_ALLOWED',
      message: `A ${current} match cannot become ${wanted}: ${options}.`,
      field: 'status',
      current,
      allowed,
    },
  };
}
