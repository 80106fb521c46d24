// The NATS JetStream transport, for services in separate processes. Events go to one
// stream (subjects `<prefix>.<EventType>`), published with the event id as message id
// so that JetStream drops a duplicate publish within its window. Each service reads
// through a durable pull consumer named after it: a service that was down resumes
// where it stopped, and an event is acknowledged only after its handler committed.
//
// Outages are part of the contract. The client reconnects for ever, with a backoff
// that grows to a few seconds and jitter so that a fleet does not knock in step; a
// consumer whose message stream ends or fails is subscribed again; `status()` says
// whether events flow and how far behind each consumer is, for readiness and metrics.
import { connect, type NatsConnection, type Status } from '@nats-io/transport-node';
import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  JetStreamApiError,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
} from '@nats-io/jetstream';
import type { Logger } from '../logging.ts';
import type { EventEnvelope, EventType } from './catalogue.ts';
import { defaultEventNames, durableConsumerName, type EventNames } from './names.ts';
import type { ConsumerLag, EventHandler, EventTransport, Following, Subscription, TransportStatus } from './transport.ts';

/** How events are delivered; the defaults are what `pnpm bench:events` was tuned with. */
export interface DeliverySettings {
  /**
   * How long an event given to a consumer waits for its acknowledgement before it is
   * given again. After a crash, what the dead process held comes back after this long;
   * a handler that runs longer keeps its event by telling the server it is still working.
   */
  ackWaitMs: number;
  /** Events given to a consumer (all its replicas together) and not yet acknowledged. */
  maxAckPending: number;
  /** Events a consumer asks for at a time. */
  batch: number;
  /** How long a failed handler waits before its event comes back. */
  retryDelayMs: number;
  /** First and longest wait between reconnection attempts (jitter of ±20 % added). */
  reconnectInitialMs: number;
  reconnectMaxMs: number;
  /** How long the first connection may take before the start fails with an explanation. */
  connectTimeoutMs: number;
}

export const defaultDelivery: DeliverySettings = {
  ackWaitMs: 5_000,
  maxAckPending: 256,
  batch: 32,
  retryDelayMs: 500,
  reconnectInitialMs: 250,
  reconnectMaxMs: 5_000,
  connectTimeoutMs: 5_000,
};

export interface NatsTransportOptions {
  url: string;
  /** Stream name; tests use their own so that runs never share events. */
  stream?: string;
  /** Subject prefix of the stream. */
  subjectPrefix?: string;
  log?: Logger;
  delivery?: Partial<DeliverySettings>;
}

const STREAM_NOT_FOUND = 10059;
const CONSUMER_NOT_FOUND = 10014;
const STREAM_SUBJECT_OVERLAP = 10065;
/** How long readiness waits for fresh consumer figures before it shows the last ones. */
const STATUS_TIMEOUT_MS = 1_000;

interface ConsumerEntry {
  durable: string;
  stopped: boolean;
  messages?: ConsumerMessages;
  /** Why the consumer cannot receive right now (its subscription is being re-established). */
  problem?: string;
  lag: ConsumerLag;
  /** Wakes the supervisor from its backoff when the subscription is stopped. */
  wake?: () => void;
}

interface Connection {
  connected: boolean;
  since: number;
  attempts: number;
  lastError?: string;
}

