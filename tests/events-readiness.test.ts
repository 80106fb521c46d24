// A service whose events cannot travel says so: /readyz answers 503 with the reason
// and the outbox depth, and the relay publishes again by itself, in order, once the
// transport takes events again. Runs on any database, with a transport that fails on
// demand (the NATS side is in events-outage.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { subgraphDefinitions } from '@connect/platform';
import {
  createLogger,
  InProcessTransport,
  startSubgraph,
  type EventEnvelope,
  type EventHandler,
  type EventTransport,
  type EventType,
  type HttpListener,
  type RequestScope,
  type Subgraph,
  type TransportStatus,
} from '@connect/kit';
import { createTestDatabase, type TestDatabase } from '@connect/kit/testing';
import { registerOfficial } from './support/events.ts';

/** The in-process transport, with an outage and refused publishes on demand. */
class UnreliableTransport implements EventTransport {
  readonly kind = 'in-process' as const;
  private readonly inner = new InProcessTransport();
  private readonly listeners = new Set<() => void>();
  /** Why it is down; undefined while it is up. */
  down: string | undefined;
  /** How many of the next publishes fail. */
  refusals = 0;
  readonly published: EventEnvelope[] = [];

  get connected(): boolean {
    return this.down === undefined;
  }

  async publish(envelope: EventEnvelope): Promise<void> {
    if (this.down) throw new Error('disconnected');
    if (this.refusals > 0) {
      this.refusals--;
      throw new Error('publish refused');
    }
    this.published.push(envelope);
    await this.inner.publish(envelope);
  }

  async status(): Promise<TransportStatus> {
    const status = await this.inner.status();
    return this.down ? { ...status, connected: false, reason: this.down } : status;
  }

  onReconnect(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  reconnect(): void {
    this.down = undefined;
    for (const listener of this.listeners) listener();
  }

  subscribe(consumer: string, types: readonly EventType[], handle: EventHandler) {
    return this.inner.subscribe(consumer, types, handle);
  }

  follow(types: readonly EventType[], handle: EventHandler) {
    return this.inner.follow(types, handle);
  }

  idle() {
    return this.inner.idle();
  }

  close() {
    return this.inner.close();
  }
}

async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The officials among `ids` whose registration the transport took, in the order it took them. */
const officialsPublished = (transport: UnreliableTransport, ids: readonly string[]) =>
  transport.published
    .filter((e) => e.type === 'OfficialRegistered')
    .map((e) => (e.payload as { officialId: string }).officialId)
    .filter((id) => ids.includes(id));

describe('a service whose event transport fails', () => {
  let database: TestDatabase | undefined;
  let municipalities: Subgraph<RequestScope> | undefined;
  let listener: HttpListener | undefined;
  let transport: UnreliableTransport;

  async function start(): Promise<Subgraph<RequestScope>> {
    database = await createTestDatabase();
    transport = new UnreliableTransport();
    municipalities = await startSubgraph(subgraphDefinitions().find((d) => d.name === 'municipalities')!, {
      databaseUrl: database.url,
      seedDemo: true,
      environment: 'test',
      log: createLogger('municipalities', process.env.LOG_LEVEL ?? 'silent'),
      transport,
    });
    await until(async () => (await municipalities!.outboxDepth()) === 0, 'publishing the demo story');
    return municipalities;
  }

  afterEach(async () => {
    await listener?.close();
    await municipalities?.stop();
    await transport?.close();
    await database?.drop();
    listener = municipalities = database = undefined;
  });

  it('publishes again by itself after refused publishes, in the order the events were recorded', async () => {
    const service = await start();
    transport.refusals = 3;
    const officials: string[] = [];
    for (let n = 0; n < 3; n++) officials.push(await registerOfficial(service, n));
    // Nobody drains or pokes: the relay retries on its own.
    await until(() => officialsPublished(transport, officials).length === officials.length, 'publishing the officials');
    expect(officialsPublished(transport, officials)).toEqual(officials);
    // The relay marks the rows in the transaction it published them from; on PostgreSQL
    // another connection sees them marked only once it commits.
    await until(async () => (await service.outboxDepth()) === 0, 'marking the officials published');
  });

  async function readyz() {
    const response = await fetch(new URL('/readyz', listener!.url));
    return { status: response.status, body: (await response.json()) as { status: string; reasons: string[]; details: { events: { outboxDepth: number; connected: boolean } } } };
  }

  it('answers /readyz 503 with the reason and the waiting events while the transport is down, 200 once it is back', async () => {
    const service = await start();
    listener = await service.listen(0);
    expect((await readyz()).status).toBe(200);

    transport.down = 'NATS connection lost 3 s ago (reconnecting, attempt 2)';
    const official = await registerOfficial(service, 1);
    const down = await readyz();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({
      status: 'unavailable',
      reasons: ['events: NATS connection lost 3 s ago (reconnecting, attempt 2)'],
      details: { database: 'ok', events: { connected: false, outboxDepth: 1 } },
    });
    expect(await service.outboxDepth()).toBe(1);

    transport.reconnect();
    await until(() => officialsPublished(transport, [official]).length === 1, 'publishing after the reconnection');
    let up = await readyz();
    await until(async () => (up = await readyz()).body.details.events.outboxDepth === 0, 'marking the official published');
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({ status: 'ready', reasons: [], details: { events: { connected: true, outboxDepth: 0 } } });
  });

  it('answers /readyz 503 while the transport is connected but refuses events, naming the relay', async () => {
    const service = await start();
    listener = await service.listen(0);
    transport.refusals = Number.MAX_SAFE_INTEGER;
    const official = await registerOfficial(service, 1);
    let down = await readyz();
    await until(async () => (down = await readyz()).status === 503, 'reporting the relay');
    expect(down.body.reasons).toEqual([expect.stringMatching(/^events: the outbox relay cannot publish since \S+ \(publish refused\); events waiting: 1$/)]);

    transport.refusals = 0;
    await until(() => officialsPublished(transport, [official]).length === 1, 'publishing once refusals stop');
    await until(async () => (await readyz()).status === 200, 'readiness coming back');
  });
});
