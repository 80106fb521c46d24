import { describe, expect, it } from 'vitest';
import { defineLifecycle } from '../src/lifecycle.ts';

// A small lifecycle in the shape the services use: one status with three ways out, one
// with one, two final ones, and an entity whose name asks for "An".
type InvitationStatus = 'SENT' | 'OPENED' | 'ACCEPTED' | 'EXPIRED';
const invitation = defineLifecycle<InvitationStatus>('invitation', {
  SENT: ['OPENED', 'ACCEPTED', 'EXPIRED'],
  OPENED: ['ACCEPTED'],
  ACCEPTED: [],
  EXPIRED: [],
});

const allowed: Record<InvitationStatus, InvitationStatus[]> = {
  SENT: ['OPENED', 'ACCEPTED', 'EXPIRED'],
  OPENED: ['ACCEPTED'],
  ACCEPTED: [],
  EXPIRED: [],
};
const pairs = invitation.statuses.flatMap((current) => invitation.statuses.map((target) => [current, target] as const));

describe('a lifecycle defined from a table of transitions', () => {
  it('lists its statuses in the order of the table', () => {
    expect(invitation.statuses).toEqual(['SENT', 'OPENED', 'ACCEPTED', 'EXPIRED']);
    expect(invitation.transitions).toEqual(allowed);
    expect(pairs).toHaveLength(16);
  });

  it.each(pairs)('moves an invitation from %s to %s only where the table allows it', (current, target) => {
    const outcome = invitation.next(current, target);
    if (allowed[current].includes(target)) {
      expect(outcome).toEqual({ ok: true, status: target });
      return;
    }
    expect(outcome).toEqual({
      ok: false,
      refusal: {
        code: 'TRANSITION_NOT_ALLOWED',
        message: expect.stringContaining(`An invitation in status ${current} cannot move to ${target}: `),
        field: 'status',
        current,
        allowed: allowed[current],
      },
    });
  });

  it('says in one sentence where an entity may go, or that its status is final', () => {
    const refusal = (current: InvitationStatus, target: InvitationStatus) => {
      const outcome = invitation.next(current, target);
      return outcome.ok ? undefined : outcome.refusal.message;
    };
    expect(refusal('OPENED', 'EXPIRED')).toBe('An invitation in status OPENED cannot move to EXPIRED: it can only move to ACCEPTED.');
    expect(refusal('SENT', 'SENT')).toBe(
      'An invitation in status SENT cannot move to SENT: it can only move to OPENED, ACCEPTED or EXPIRED.',
    );
    expect(refusal('ACCEPTED', 'OPENED')).toBe('An invitation in status ACCEPTED cannot move to OPENED: it is final.');

    const review = defineLifecycle('best practice', { DRAFT: ['IN_REVIEW'], IN_REVIEW: ['PUBLISHED', 'DRAFT'], PUBLISHED: [] });
    const outcome = review.next('DRAFT', 'PUBLISHED');
    expect(!outcome.ok && outcome.refusal.message).toBe(
      'A best practice in status DRAFT cannot move to PUBLISHED: it can only move to IN_REVIEW.',
    );
    const twoWays = review.next('IN_REVIEW', 'IN_REVIEW');
    expect(!twoWays.ok && twoWays.refusal.message).toBe(
      'A best practice in status IN_REVIEW cannot move to IN_REVIEW: it can only move to PUBLISHED or DRAFT.',
    );
  });

  it('cannot be changed after it is defined', () => {
    expect(Object.isFrozen(invitation.transitions)).toBe(true);
    expect(Object.isFrozen(invitation.transitions.SENT)).toBe(true);
    expect(Object.isFrozen(invitation.statuses)).toBe(true);
  });

  it('keeps its own copy of the table it was given', () => {
    const table: Record<'OPEN' | 'CLOSED', ('OPEN' | 'CLOSED')[]> = { OPEN: ['CLOSED'], CLOSED: [] };
    const lifecycle = defineLifecycle('ticket', table);
    table.CLOSED.push('OPEN');
    expect(lifecycle.next('CLOSED', 'OPEN').ok).toBe(false);
  });

  it('refuses, when defined, a table that moves to a status it has no row for', () => {
    const table = { OPEN: ['CLOSED', 'ARCHIVED'], CLOSED: [] } as unknown as Record<'OPEN' | 'CLOSED', 'OPEN'[]>;
    expect(() => defineLifecycle('ticket', table)).toThrow('the ticket lifecycle moves OPEN to unknown ARCHIVED');
  });
});
