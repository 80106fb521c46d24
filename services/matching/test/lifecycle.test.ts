import { describe, expect, it } from 'vitest';
import { matchStatuses, nextStatus, type MatchStatus } from '../src/lifecycle.ts';

// Written out again here, on purpose, rather than read from the table under test.
const allowed: Record<MatchStatus, MatchStatus[]> = {
  SUGGESTED: ['PROPOSED', 'WITHDRAWN'],
  PROPOSED: ['ACCEPTED', 'DECLINED', 'WITHDRAWN'],
  ACCEPTED: [],
  DECLINED: [],
  WITHDRAWN: [],
};

const everyPair = matchStatuses.flatMap((from) => matchStatuses.map((to) => [from, to] as const));

describe('match lifecycle', () => {
  it.each(everyPair)('%s → %s follows the transition table', (from, to) => {
    const result = nextStatus(from, to);
    if (allowed[from].includes(to)) {
      expect(result).toEqual({ ok: true, status: to });
    } else {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.refusal).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', field: 'status', current: from, allowed: allowed[from] });
      expect(result.refusal.message).toContain(`A match in status ${from} cannot move to ${to}`);
    }
  });

  it('names the allowed next statuses in a refusal', () => {
    const result = nextStatus('SUGGESTED', 'ACCEPTED');
    expect(result.ok || result.refusal.message).toBe('A match in status SUGGESTED cannot move to ACCEPTED: it can only move to PROPOSED or WITHDRAWN.');
  });

  it('says that accepted, declined and withdrawn matches are final', () => {
    for (const final of ['ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const) {
      const result = nextStatus(final, 'PROPOSED');
      expect(result.ok || result.refusal.message).toBe(`A match in status ${final} cannot move to PROPOSED: it is final.`);
    }
  });

  it('does not let a match stay where it is by "moving" to its own status', () => {
    for (const status of matchStatuses) expect(nextStatus(status, status).ok).toBe(false);
  });
});
