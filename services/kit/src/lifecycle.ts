// State machines as explicit tables. A service writes, per entity, the statuses each
// status may move to; `defineLifecycle` turns that table into the one function every
// change of status goes through, so that no code path invents a transition and a
// refused one reads the same in every payload of every service.
import type { UserError } from './errors.ts';

/** A refused transition, shaped to go straight into a payload's userErrors. */
export interface TransitionRefusal<S extends string = string> extends UserError {
  code: 'TRANSITION_NOT_ALLOWED';
  field: 'status';
  current: S;
  allowed: readonly S[];
}

export type TransitionOutcome<S extends string = string> =
  | { ok: true; status: S }
  | { ok: false; refusal: TransitionRefusal<S> };

export interface Lifecycle<S extends string> {
  /** For each status, the statuses it may move to; an empty list means final. */
  transitions: Readonly<Record<S, readonly S[]>>;
  /** Every status, in the order the table lists them. */
  statuses: readonly S[];
  /** The status the entity moves to, or a refusal naming where it stands and where it may go. */
  next(current: S, target: S): TransitionOutcome<S>;
}

/**
 * The lifecycle of one kind of entity. `entity` is its name as a sentence uses it
 * ("request", "best practice"): refusals read "A request in status SUBMITTED cannot
 * move to MATCHED: it can only move to VALIDATED, REJECTED or WITHDRAWN."
 */
export function defineLifecycle<const S extends string>(entity: string, table: Record<S, readonly S[]>): Lifecycle<S> {
  const statuses = Object.freeze(Object.keys(table) as S[]);
  for (const status of statuses) {
    const unknown = table[status].filter((target) => !statuses.includes(target));
    // A table naming a status it has no row for is a fault in the service, found at import.
    if (unknown.length > 0) throw new Error(`the ${entity} lifecycle moves ${status} to unknown ${unknown.join(', ')}`);
  }
  const transitions = Object.freeze(
    Object.fromEntries(statuses.map((status) => [status, Object.freeze([...table[status]])])) as Record<S, readonly S[]>,
  );
  const subject = `${/^[aeiou]/i.test(entity) ? 'An' : 'A'} ${entity}`;

  function next(current: S, target: S): TransitionOutcome<S> {
    const allowed = transitions[current];
    if (allowed.includes(target)) return { ok: true, status: target };
    const options = allowed.length === 0 ? 'it is final' : `it can only move to ${listed(allowed)}`;
    return {
      ok: false,
      refusal: {
        code: 'TRANSITION_NOT_ALLOWED',
        message: `${subject} in status ${current} cannot move to ${target}: ${options}.`,
        field: 'status',
        current,
        allowed,
      },
    };
  }

  return { transitions, statuses, next };
}

/** "A", "A or B", "A, B or C". */
function listed(statuses: readonly string[]): string {
  if (statuses.length === 1) return statuses[0]!;
  return `${statuses.slice(0, -1).join(', ')} or ${statuses.at(-1)}`;
}
