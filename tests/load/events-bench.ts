// `pnpm bench:events [--rate 15] [--duration 10] [--source]`: how soon events settle after a burst
// of mutations, and after a consumer is killed in the middle of one, on PostgreSQL and
// NATS JetStream on loopback.
//
// municipalities runs in this process; requests, matching and knowledge, the three
// services that hear of a registered official, run as processes of their own. A burst
// registers `--rate` officials a second for `--duration` seconds; the figure is the time
// from the last acknowledged mutation until every consumer holds every official. The
// second burst kills matching with SIGKILL halfway and starts it again at once. The
// run has a database, a stream and subjects of its own, removed at the end. The three
// services run as in production, with node on their compiled dist/ (`pnpm build` first),
// or from source through tsx with `--source`, whose start alone takes seconds.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { subgraphDefinitions } from '@connect/platform';
import { createLogger, demo, NatsTransport, startSubgraph } from '@connect/kit';
import { createTestDatabase } from '@connect/kit/testing';
import { officialEffects, registerOfficial, startServiceProcess, untilProjected, type OfficialConsumer, type ServiceProcess } from '../support/events.ts';

const usage = 'usage: DATABASE_URL=postgres://… NATS_URL=nats://… pnpm bench:events [--rate 15] [--duration 10] [--source]';

function fail(message: string): never {
  process.stderr.write(`bench:events: ${message}\n${usage}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: { rate: { type: 'string', default: '15' }, duration: { type: 'string', default: '10' }, source: { type: 'boolean', default: false } },
  strict: true,
});
const rate = Number(values.rate);
const durationS = Number(values.duration);
if (!Number.isInteger(rate) || rate < 1 || rate > 200) fail('--rate must be a whole number from 1 to 200');
if (!Number.isInteger(durationS) || durationS < 1 || durationS > 300) fail('--duration must be a whole number of seconds from 1 to 300');
const databaseBase = process.env.DATABASE_URL;
const natsUrl = process.env.NATS_URL;
if (!databaseBase?.startsWith('postgres')) fail('DATABASE_URL must point at PostgreSQL: the benchmark creates a database of its own there and drops it at the end');
if (!natsUrl) fail('NATS_URL must point at a NATS server with JetStream: the benchmark uses a stream of its own and deletes it at the end');

const consumers: OfficialConsumer[] = ['requests', 'matching', 'knowledge'];

function consumersBuilt(): boolean {
  return consumers.every((name) => existsSync(new URL(`../../services/${name}/dist/index.js`, import.meta.url)));
}

const compiled = !values.source;
if (compiled && !consumersBuilt()) fail('the services are not built: run `pnpm build` first, or pass --source to run them through tsx');
/** Long enough for anything that settles at all; a run that does not is reported as failed. */
const SETTLE_LIMIT_MS = 180_000;

const database = await createTestDatabase(process.env, 'connect_bench_events');
const tag = randomBytes(6).toString('hex');
const names = { stream: `BENCH_${tag.toUpperCase()}`, subjectPrefix: `bench.${tag}` };
const log = (name: string) => createLogger(name, process.env.LOG_LEVEL ?? 'warn');
const transport = await NatsTransport.connect({ url: natsUrl, ...names, log: log('events') });
const municipalities = await startSubgraph(subgraphDefinitions().find((d) => d.name === 'municipalities')!, {
  databaseUrl: database.url,
  seedDemo: true,
  environment: 'test',
  log: log('municipalities'),
  transport,
});
const serviceEnv = {
  DATABASE_URL: database.url!,
  NATS_URL: natsUrl,
  EVENTS_STREAM: names.stream,
  EVENTS_SUBJECT_PREFIX: names.subjectPrefix,
  SEED_DEMO: 'false',
};
const services = new Map<OfficialConsumer, ServiceProcess>();

async function cleanUp(): Promise<void> {
  await Promise.allSettled([...services.values()].map((s) => s.stop()));
  await municipalities.stop();
  await transport.destroy();
  await database.drop();
}

/** Registers `rate` officials a second for the duration; resolves when the last one is acknowledged. */
async function burst(first: number, midway?: () => Promise<void>): Promise<{ ids: string[]; endedAt: number; midway?: Promise<void> }> {
  const total = rate * durationS;
  const started = Date.now();
  const registrations: Promise<string>[] = [];
  let during: Promise<void> | undefined;
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1_000) / rate;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
    if (midway && !during && i >= total / 2) during = midway();
    registrations.push(registerOfficial(municipalities, first + i));
  }
  const ids = await Promise.all(registrations);
  return { ids, endedAt: Date.now(), midway: during };
}

try {
  for (const name of consumers) services.set(name, await startServiceProcess(name, serviceEnv, { compiled }));
  // The demo story's officials first, so that the bursts start from quiet consumers.
  await untilProjected(database.url!, Object.values(demo.officials), SETTLE_LIMIT_MS, consumers);

  const calm = await burst(0);
  const outboxAtEnd = await municipalities.outboxDepth();
  // Each consumer on its own, to see which one the figure waits for.
  const perConsumer = await Promise.all(
    consumers.map(async (c) => {
      await untilProjected(database.url!, calm.ids, SETTLE_LIMIT_MS, [c]);
      return `${c}=${Date.now() - calm.endedAt}`;
    }),
  );
  const burstSettleMs = Date.now() - calm.endedAt;

  let restartMs = 0;
  let restartedAt = 0;
  const crashed = await burst(calm.ids.length, async () => {
    await services.get('matching')!.crash();
    const restarting = Date.now();
    services.set('matching', await startServiceProcess('matching', serviceEnv, { compiled }));
    restartedAt = Date.now();
    restartMs = restartedAt - restarting;
  });
  await crashed.midway;
  await untilProjected(database.url!, crashed.ids, SETTLE_LIMIT_MS, consumers);
  const settledAt = Date.now();
  const crashCatchupMs = settledAt - crashed.endedAt;
  // The part of it that is delivery, not the process starting again.
  const afterRestartMs = settledAt - Math.max(restartedAt, crashed.endedAt);

  const all = [...calm.ids, ...crashed.ids];
  const effects = await officialEffects(database.url!, all, consumers);
  const delivered = consumers.reduce((sum, c) => sum + effects.handled[c], 0);
  const expected = effects.eventIds.length * consumers.length;
  const projected = consumers.reduce((sum, c) => sum + effects.projected[c], 0);
  process.stdout.write(
    `events: burst_settle_ms=${burstSettleMs} crash_catchup_ms=${crashCatchupMs} catchup_after_restart_ms=${afterRestartMs} delivered=${delivered}/${expected} ` +
      `duplicates_applied=${Math.max(0, delivered - expected) + Math.max(0, projected - all.length * consumers.length)} ` +
      `lost=${expected - delivered} (${rate}/s for ${durationS} s twice; after the first burst ${outboxAtEnd} events in the outbox, ` +
      `settled ${perConsumer.join(' ')} ms; matching restarted in ${restartMs} ms, ${compiled ? 'compiled, with node' : 'from source, with tsx'})\n`,
  );
} finally {
  await cleanUp();
}
