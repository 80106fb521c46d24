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
  /** How often to look for unpublished events when nobody pokes. */
  pollMs?: number;
  batchSize?: number;
}

export class Relay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private again = false;
  private stopped = true;

  constructor(private readonly options: RelayOptions) {}

  start(): void {
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      this.poke();
      this.timer = setTimeout(tick, this.options.pollMs ?? 1_000);
      this.timer.unref();
    };
    tick();
  }

  /** Publishes soon; called after a transaction that recorded events commits. */
  poke(): void {
    if (this.stopped) return;
    void this.drain().catch((err: unknown) => this.options.log.warn({ err }, 'event relay could not publish; will retry'));
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

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  private async publishBatch(): Promise<number> {
    const { db, tables, transport, source } = this.options;
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
