// The one way a status changes, in every service: lock the row, ask the lifecycle
// table, run the service's further check, write the status and the history row, and
// record what the change tells other services, all in the caller's transaction. A
// service declares only what is its own: how its rows are locked and written (a small
// store), and which event a change records.
import type { UserError } from './errors.ts';
import type { Lifecycle } from './lifecycle.ts';
import { Refusal } from './mutation.ts';

/** What a change of status writes. `at` is left out to take the transaction's time. */
export interface StatusWrite<S extends string> {
  from: S;
  to: S;
  actor: string;
  reason: string | null;
  at?: Date;
}

/** How a service's rows are read and moved; the service builds one over its transaction. */
export interface TransitionStore<Row, S extends string> {
  /** The row, locked for the rest of the transaction, so two changes of it take turns; null when there is none. */
  lock(id: string): Promise<Row | null>;
  /** Writes the new status and the history row; answers when the change happened. */
  write(row: Row, change: StatusWrite<S>): Promise<Date>;
}

/** What moved: the row as it was before, the two statuses and when. */
export interface Moved<Row, S extends string> {
  row: Row;
  from: S;
  to: S;
  at: Date;
}

export interface Transition<Row extends { status: S }, S extends string> {
  lifecycle: Pick<Lifecycle<S>, 'next'>;
  store: TransitionStore<Row, S>;
  /** The row to move. */
  id: string;
  to: S;
  /** Who moves it, as the history says: OFFICIAL:<id>, STAFF, SYSTEM. */
  actor: string;
  reason?: string | null;
  /** When it happened, if not now (an event's time). */
  at?: Date;
  /** The refusal when there is no such row. */
  missing: UserError;
  /** A rule the lifecycle table cannot hold, asked once the table allows the change; refuses by throwing. */
  check?(row: Row): Promise<void> | void;
  /** Records what the change tells others (events), after it is written. */
  record?(moved: Moved<Row, S>): Promise<void>;
}

/**
 * Moves a row along its lifecycle, or refuses (throws a Refusal whose userError is the
 * lifecycle's TransitionRefusal, or the service's own): inside `ctx.mutate` nothing
 * the mutation wrote is kept, and an event handler may catch it to leave the row as it is.
 */
export async function applyTransition<Row extends { status: S }, S extends string>(transition: Transition<Row, S>): Promise<Moved<Row, S>> {
  const row = await transition.store.lock(transition.id);
  if (!row) throw new Refusal([transition.missing]);
  const step = transition.lifecycle.next(row.status, transition.to);
  if (!step.ok) throw new Refusal([step.refusal]);
  await transition.check?.(row);
  const change: StatusWrite<S> = { from: row.status, to: step.status, actor: transition.actor, reason: transition.reason ?? null };
  if (transition.at) change.at = transition.at;
  const at = await transition.store.write(row, change);
  const moved = { row, from: row.status, to: step.status, at };
  await transition.record?.(moved);
  return moved;
}