export class NatsTransport implements EventTransport {
  readonly kind = 'nats' as const;
  private readonly consumers = new Map<string, ConsumerEntry>();
  private readonly reconnectListeners = new Set<() => void>();
  /** Ordered consumers of `follow`, closed with the transport. */
  private readonly followers = new Set<ConsumerMessages>();
  private readonly connection: Connection = { connected: true, since: Date.now(), attempts: 0 };
  private closing = false;
  private lagRead: { at: number; done: Promise<void> } | undefined;

  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly names: EventNames,
    private readonly delivery: DeliverySettings,
    private readonly options: NatsTransportOptions,
  ) {
    void this.watchConnection();
  }

  static async connect(options: NatsTransportOptions): Promise<NatsTransport> {
    const delivery = { ...defaultDelivery, ...options.delivery };
    const names: EventNames = {
      stream: options.stream ?? defaultEventNames.stream,
      subjectPrefix: options.subjectPrefix ?? defaultEventNames.subjectPrefix,
    };
    // The delay is drawn once per attempt: the client asks for it more than once while it waits.
    const backoff = { attempt: -1, delay: 0 };
    let attempts = 0;
    const nc = await openConnection(options.url, {
      name: 'connect',
      timeout: delivery.connectTimeoutMs,
      // Never give up: an outage of any length ends with the backlog delivered.
      maxReconnectAttempts: -1,
      reconnectDelayHandler: () => {
        if (backoff.attempt !== attempts) backoff.delay = reconnectDelay(attempts, delivery);
        backoff.attempt = attempts;
        return backoff.delay;
      },
      // A connection that silently stops answering (no FIN, a partition) is noticed within ~30 s.
      pingInterval: 10_000,
      maxPingOut: 2,
    });
    // The attempt counter the delay handler reads; the transport keeps its own for status.
    void (async () => {
      for await (const s of nc.status()) {
        if (s.type === 'reconnecting') attempts++;
        else if (s.type === 'reconnect') attempts = 0;
      }
    })();
    try {
      const jsm = await jetstreamManager(nc, { timeout: 5_000 }).catch((error: unknown) => {
        throw explainJetStreamFailure(options.url, error);
      });
      await ensureStream(jsm, names, options.url);
      return new NatsTransport(nc, jetstream(nc, { timeout: 5_000 }), jsm, names, delivery, options);
    } catch (error) {
      await nc.close();
      throw error;
    }
  }

  get connected(): boolean {
    return this.connection.connected;
  }

  async publish(envelope: EventEnvelope): Promise<void> {
    await this.js.publish(this.subject(envelope.type), JSON.stringify(envelope), { msgID: envelope.id });
  }

  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => this.reconnectListeners.delete(listener);
  }

  async subscribe(consumer: string, types: readonly EventType[], handle: EventHandler): Promise<Subscription> {
    if (this.consumers.has(consumer)) throw new Error(`consumer ${consumer} is already subscribed`);
    // One filter subject: servers before 2.10 take no list of them. With several types
    // the consumer reads the whole stream and acknowledges the types it does not handle.
    const filter = types.length === 1 ? this.subject(types[0]!) : `${this.names.subjectPrefix}.>`;
    const entry: ConsumerEntry = { durable: durableConsumerName(consumer, this.names), stopped: false, lag: { pending: 0, ackPending: 0 } };
    // A consumer that cannot be set up at start is a configuration fault: fail the start.
    await this.ensureConsumer(entry.durable, filter);
    this.consumers.set(consumer, entry);
    const loop = this.superviseConsumer(consumer, entry, filter, new Set<string>(types), handle);
    return {
      stop: async () => {
        entry.stopped = true;
        entry.wake?.();
        await entry.messages?.close().catch(() => undefined);
        await loop;
        this.consumers.delete(consumer);
      },
    };
  }

  async status(): Promise<TransportStatus> {
    const { connection } = this;
    if (this.connected) await this.refreshLag();
    const consumers = Object.fromEntries([...this.consumers].map(([name, entry]) => [name, { ...entry.lag }]));
    if (!connection.connected) {
      const seconds = Math.round((Date.now() - connection.since) / 1_000);
      const cause = connection.lastError ? `; last error: ${connection.lastError}` : '';
      return {
        connected: false,
        reason: `NATS connection lost ${seconds} s ago (reconnecting, attempt ${connection.attempts}${cause})`,
        consumers,
      };
    }
    const troubled = [...this.consumers].filter(([, entry]) => entry.problem);
    if (troubled.length > 0) {
      const reason = troubled.map(([name, entry]) => `consumer ${name} is not receiving events (${entry.problem}; subscribing again)`).join('; ');
      return { connected: true, reason, consumers };
    }
    return { connected: true, consumers };
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
        const last = await this.jsm.streams.getMessage(this.names.stream, { last_by_subj: this.subject(type) });
        newest = Math.max(newest, last?.seq ?? 0);
      } catch (error) {
        // No message of that type yet.
        if (!(error instanceof JetStreamApiError)) throw error;
      }
    }
    let done!: () => void;
    const caughtUp = new Promise<void>((resolve) => (done = resolve));
    if (newest === 0) done();
    const consumer = await this.js.consumers.get(this.names.stream, {
      filter_subjects: types.length === 1 ? this.subject(types[0]!) : `${this.names.subjectPrefix}.>`,
      deliver_policy: DeliverPolicy.All,
    });
    const messages = await consumer.consume({ max_messages: 64 });
    this.followers.add(messages);
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
        this.followers.delete(messages);
        await loop;
      },
    };
  }

  /** Resolves when the durable consumers of this transport have nothing pending or unacknowledged. */
  async idle(): Promise<void> {
    for (;;) {
      let busy = false;
      for (const entry of this.consumers.values()) {
        const info = await this.jsm.consumers.info(this.names.stream, entry.durable);
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
      await (await jetstreamManager(nc)).streams.delete(this.names.stream);
    } finally {
      await nc.close();
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const entry of this.consumers.values()) {
      entry.stopped = true;
      entry.wake?.();
    }
    await Promise.all([...this.consumers.values()].map((entry) => entry.messages?.close().catch(() => undefined)));
    await Promise.all([...this.followers].map((messages) => messages.close().catch(() => undefined)));
    if (this.nc.isClosed()) return;
    // Draining needs the server; while it is out of reach, just close.
    if (this.connected) await this.nc.drain().catch(() => this.nc.close());
    else await this.nc.close();
  }

  private subject(type: EventType): string {
    return `${this.names.subjectPrefix}.${type}`;
  }

  private async watchConnection(): Promise<void> {
    const { connection } = this;
    const log = this.options.log;
    for await (const s of this.nc.status() as AsyncIterable<Status>) {
      switch (s.type) {
        case 'disconnect':
          if (this.closing) break;
          Object.assign(connection, { connected: false, since: Date.now(), attempts: 0 });
          log?.warn({ server: s.server }, 'NATS connection lost; reconnecting (events wait in the outboxes)');
          break;
        case 'reconnecting':
          connection.attempts++;
          if (connection.attempts % 10 === 0) log?.warn({ attempts: connection.attempts }, 'NATS still unreachable; reconnecting');
          break;
        case 'reconnect': {
          const downMs = Date.now() - connection.since;
          log?.info({ server: s.server, downMs, attempts: connection.attempts }, 'NATS connection restored');
          Object.assign(connection, { connected: true, since: Date.now(), attempts: 0, lastError: undefined });
          for (const listener of this.reconnectListeners) listener();
          break;
        }
        case 'error':
          connection.lastError = s.error.message;
          break;
        case 'staleConnection':
          log?.warn('NATS stopped answering pings; reconnecting');
          break;
        case 'close':
          connection.connected = false;
          if (!this.closing) connection.lastError = 'connection closed';
          break;
        default:
          break;
      }
    }
  }

  private async ensureConsumer(durable: string, filter: string): Promise<void> {
    const { stream } = this.names;
    const settings = {
      filter_subject: filter,
      ack_wait: this.delivery.ackWaitMs * 1_000_000,
      max_ack_pending: this.delivery.maxAckPending,
    };
    try {
      await this.jsm.consumers.info(stream, durable);
    } catch (error) {
      if (!(error instanceof JetStreamApiError) || error.code !== CONSUMER_NOT_FOUND) throw error;
      await this.jsm.consumers.add(stream, {
        durable_name: durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ...settings,
      });
      return;
    }
    await this.jsm.consumers.update(stream, durable, settings);
  }

  /**
   * Keeps one consumer receiving for as long as it is subscribed: when its message
   * stream ends or fails (the consumer or the stream was deleted, the connection closed),
   * the consumer is set up and subscribed again after a backoff.
   */
  private async superviseConsumer(
    name: string,
    entry: ConsumerEntry,
    filter: string,
    wanted: ReadonlySet<string>,
    handle: EventHandler,
  ): Promise<void> {
    const log = this.options.log;
    let failures = 0;
    while (!entry.stopped) {
      try {
        if (failures > 0) await this.ensureConsumer(entry.durable, filter);
        const consumer = await this.js.consumers.get(this.names.stream, entry.durable);
        const messages = await consumer.consume({ max_messages: this.delivery.batch, abort_on_missing_resource: true });
        entry.messages = messages;
        if (entry.stopped) break;
        if (failures > 0) log?.info({ consumer: name }, 'event consumer receiving again');
        entry.problem = undefined;
        failures = 0;
        for await (const message of messages) await this.handleMessage(name, message, wanted, handle);
        if (entry.stopped) break;
        throw new Error('its message stream ended');
      } catch (error) {
        if (entry.stopped) break;
        failures++;
        entry.problem = error instanceof Error ? error.message : String(error);
        if (failures === 1 || failures % 10 === 0) log?.warn({ err: error, consumer: name, failures }, 'event consumer stopped receiving; subscribing again');
      } finally {
        entry.messages = undefined;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, reconnectDelay(failures, this.delivery));
        entry.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      entry.wake = undefined;
    }
  }

  private async handleMessage(name: string, message: JsMsg, wanted: ReadonlySet<string>, handle: EventHandler): Promise<void> {
    const log = this.options.log;
    let envelope: EventEnvelope;
    try {
      envelope = message.json<EventEnvelope>();
    } catch (err) {
      // Not ours to read: acknowledge it away rather than redeliver it forever.
      log?.error({ err, subject: message.subject }, 'unreadable event dropped');
      message.term();
      return;
    }
    if (!wanted.has(envelope.type)) {
      message.ack();
      return;
    }
    // A slow handler keeps its event: without this, a short ack wait would hand it out again.
    const working = setInterval(() => message.working(), Math.max(100, Math.floor(this.delivery.ackWaitMs / 3)));
    try {
      await handle(envelope);
      message.ack();
    } catch (err) {
      log?.warn({ err, consumer: name, event: envelope.type, eventId: envelope.id }, 'event handler failed; will retry');
      message.nak(this.delivery.retryDelayMs);
    } finally {
      clearInterval(working);
    }
  }

  /**
   * Reads every consumer's lag, giving up after a moment and keeping the last figures.
   * Readiness of the gateway and of every subgraph may ask at once: one read a second serves them all.
   */
  private refreshLag(): Promise<void> {
    if (this.lagRead && Date.now() - this.lagRead.at < STATUS_TIMEOUT_MS) return this.lagRead.done;
    this.lagRead = { at: Date.now(), done: this.readLag() };
    return this.lagRead.done;
  }

  private async readLag(): Promise<void> {
    const reads = [...this.consumers.values()].map(async (entry) => {
      const info = await this.jsm.consumers.info(this.names.stream, entry.durable);
      entry.lag = { pending: info.num_pending, ackPending: info.num_ack_pending };
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, STATUS_TIMEOUT_MS)));
    await Promise.race([Promise.allSettled(reads), timeout]);
    clearTimeout(timer);
  }
}

