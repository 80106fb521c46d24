// The in-process transport: an append-only log in memory with a durable offset per
// consumer, so that a consumer that stops and subscribes again resumes where it was,
// as a JetStream durable consumer does. Used when every service runs in one process.
import type { Logger } from '../logging.ts';
import type { EventEnvelope, EventType } from './catalogue.ts';
import type { EventBatchHandler, EventHandler, EventTransport, Following, Subscription, TransportStatus } from './transport.ts';

interface Consumer {
  types: ReadonlySet<EventType>;
  handle: EventHandler;
  batch?: EventBatchHandler;
  draining?: Promise<void>;
  retry?: NodeJS.Timeout;
  active: boolean;
}

/** The most events a batch-taking consumer gets at once. */
const IN_PROCESS_BATCH = 500;

export class InProcessTransport implements EventTransport {
  readonly kind = 'in-process' as const;
  /** Memory is never out of reach. */
  readonly connected = true;
  private readonly events: EventEnvelope[] = [];
  private readonly offsets = new Map<string, number>();
  private readonly consumers = new Map<string, Consumer>();
  private readonly waiters = new Set<() => void>();
  private followers = 0;
  /** Consumers of `follow`: not durable, so neither readiness nor lag speaks of them (as on NATS). */
  private readonly followerNames = new Set<string>();

  constructor(
    private readonly log?: Logger,
    private readonly retryMs = 200,
  ) {}

  async publish(envelope: EventEnvelope): Promise<void> {
    this.events.push(envelope);
    for (const name of this.consumers.keys()) this.schedule(name);
  }

  async subscribe(consumer: string, types: readonly EventType[], handle: EventHandler, options: { batch?: EventBatchHandler } = {}): Promise<Subscription> {
    if (this.consumers.get(consumer)?.active) throw new Error(`consumer ${consumer} is already subscribed`);
    if (!this.offsets.has(consumer)) this.offsets.set(consumer, 0);
    const entry: Consumer = { types: new Set(types), handle, batch: options.batch, active: true };
    this.consumers.set(consumer, entry);
    this.schedule(consumer);
    return {
      stop: async () => {
        entry.active = false;
        if (entry.retry) clearTimeout(entry.retry);
        await entry.draining;
        if (this.consumers.get(consumer) === entry) this.consumers.delete(consumer);
        this.notify();
      },
    };
  }

  async status(): Promise<TransportStatus> {
    const consumers: TransportStatus['consumers'] = {};
    for (const [name, consumer] of this.consumers) {
      if (this.followerNames.has(name)) continue;
      const behind = this.events.length - (this.offsets.get(name) ?? 0);
      // The event being handled (or waiting to be retried) is the one given and not yet done.
      const ackPending = behind > 0 && (consumer.draining || consumer.retry) ? 1 : 0;
      consumers[name] = { pending: behind - ackPending, ackPending };
    }
    return { connected: true, consumers };
  }

  onReconnect(): () => void {
    return () => {};
  }

  async follow(types: readonly EventType[], handle: EventHandler): Promise<Following> {
    // A consumer of its own that starts at the first event and is forgotten when it stops.
    const name = `follower-${++this.followers}`;
    this.followerNames.add(name);
    const wanted = new Set(types);
    let before = this.events.filter((e) => wanted.has(e.type)).length;
    let done!: () => void;
    const caughtUp = new Promise<void>((resolve) => (done = resolve));
    if (before === 0) done();
    const subscription = await this.subscribe(name, types, async (envelope) => {
      await handle(envelope);
      if (before > 0 && --before === 0) done();
    });
    return {
      caughtUp,
      stop: async () => {
        await subscription.stop();
        this.offsets.delete(name);
        this.followerNames.delete(name);
      },
    };
  }

  /** Resolves when every subscribed consumer has handled every event published so far. */
  async idle(): Promise<void> {
    while (!this.isIdle()) await new Promise<void>((resolve) => this.waiters.add(resolve));
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers.values()].map(async (c) => {
      c.active = false;
      if (c.retry) clearTimeout(c.retry);
      await c.draining;
    }));
    this.consumers.clear();
    this.notify();
  }

  private isIdle(): boolean {
    for (const [name, consumer] of this.consumers) {
      if (consumer.draining || consumer.retry) return false;
      if ((this.offsets.get(name) ?? 0) < this.events.length) return false;
    }
    return true;
  }

  private schedule(name: string): void {
    const consumer = this.consumers.get(name);
    if (!consumer?.active || consumer.draining || consumer.retry) return;
    consumer.draining = this.drain(name, consumer).finally(() => {
      consumer.draining = undefined;
      if (consumer.active && !consumer.retry && (this.offsets.get(name) ?? 0) < this.events.length) this.schedule(name);
      this.notify();
    });
  }

  private async drain(name: string, consumer: Consumer): Promise<void> {
    // Let the publisher's own work finish first: delivery is asynchronous on every transport.
    await Promise.resolve();
    while (consumer.active) {
      const offset = this.offsets.get(name) ?? 0;
      const event = this.events[offset];
      if (!event) return;
      // A consumer that takes batches gets the events waiting now, up to a limit, at once.
      const end = consumer.batch ? Math.min(this.events.length, offset + IN_PROCESS_BATCH) : offset + 1;
      const wanted = this.events.slice(offset, end).filter((e) => consumer.types.has(e.type));
      if (wanted.length > 0) {
        try {
          if (consumer.batch && wanted.length > 1) await consumer.batch(wanted);
          else await consumer.handle(wanted[0]!);
        } catch (err) {
          this.log?.warn({ err, consumer: name, event: event.type, eventId: event.id, events: wanted.length }, 'event handler failed; will retry');
          consumer.retry = setTimeout(() => {
            consumer.retry = undefined;
            this.schedule(name);
          }, this.retryMs);
          return;
        }
      }
      this.offsets.set(name, end);
    }
  }

  private notify(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.waiters) resolve();
    this.waiters.clear();
  }
}
