// How events travel between services. Two transports share one contract: in process
// (the embedded platform, where every service runs in one Node process) and NATS
// JetStream (services in separate processes). Both deliver at least once, to durable
// consumers that resume where they stopped.
import type { EventEnvelope, EventType } from './catalogue.ts';

export interface Subscription {
  stop(): Promise<void>;
}

export type EventHandler = (envelope: EventEnvelope) => Promise<void>;

/**
 * Handles consecutive events of a consumer together, all or none (one transaction): a
 * transport may hand them over so instead of one by one; if it throws, every one of
 * them is given again.
 */
export type EventBatchHandler = (envelopes: readonly EventEnvelope[]) => Promise<void>;

/** How far behind one durable consumer is. */
export interface ConsumerLag {
  /** Events in the stream it has not been given yet. */
  pending: number;
  /** Events given to it and not yet acknowledged (being handled, or lost with a crashed process). */
  ackPending: number;
}

/** What readiness and metrics read of a transport. */
export interface TransportStatus {
  /** False while events can be neither published nor received. */
  connected: boolean;
  /** Why it is down or degraded, in words an operator can act on. */
  reason?: string;
  /** The durable consumers subscribed through this transport, by service name. */
  consumers: Record<string, ConsumerLag>;
}

/** A follower's subscription: it also says when it has read what was there when it began. */
export interface Following extends Subscription {
  /** Resolves once every event of its types published before `follow` was called has been handled. */
  caughtUp: Promise<void>;
}

export interface EventTransport {
  readonly kind: 'in-process' | 'nats';
  /** Whether a publish can be attempted now; relays wait for `onReconnect` otherwise. */
  readonly connected: boolean;
  publish(envelope: EventEnvelope): Promise<void>;
  /** Connection state and consumer lag; answers quickly even while the connection is down. */
  status(): Promise<TransportStatus>;
  /** Calls `listener` whenever the transport is back after being down; returns the way to stop. */
  onReconnect(listener: () => void): () => void;
  /**
   * Delivers every event of the given types to the durable consumer `consumer`, from
   * where it last stopped (from the beginning for a new consumer). A handler that
   * throws gets the event again later.
   */
  subscribe(consumer: string, types: readonly EventType[], handle: EventHandler, options?: { batch?: EventBatchHandler }): Promise<Subscription>;
  /**
   * Delivers every event of the given types kept by the transport, from the first one,
   * then each new one, to this subscriber alone: no position is remembered, so every
   * call reads from the start again, and replicas each read everything. For a process
   * that keeps what it learns in memory (the gateway's erased officials).
   */
  follow(types: readonly EventType[], handle: EventHandler): Promise<Following>;
  /** Resolves when every consumer of this transport has handled everything published so far. */
  idle(): Promise<void>;
  close(): Promise<void>;
}
