// The NATS JetStream transport, for services in separate processes. Events go to one
// stream (subjects `<prefix>.<EventType>`), published with the event id as message id
// so that JetStream drops a duplicate publish within its window. Each service reads
// through a durable pull consumer named after it: a service that was down resumes
// where it stopped, and an event is acknowledged only after its handler committed.
import { connect, type NatsConnection } from '@nats-io/transport-node';
import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  JetStreamApiError,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
} from '@nats-io/jetstream';
import type { Logger } from '../logging.ts';
import type { EventEnvelope, EventType } from './catalogue.ts';
import type { EventHandler, EventTransport, Following, Subscription } from './transport.ts';

export interface NatsTransportOptions {
  url: string;
  /** Stream name; tests use their own so that runs never share events. */
  stream?: string;
  /** Subject prefix of the stream. */
  subjectPrefix?: string;
  log?: Logger;
  /** How long an unacknowledged event waits before it is delivered again. */
  ackWaitMs?: number;
}

const STREAM_NOT_FOUND = 10059;
const CONSUMER_NOT_FOUND = 10014;

export class NatsTransport implements EventTransport {
  readonly kind = 'nats' as const;
  private readonly subscriptions = new Set<ConsumerMessages>();
  private readonly consumers = new Set<string>();

  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly stream: string,
    private readonly prefix: string,
    private readonly options: NatsTransportOptions,
  ) {}

  static async connect(options: NatsTransportOptions): Promise<NatsTransport> {
    const nc = await connect({ servers: options.url, name: 'connect' });
    const jsm = await jetstreamManager(nc);
    const stream = options.stream ?? 'CONNECT_EVENTS';
    const prefix = options.subjectPrefix ?? 'connect.events';
    try {
      await jsm.streams.info(stream);
    } catch (error) {
      if (!(error instanceof JetStreamApiError) || error.code !== STREAM_NOT_FOUND) throw error;
      await jsm.streams.add({
        name: stream,
        subjects: [`${prefix}.>`],
        // Two minutes of duplicate detection by message id (nanoseconds).
        duplicate_window: 120 * 1_000_000_000,
      });
    }
    return new NatsTransport(nc, jetstream(nc), jsm, stream, prefix, options);
  }

  async publish(envelope: EventEnvelope): Promise<void> {
    await this.js.publish(this.subject(envelope.type), JSON.stringify(envelope), { msgID: envelope.id });
  }

  async subscribe(consumer: string, types: readonly EventType[], handle: EventHandler): Promise<Subscription> {
    // One filter subject: servers before 2.10 take no list of them. With several types
    // the consumer reads the whole stream and acknowledges the types it does not handle.
    const wanted = new Set<string>(types);
    const config = {
      durable_name: consumer,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: types.length === 1 ? this.subject(types[0]!) : `${this.prefix}.>`,
      ack_wait: (this.options.ackWaitMs ?? 30_000) * 1_000_000,
    };
    try {
      await this.jsm.consumers.info(this.stream, consumer);
      await this.jsm.consumers.update(this.stream, consumer, { filter_subject: config.filter_subject, ack_wait: config.ack_wait });
    } catch (error) {
      if (!(error instanceof JetStreamApiError) || error.code !== CONSUMER_NOT_FOUND) throw error;
      await this.jsm.consumers.add(this.stream, config);
    }
    this.consumers.add(consumer);
    const messages = await (await this.js.consumers.get(this.stream, consumer)).consume({ max_messages: 64 });
    this.subscriptions.add(messages);
    const loop = (async () => {
      for await (const message of messages) {
        let envelope: EventEnvelope;
        try {
          envelope = message.json<EventEnvelope>();
        } catch (err) {
          // Not ours to read: acknowledge it away rather than redeliver it forever.
          this.options.log?.error({ err, subject: message.subject }, 'unreadable event dropped');
          message.term();
          continue;
        }
        if (!wanted.has(envelope.type)) {
          message.ack();
          continue;
        }
        try {
          await handle(envelope);
          message.ack();
        } catch (err) {
          this.options.log?.warn({ err, consumer, event: envelope.type, eventId: envelope.id }, 'event handler failed; will retry');
          message.nak(500);
        }
      }
    })();
    return {
      stop: async () => {
        await messages.close();
        this.subscriptions.delete(messages);
        await loop;
      },
    };
  }

  /**
   * An ordered consumer: created by the server for this subscriber alone, reading the
   * stream from its first message, acknowledging nothing and vanishing when it stops. It
   * has caught up once it has handled the newest message of its types that was in the
   * stream when it began (found with a last-by-subject lookup, which is cheap).
   */
  async follow(types: readonly EventType[], handle: EventHandler): Promise<Following> {
    const wanted = new Set<string>(types);
    let newest = 0;
    for (const type of types) {
      try {
        const last = await this.jsm.streams.getMessage(this.stream, { last_by_subj: this.subject(type) });
        newest = Math.max(newest, last?.seq ?? 0);
      } catch (error) {
        // No message of that type yet.
        if (!(error instanceof JetStreamApiError)) throw error;
      }
    }
    let done!: () => void;
    const caughtUp = new Promise<void>((resolve) => (done = resolve));
    if (newest === 0) done();
    const consumer = await this.js.consumers.get(this.stream, {
      filter_subjects: types.length === 1 ? this.subject(types[0]!) : `${this.prefix}.>`,
      deliver_policy: DeliverPolicy.All,
    });
    const messages = await consumer.consume({ max_messages: 64 });
    this.subscriptions.add(messages);
    const loop = (async () => {
      for await (const message of messages) {
        try {
          const envelope = message.json<EventEnvelope>();
          if (wanted.has(envelope.type)) await handle(envelope);
        } catch (err) {
          // An ordered consumer cannot take a message back: log it and read on.
          this.options.log?.error({ err, subject: message.subject }, 'a followed event could not be handled');
        }
        if (message.info.streamSequence >= newest) done();
      }
    })();
    return {
      caughtUp,
      stop: async () => {
        await messages.close();
        this.subscriptions.delete(messages);
        await loop;
      },
    };
  }

  /** Resolves when the durable consumers of this transport have nothing pending or unacknowledged. */
  async idle(): Promise<void> {
    for (;;) {
      let busy = false;
      for (const consumer of this.consumers) {
        const info = await this.jsm.consumers.info(this.stream, consumer);
        if (info.num_pending > 0 || info.num_ack_pending > 0) busy = true;
      }
      if (!busy) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Removes the stream and its consumers (tests). */
  async destroy(): Promise<void> {
    await this.close();
    const nc = await connect({ servers: this.options.url });
    try {
      await (await jetstreamManager(nc)).streams.delete(this.stream);
    } finally {
      await nc.close();
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((m) => m.close()));
    this.subscriptions.clear();
    if (!this.nc.isClosed()) await this.nc.drain();
  }

  private subject(type: EventType): string {
    return `${this.prefix}.${type}`;
  }
}
