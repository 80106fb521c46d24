// Events survive what operators meet: NATS out of reach for longer than a client's
// patience, and a service killed in the middle of a burst. Mutations keep being
// accepted, readiness says what is wrong while it is wrong, and when things come back
// every event reaches every consumer, each applied exactly once.
//
// These need a JetStream server and PostgreSQL (NATS_URL and DATABASE_URL); each run
// uses a database, a stream and subjects of its own, removed at the end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform, subgraphDefinitions, type Platform } from '@connect/platform';
import { createLogger, NatsTransport, startSubgraph, type EventHandlers, type RequestScope, type Subgraph, type SubgraphDefinition } from '@connect/kit';
import { createTestDatabase, type TestDatabase } from '@connect/kit/testing';
import { officialEffects, registerOfficial, startServiceProcess, TcpProxy, untilProjected, type ServiceProcess } from './support/events.ts';
import { testEventNames } from './support/platform.ts';

const natsUrl = process.env.NATS_URL;
const databaseUrl = process.env.DATABASE_URL;
const missing = [!natsUrl && 'NATS_URL (a JetStream server)', !databaseUrl && 'DATABASE_URL (PostgreSQL)'].filter(Boolean).join(' and ');
const title = missing ? `events through outages (skipped: set ${missing} to run)` : 'events through outages';

/** Longer than the 20 s after which a NATS client with default settings gives up for good. */
const OUTAGE_MS = 45_000;
const silent = (name: string) => createLogger(name, process.env.LOG_LEVEL ?? 'silent');

/** The same subgraphs, counting each time a handler applies an event (inside its inbox transaction). */
function countingApplications(definitions: SubgraphDefinition<RequestScope>[], applied: Map<string, number>): SubgraphDefinition<RequestScope>[] {
  return definitions.map((definition) => {
    const handlers: EventHandlers = {};
    for (const [type, handle] of Object.entries(definition.handlers ?? {})) {
      (handlers as Record<string, unknown>)[type] = async (...args: Parameters<NonNullable<EventHandlers['OfficialRegistered']>>) => {
        await (handle as (...a: typeof args) => Promise<void>)(...args);
        const key = `${definition.name}:${args[0].id}`;
        applied.set(key, (applied.get(key) ?? 0) + 1);
      };
    }
    return { ...definition, handlers };
  });
}

