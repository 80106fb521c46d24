import { describe, expect, it } from 'vitest';
import { exchangeStatus, type ExchangeStatus } from '../src/db/tables.ts';
import { exchangeTransitions, nextStatus } from '../src/lifecycle.ts';

const allowed: Record<ExchangeStatus, ExchangeStatus[]> = {
  PLANNED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

const pairs = exchangeStatus.enumValues.flatMap((from) => exchangeStatus.enumValues.map((to) => [from, to] as const));

describe('the lifecycle of an exchange', () => {
  it('has a row for every status and names only statuses that exist', () => {
    expect(Object.keys(exchangeTransitions).sort()).toEqual([...exchangeStatus.enumValues].sort());
    for (const next of Object.values(exchangeTransitions).flat()) expect(exchangeStatus.enumValues).toContain(next);
  });

  it.each(pairs.filter(([from, to]) => allowed[from].includes(to)))('lets a %s exchange become %s', (from, to) => {
    expect(nextStatus(from, to)).toEqual({ ok: true, status: to });
  });

  it.each(pairs.filter(([from, to]) => !allowed[from].includes(to)))(
    'refuses to turn a %s exchange into %s, naming where it stands and where it may go',
    (from, to) => {
      const result = nextStatus(from, to);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.refusal).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', field: 'status', current: from, allowed: allowed[from] });
      expect(result.refusal.message).toContain(from);
      expect(result.refusal.message).toContain(to);
      for (const next of allowed[from]) expect(result.refusal.message).toContain(next);
    },
  );

  it('says in words where an exchange may go', () => {
    const planned = nextStatus('PLANNED', 'COMPLETED');
    expect(!planned.ok && planned.refusal.message).toBe(
      'An exchange in status PLANNED cannot move to COMPLETED: it can only move to IN_PROGRESS or CANCELLED.',
    );
  });

  it('calls completed and cancelled exchanges final', () => {
    for (const from of ['COMPLETED', 'CANCELLED'] as const) {
      const result = nextStatus(from, 'IN_PROGRESS');
      expect(!result.ok && result.refusal.message).toBe(`An exchange in status ${from} cannot move to IN_PROGRESS: it is final.`);
    }
  });

  it('covers all sixteen pairs of statuses', () => {
    expect(pairs).toHaveLength(16);
    expect(pairs.filter(([from, to]) => nextStatus(from, to).ok)).toHaveLength(4);
  });
});
