// The lifecycle of an exchange: which status may follow which. One table, one function
// that applies it; mutations and the seeded history both go through `nextStatus`.
import { defineLifecycle } from '@connect/kit';
import type { ExchangeStatus } from './db/tables.ts';

const lifecycle = defineLifecycle<ExchangeStatus>('exchange', {
  PLANNED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
});

/** The statuses an exchange may move to from each status; an empty list means final. */
export const exchangeTransitions = lifecycle.transitions;

/** The status the exchange moves to, or a refusal naming where it stands and where it may go. */
export const nextStatus = lifecycle.next;
