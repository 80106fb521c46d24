import { describe, expect, it } from 'vitest';
import { nextStatus, requestStatuses, type RequestStatus } from '../src/lifecycle.ts';

// The lifecycle as the secretariat publishes it, written out again here so that the
// table in src/lifecycle.ts is checked against it, pair by pair.
const allowed: Record<RequestStatus, RequestStatus[]> = {
  DRAFT: ['SUBMITTED', 'WITHDRAWN'],
  SUBMITTED: ['VALIDATED', 'REJECTED', 'WITHDRAWN'],
  VALIDATED: ['MATCHED', 'WITHDRAWN', 'CLOSED'],
  MATCHED: ['IN_EXCHANGE', 'WITHDRAWN', 'CLOSED'],
  IN_EXCHANGE: ['COMPLETED', 'MATCHED'],
  COMPLETED: ['CLOSED'],
  REJECTED: [],
  WITHDRAWN: [],
  CLOSED: [],
};

const pairs = requestStatuses.flatMap((current) => requestStatuses.map((target) => [current, target] as const));

describe('the request lifecycle', () => {
  it('knows every status of the schema', () => {
    expect([...requestStatuses].sort()).toEqual(Object.keys(allowed).sort());
    expect(pairs).toHaveLength(81);
  });

  it.each(pairs.filter(([current, target]) => allowed[current].includes(target)))('lets a %s request move to %s', (current, target) => {
    expect(nextStatus(current, target)).toEqual({ ok: true, status: target });
  });

  it.each(pairs.filter(([current, target]) => !allowed[current].includes(target)))(
    'refuses to move a %s request to %s, naming where it may go',
    (current, target) => {
      const outcome = nextStatus(current, target);
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.refusal).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', field: 'status', current, allowed: allowed[current] });
      expect(outcome.refusal.message).toContain(current);
      expect(outcome.refusal.message).toContain(target);
      for (const next of allowed[current]) expect(outcome.refusal.message).toContain(next);
    },
  );

  it('says in words where a request may go and that final statuses are final', () => {
    const submitted = nextStatus('SUBMITTED', 'MATCHED');
    expect(!submitted.ok && submitted.refusal.message).toBe(
      'A request in status SUBMITTED cannot move to MATCHED: it can only move to VALIDATED, REJECTED or WITHDRAWN.',
    );
    const inExchange = nextStatus('IN_EXCHANGE', 'WITHDRAWN');
    expect(!inExchange.ok && inExchange.refusal.message).toBe(
      'A request in status IN_EXCHANGE cannot move to WITHDRAWN: it can only move to COMPLETED or MATCHED.',
    );
    const closed = nextStatus('CLOSED', 'DRAFT');
    expect(!closed.ok && closed.refusal.message).toBe('A request in status CLOSED cannot move to DRAFT: it is final.');
  });
});
