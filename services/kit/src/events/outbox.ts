// Writing events and relaying them. A mutation records its events in the same
// transaction as its business rows; the relay later reads what is not yet published,
// hands it to the transport and marks it published. A crash between commit and publish
// loses nothing: the rows are still unpublished when the relay starts again. A crash
// between publish and mark publishes twice, which inboxes absorb (at least once).
import { randomUUID } from 'node:crypto';
import { asc, inArray, isNull, sql } from 'drizzle-orm';
import type { Database, Executor } from '../database.ts';
import type { Logger } from '../logging.ts';
import type { EventEnvelope, EventPayloads, EventType } from './catalogue.ts';
import type { EventTables } from './tables.ts';
import type { EventTransport } from './transport.ts';

/** Records events inside the caller's transaction. */
export class EventRecorder {
  private recorded = 0;
  constructor(
    private readonly tx: Executor,
    private readonly tables: EventTables,
  ) {}

  async record<T extends EventType>(type: T, payload: EventPayloads[T]): Promise<string> {
    const id = randomUUID();
    await this.tx.insert(this.tables.outbox).values({ id, type, payload });
    this.recorded++;
    return id;
  }

  get count(): number {
    return this.recorded;
  }
}

export interface RelayOptions {
  db: Database;
  tables: EventTables;
  transport: EventTransport;
  source: string;
  log: Logger;
  /** How often to look for unpublished events when nobody pokes (rows another replica left, say). */
  pollMs?: number;
  /** Events published per transaction, in order, and marked published together. */
  batchSize?: number;
  /** First and longest wait before publishing again after a failure. */
  retryInitialMs?: number;
  retryMaxMs?: number;
}

/** How the relay is doing, for readiness. */
export interface RelayStatus {
  /** Consecutive failed attempts; 0 while publishing works. */
  failures: number;
  /** Since when publishing has failed (ISO time), while it does. */
  failingSince?: string;
  lastError?: string;
}

/** The transport cannot take events now; the relay waits for it to come back. */
class TransportUnavailable extends Error {
  constructor() {
    super('the event transport is disconnected');
  }
}

/**
 * Publishes the outbox. It never drops an event: after a failure it tries again by
 * itself, waiting longer each time up to a few seconds, and at once when the transport
 * says it is back.
 */
export class Relay {
  private timer: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private again = false;
  private stopped = true;
  private failures = 0;
  private failingSince: Date | undefined;
  private lastError: string | undefined;
  private stopListening: (() => void) | undefined;

  constructor(private readonly options: RelayOptions) {}

  start(): void {
    this.stopped = false;
    this.stopListening = this.options.transport.onReconnect(() => this.poke());
    const tick = () => {
      if (this.stopped) return;
      // While failing, the backoff decides when to try again.
      if (!this.retry) this.poke();
      this.timer = setTimeout(tick, this.options.pollMs ?? 1_000);
      this.timer.unref();
    };
    tick();
  }

  /** Publishes soon; called after a transaction that recorded events commits. */
  poke(): void {
    if (this.stopped) return;
    void this.drain().then(
      () => this.succeeded(),
      (err: unknown) => this.failed(err),
    );
  }

  /** Publishes everything unpublished; resolves with how many were published. */
  drain(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let total = 0;
      try {
        do {
          this.again = false;
          let published: number;
          do {
            published = await this.publishBatch();
            total += published;
          } while (published > 0);
        } while (this.again);
      } finally {
        this.running = undefined;
      }
      return total;
    })();
    return this.running;
  }

  status(): RelayStatus {
    return { failures: this.failures, failingSince: this.failingSince?.toISOString(), lastError: this.lastError };
  }

  /** Events recorded and not yet published. */
  async depth(): Promise<number> {
    const { db, tables } = this.options;
    const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(tables.outbox).where(isNull(tables.outbox.publishedAt));
    return row?.count ?? 0;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopListening?.();
    if (this.timer) clearTimeout(this.timer);
    if (this.retry) clearTimeout(this.retry);
    await this.running?.catch(() => undefined);
  }

  private succeeded(): void {
    if (this.failures === 0) return;
    this.options.log.info({ failures: this.failures, since: this.failingSince }, 'event relay publishing again');
    this.failures = 0;
    this.failingSince = undefined;
    this.lastError = undefined;
  }

  private failed(err: unknown): void {
    this.failures++;
    this.failingSince ??= new Date();
    this.lastError = err instanceof Error ? err.message : String(err);
    // The transport reports its own outage; a publish that fails while it is up is news.
    if (!(err instanceof TransportUnavailable) && (this.failures === 1 || this.failures % 10 === 0)) {
      this.options.log.warn({ err, failures: this.failures }, 'event relay could not publish; will retry');
    }
    if (this.stopped || this.retry) return;
    const initial = this.options.retryInitialMs ?? 100;
    const longest = this.options.retryMaxMs ?? 5_000;
    const wait = Math.min(longest, initial * 2 ** (this.failures - 1)) * (0.8 + Math.random() * 0.4);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.poke();
    }, wait);
    this.retry.unref();
  }

  private async publishBatch(): Promise<number> {
    const { db, tables, transport, source } = this.options;
    // Not while disconnected: the rows would stay locked for a publish timeout for nothing.
    if (!transport.connected) throw new TransportUnavailable();
    return db.transaction(async (tx) => {
      // SKIP LOCKED lets several replicas of a service relay side by side.
      const rows = await tx
        .select()
        .from(tables.outbox)
        .where(isNull(tables.outbox.publishedAt))
        .orderBy(asc(tables.outbox.position))
        .limit(this.options.batchSize ?? 100)
        .for('update', { skipLocked: true });
      if (rows.length === 0) return 0;
      // One after the other, each confirmed before the next: a refused event stops the
      // batch, so no later event reaches the stream before it (pipelining would save
      // about a millisecond an event on loopback, and could reorder on a failure).
      for (const row of rows) {
        const envelope: EventEnvelope = {
          id: row.id,
          type: row.type as EventType,
          source,
          occurredAt: row.occurredAt.toISOString(),
          payload: row.payload as EventPayloads[EventType],
        };
        await transport.publish(envelope);
      }
      await tx
        .update(tables.outbox)
        .set({ publishedAt: sql`now()` })
        .where(inArray(tables.outbox.position, rows.map((r) => r.position)));
      return rows.length;
    });
  }
}
