// How events travel between services. Two transports share one contract: in process
// (the embedded platform, where every service runs in one Node process) and NATS
// JetStream (services in separate processes). Both deliver at least once, to durable
// consumers that resume where they stopped.
import type { EventEnvelope, EventType } from './catalogue.ts';

export interface Subscription {
  stop(): Promise<void>;
}

export type EventHandler = (envelope: EventEnvelope) => Promise<void>;

export interface EventTransport {
  readonly kind: 'in-process' | 'nats';
  publish(envelope: EventEnvelope): Promise<void>;
  /**
   * Delivers every event of the given types to the durable consumer `consumer`, from
   * where it last stopped (from the beginning for a new consumer). A handler that
   * throws gets the event again later.
   */
  subscribe(consumer: string, types: readonly EventType[], handle: EventHandler): Promise<Subscription>;
  /** Resolves when every consumer of this transport has handled everything published so far. */
  idle(): Promise<void>;
  close(): Promise<void>;
}
