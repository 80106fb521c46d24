// The lifecycle of an exchange: which status may follow which. One table, one function
// that applies it; mutations and the seeded history both go through `nextStatus`.
import type { UserError } from '@connect/kit';
import type { ExchangeStatus } from './db/tables.ts';

/** The statuses an exchange may move to from each status; an empty list means final. */
export const exchangeTransitions: Readonly<Record<ExchangeStatus, readonly ExchangeStatus[]>> = Object.freeze({
  PLANNED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
});

/** A refused transition, ready for a payload's userErrors. */
export interface TransitionRefusal extends UserError {
  code: 'TRANSITION_NOT_ALLOWED';
  current: ExchangeStatus;
  allowed: readonly ExchangeStatus[];
}

export type TransitionResult = { ok: true; status: ExchangeStatus } | { ok: false; refusal: TransitionRefusal };

/** The status the exchange moves to, or a refusal naming where it stands and where it may go. */
export function nextStatus(current: ExchangeStatus, requested: ExchangeStatus): TransitionResult {
  const allowed = exchangeTransitions[current];
  if (allowed.includes(requested)) return { ok: true, status: requested };
  const message =
    allowed.length === 0
      ? `The exchange is ${current}, which is final: it cannot become ${requested}`
      : `The exchange is ${current}: it can become ${allowed.join(' or ')}, not ${requested}`;
  return { ok: false, refusal: { code: 'TRANSITION_NOT_ALLOWED', message, field: 'status', current, allowed } };
}