/** Exponential from the initial wait to the longest, ±20 % jitter. */
function reconnectDelay(attempt: number, delivery: DeliverySettings): number {
  const base = Math.min(delivery.reconnectMaxMs, delivery.reconnectInitialMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/** Connects, or fails with what was tried and what to check instead of the client's bare error. */
async function openConnection(url: string, options: Parameters<typeof connect>[0]): Promise<NatsConnection> {
  try {
    return await connect({ ...options, servers: url });
  } catch (error) {
    throw new Error(explainConnectFailure(url, error, options?.timeout ?? 0), { cause: error });
  }
}

function explainConnectFailure(url: string, error: unknown, timeoutMs: number): string {
  const where = `Could not connect to NATS at ${withoutCredentials(url)} (NATS_URL)`;
  const err = error as { name?: string; message?: string; code?: string; cause?: { code?: string } };
  const code = err.code ?? err.cause?.code;
  if (err.name === 'TimeoutError' || err.message === 'timeout') {
    return (
      `${where}: something accepted the connection but did not greet like a NATS server within ${timeoutMs / 1_000} s. ` +
      'Check that NATS_URL names the client port of nats-server (4222 by default), not its monitoring port (8222) ' +
      'or another service such as HTTP or PostgreSQL.'
    );
  }
  if (code === 'ECONNREFUSED' || err.message === 'connection refused') {
    return `${where}: the connection was refused. Check that nats-server is running there with JetStream enabled (-js) and that the host and port are right.`;
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `${where}: the host name does not resolve. Check the host in NATS_URL.`;
  }
  return `${where}: ${err.message ?? String(error)}. Check that nats-server is running there with JetStream enabled (-js).`;
}

/** The stream exists (created on first start) and takes this deployment's subjects. */
async function ensureStream(jsm: JetStreamManager, names: EventNames, url: string): Promise<void> {
  const subjects = `${names.subjectPrefix}.>`;
  let existing: string[] | undefined;
  try {
    existing = (await jsm.streams.info(names.stream)).config.subjects ?? [];
  } catch (error) {
    if (!(error instanceof JetStreamApiError) || error.code !== STREAM_NOT_FOUND) throw explainJetStreamFailure(url, error);
  }
  if (existing) {
    if (existing.includes(subjects)) return;
    throw new Error(
      `The NATS stream ${names.stream} carries ${existing.join(', ') || 'no subjects'}, not ${subjects}: ` +
        'it belongs to another deployment. Set EVENTS_STREAM and EVENTS_SUBJECT_PREFIX to names of this deployment.',
    );
  }
  try {
    await jsm.streams.add({
      name: names.stream,
      subjects: [subjects],
      // Two minutes of duplicate detection by message id (nanoseconds).
      duplicate_window: 120 * 1_000_000_000,
    });
  } catch (error) {
    if (error instanceof JetStreamApiError && error.code === STREAM_SUBJECT_OVERLAP) {
      throw new Error(
        `Another NATS stream already carries ${subjects}: another deployment uses EVENTS_SUBJECT_PREFIX ` +
          `"${names.subjectPrefix}". Give this deployment a prefix of its own.`,
        { cause: error },
      );
    }
    throw error;
  }
}

function explainJetStreamFailure(url: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/jetstream (is )?not enabled|no responders/i.test(message)) {
    return new Error(
      `NATS at ${withoutCredentials(url)} answers but JetStream is not enabled: start nats-server with -js ` +
        '(or a jetstream block in its configuration).',
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(message);
}

/** A server URL fit to print: any user name and password it carries are left out. */
export function withoutCredentials(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//');
}