async function readiness(url: string): Promise<{ status: number; body: { status: string; reasons: string[]; details: Record<string, unknown> } }> {
  const response = await fetch(new URL('/readyz', url));
  return { status: response.status, body: (await response.json()) as never };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(missing !== '')(title, () => {
  describe('a NATS outage of 45 s between the services and the server', () => {
    let database: TestDatabase;
    let proxy: TcpProxy;
    let platform: Platform;
    const applied = new Map<string, number>();

    beforeAll(async () => {
      database = await createTestDatabase();
      proxy = await TcpProxy.start(natsUrl!);
      const names = testEventNames();
      platform = await startPlatform({
        databaseUrl: database.url,
        seedDemo: true,
        environment: 'test',
        transport: 'http',
        ports: { gateway: 0, municipalities: 0, requests: 0, matching: 0, exchanges: 0, knowledge: 0 },
        log: silent,
        natsUrl: proxy.url,
        natsStream: names.natsStream,
        natsSubjectPrefix: names.natsSubjectPrefix,
        definitions: countingApplications(subgraphDefinitions(), applied),
      });
      await platform.settle();
    });

    afterAll(async () => {
      proxy?.restore();
      await platform?.stop();
      if (platform?.transport instanceof NatsTransport) await platform.transport.destroy();
      await proxy?.close();
      await database?.drop();
    });

    it('keeps accepting mutations, reports 503 with the reason, then delivers every event exactly once', async () => {
      const gateway = platform.url!;
      const municipalities = platform.subgraph('municipalities');
      const municipalitiesUrl = platform.listeners[0]!.url;
      expect((await readiness(gateway)).status).toBe(200);

      const officials = [await registerOfficial(municipalities, 0)];
      proxy.cut();
      const started = Date.now();
      // The gateway's own check and each subgraph's /readyz notice the cut independently
      // (one may look a moment before the client has seen the socket close), so wait
      // until the subgraph's reason shows through the gateway too.
      const down = await until(
        () => readiness(gateway),
        (r) => r.status === 503 && r.body.reasons.some((reason) => reason.startsWith('municipalities: events:')),
        10_000,
        'the gateway never reported the outage',
      );
      expect(down.body.status).toBe('unavailable');
      expect(down.body.reasons).toContainEqual(expect.stringMatching(/^events: NATS connection lost .*reconnecting, attempt \d+/));
      // Each subgraph says so too, and the gateway names which one speaks.
      expect(down.body.reasons).toContainEqual(expect.stringMatching(/^municipalities: events: NATS connection lost/));
      const service = await readiness(municipalitiesUrl);
      expect(service.status).toBe(503);
      expect(service.body.reasons).toContainEqual(expect.stringMatching(/^events: NATS connection lost/));

      // Mutations go on through the outage; their events wait in the outbox.
      let n = 1;
      while (Date.now() - started < OUTAGE_MS) {
        officials.push(await registerOfficial(municipalities, n++));
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
      const late = await readiness(municipalitiesUrl);
      expect(late.status).toBe(503);
      expect((late.body.details.events as { outboxDepth: number }).outboxDepth).toBeGreaterThanOrEqual(officials.length - 1);
      expect((await readiness(gateway)).status).toBe(503);

      proxy.restore();
      // And after: registered once the connection is back.
      officials.push(await registerOfficial(municipalities, n++));
      const effects = await untilProjected(database.url!, officials, 60_000);
      await platform.settle();
      expect((await until(() => readiness(gateway), (r) => r.status === 200, 15_000, 'the gateway stayed unavailable')).body.reasons).toEqual([]);

      expect(effects.eventIds).toHaveLength(officials.length);
      for (const consumer of ['requests', 'matching', 'knowledge'] as const) {
        expect(effects.projected[consumer], consumer).toBe(officials.length);
        expect(effects.handled[consumer], consumer).toBe(officials.length);
        expect(effects.eventIds.map((id) => applied.get(`${consumer}:${id}`) ?? 0), consumer).toEqual(effects.eventIds.map(() => 1));
      }
      expect(await municipalities.outboxDepth()).toBe(0);
    }, OUTAGE_MS + 120_000);
  });

  describe('a consumer killed with SIGKILL during a burst', () => {
    let database: TestDatabase;
    let transport: NatsTransport;
    let municipalities: Subgraph<RequestScope>;
    let requests: ServiceProcess | undefined;
    let env: Record<string, string>;

    beforeAll(async () => {
      database = await createTestDatabase();
      const names = testEventNames();
      transport = await NatsTransport.connect({ url: natsUrl!, stream: names.natsStream, subjectPrefix: names.natsSubjectPrefix, log: silent('events') });
      const definition = subgraphDefinitions().find((d) => d.name === 'municipalities')!;
      municipalities = await startSubgraph(definition, { databaseUrl: database.url, seedDemo: true, environment: 'test', log: silent('municipalities'), transport });
      env = {
        DATABASE_URL: database.url!,
        NATS_URL: natsUrl!,
        EVENTS_STREAM: names.natsStream,
        EVENTS_SUBJECT_PREFIX: names.natsSubjectPrefix,
        SEED_DEMO: 'false',
      };
      requests = await startServiceProcess('requests', env);
    });

    afterAll(async () => {
      await requests?.stop();
      await municipalities?.stop();
      await transport?.destroy();
      await database?.drop();
    });

    it('catches up after a restart: nothing lost, nothing applied twice', async () => {
      const officials: string[] = [];
      for (let n = 0; n < 40; n++) {
        officials.push(await registerOfficial(municipalities, n));
        if (n === 15) {
          // Mid-burst: whatever the consumer holds unacknowledged dies with it.
          await requests!.crash();
          requests = undefined;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const before = await officialEffects(database.url!, officials, ['requests']);
      expect(before.projected.requests).toBeLessThan(officials.length);

      requests = await startServiceProcess('requests', env);
      const effects = await untilProjected(database.url!, officials, 60_000, ['requests']);
      expect(effects.projected.requests).toBe(officials.length);
      // The inbox holds each event once, and the projection one row per official.
      expect(effects.handled.requests).toBe(officials.length);
      expect(effects.eventIds).toHaveLength(officials.length);
      const ready = await until(() => readiness(requests!.url), (r) => r.status === 200, 15_000, 'the restarted service stayed unavailable');
      expect(ready.body.details.events).toMatchObject({ connected: true, consumers: { requests: { pending: 0 } } });
    }, 180_000);
  });
});
