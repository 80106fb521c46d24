import { describe, expect, it } from 'vitest';
import { bestPracticeStatus, type BestPracticeStatus } from '../src/db/tables.ts';
import { nextStatus } from '../src/lifecycle.ts';

// Written out by hand, independently of the table in src/lifecycle.ts.
const allowedMoves: [BestPracticeStatus, BestPracticeStatus][] = [
  ['DRAFT', 'IN_REVIEW'],
  ['IN_REVIEW', 'PUBLISHED'],
  ['IN_REVIEW', 'DRAFT'],
];

const statuses = bestPracticeStatus.enumValues;
const everyMove = statuses.flatMap((from) => statuses.map((to) => [from, to] as const));

describe('the review of a best practice', () => {
  it.each(everyMove)('%s to %s is allowed only if the review foresees it', (from, to) => {
    const step = nextStatus(from, to);
    const allowed = allowedMoves.some(([f, t]) => f === from && t === to);
    expect(step.ok).toBe(allowed);
    if (step.ok) expect(step.status).toBe(to);
  });

  it('names where a refused practice stands and where it could go', () => {
    expect(nextStatus('DRAFT', 'PUBLISHED')).toEqual({
      ok: false,
      refusal: {
        code: 'TRANSITION_NOT_ALLOWED',
        message: 'A best practice in status DRAFT cannot move to PUBLISHED: it can only move to IN_REVIEW.',
        field: 'status',
        current: 'DRAFT',
        allowed: ['IN_REVIEW'],
      },
    });
    const stayInReview = nextStatus('IN_REVIEW', 'IN_REVIEW');
    expect(!stayInReview.ok && stayInReview.refusal.message).toBe(
      'A best practice in status IN_REVIEW cannot move to IN_REVIEW: it can only move to PUBLISHED or DRAFT.',
    );
  });

  it('keeps a published practice published', () => {
    for (const to of statuses) {
      const step = nextStatus('PUBLISHED', to);
      expect(step.ok).toBe(false);
      if (!step.ok) {
        expect(step.refusal.allowed).toEqual([]);
        expect(step.refusal.message).toBe(`A best practice in status PUBLISHED cannot move to ${to}: it is final.`);
      }
    }
  });
});
