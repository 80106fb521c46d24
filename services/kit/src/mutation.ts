// The one way a mutation writes. It runs the work in a transaction together with the
// events it records (outbox); a refusal thrown by the work rolls everything back and
// comes back as userErrors; an idempotency key makes a retried creation return its
// first result instead of creating again. After commit the relay is told to publish.
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { actorOf } from './access.ts';
import type { Database, Transaction } from './database.ts';
import type { UserError } from './errors.ts';
import { EventRecorder } from './events/outbox.ts';
import type { ServiceTables } from './events/tables.ts';
import type { Viewer } from './viewer.ts';

/** Thrown inside a mutation's work to refuse it: nothing it wrote is kept. */
export class Refusal extends Error {
  constructor(readonly userErrors: UserError[]) {
    super(userErrors.map((e) => e.message).join('; '));
  }
}

export function refuse(code: string, message: string, field?: string): never {
  throw new Refusal([{ code, message, field: field ?? null }]);
}

export type MutationOutcome<R> = { value: R; userErrors: []; replayed: boolean } | { value: null; userErrors: UserError[]; replayed: false };

export interface MutationOptions {
  /** The mutation's name: a key reused for another mutation is refused. */
  operation: string;
  /** What the caller sent, to tell a retry from a different request under the same key. */
  input?: unknown;
  idempotencyKey?: string | null;
}

export type MutationWork<R> = (tx: Transaction, events: EventRecorder) => Promise<R>;

export type Mutate = <R>(options: MutationOptions, work: MutationWork<R>) => Promise<MutationOutcome<R>>;

export function createMutate(db: Database, tables: ServiceTables, viewer: Viewer, afterCommit: () => void): Mutate {
  return async <R>(options: MutationOptions, work: MutationWork<R>): Promise<MutationOutcome<R>> => {
    const key = options.idempotencyKey?.trim() || null;
    if (key !== null && key.length > 200) {
      return { value: null, userErrors: [{ code: 'INVALID_IDEMPOTENCY_KEY', message: 'idempotencyKey is at most 200 characters', field: 'idempotencyKey' }], replayed: false };
    }
    const scope = actorOf(viewer);
    const inputHash = hashInput(options.operation, options.input);
    let recorded = 0;
    try {
      const outcome = await db.transaction(async (tx): Promise<MutationOutcome<R>> => {
        if (key !== null) {
          const claimed = await tx
            .insert(tables.idempotencyKeys)
            .values({ scope, key, operation: options.operation, inputHash })
            .onConflictDoNothing()
            .returning({ key: tables.idempotencyKeys.key });
          if (claimed.length === 0) {
            const [first] = await tx
              .select()
              .from(tables.idempotencyKeys)
              .where(and(eq(tables.idempotencyKeys.scope, scope), eq(tables.idempotencyKeys.key, key)));
            if (first && first.inputHash === inputHash) return { value: first.result as R, userErrors: [], replayed: true };
            return {
              value: null,
              replayed: false,
              userErrors: [
                {
                  code: 'IDEMPOTENCY_KEY_REUSED',
                  message: 'This idempotencyKey was already used with a different input; use a new key for a new request',
                  field: 'idempotencyKey',
                },
              ],
            };
          }
        }
        const events = new EventRecorder(tx, tables);
        const value = await work(tx, events);
        recorded = events.count;
        if (key !== null) {
          await tx
            .update(tables.idempotencyKeys)
            .set({ result: value as unknown as object })
            .where(and(eq(tables.idempotencyKeys.scope, scope), eq(tables.idempotencyKeys.key, key)));
        }
        return { value, userErrors: [], replayed: false };
      });
      if (recorded > 0) afterCommit();
      return outcome;
    } catch (error) {
      if (error instanceof Refusal) return { value: null, userErrors: error.userErrors, replayed: false };
      throw error;
    }
  };
}

/** A stable hash of the input: the same fields in another order hash the same. */
export function hashInput(operation: string, input: unknown): string {
  return createHash('sha256').update(operation).update('\0').update(stableJson(input)).digest('hex');
}

function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([k, v]) => v !== undefined && k !== 'idempotencyKey')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}
