// What /readyz answers: whether the process can do its work now, and if not, why, in
// sentences an operator can act on. The details carry the figures behind the verdict
// (outbox depth, consumer lag) for dashboards and for whoever reads the body.
import type { EventTransport } from './events/transport.ts';

export interface Readiness {
  ready: boolean;
  /** Empty when ready; otherwise one sentence per problem, prefixed by what it concerns ("events: …"). */
  reasons: string[];
  details: Record<string, unknown>;
}

/** The transport's part of a readiness: down while it is disconnected or a consumer cannot receive. */
export async function transportReadiness(transport: EventTransport, consumers?: readonly string[]): Promise<Readiness> {
  const status = await transport.status();
  const lag = consumers ? Object.fromEntries(Object.entries(status.consumers).filter(([name]) => consumers.includes(name))) : status.consumers;
  const reasons = status.reason ? [`events: ${status.reason}`] : [];
  return {
    ready: reasons.length === 0,
    reasons,
    details: { transport: transport.kind, connected: status.connected, consumers: lag },
  };
}
