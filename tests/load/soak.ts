// `pnpm soak [--duration 300] [--connections 10] [--mutation-rate 15] [--warmup 10]`:
// the whole platform on PostgreSQL under steady load for a bounded time. It runs in a
// database of its own, created next to DATABASE_URL's and dropped at the end, with the
// demo story seeded; the platform runs in a child process on loopback (see
// platform-process.ts). Reads are RequestOverview as an official, as fast as
// `--connections` connections go; beside them, mutations at up to `--mutation-rate` a
// second: an official drafts a request and submits it (two thirds), a peer expert
// declares their expertise again (a third). A response counts as an error when its status is not 2xx, when it
// carries GraphQL `errors`, or when a mutation comes back with userErrors. The report
// gives throughput, latency percentiles, errors and the platform's memory (after a
// forced garbage collection) at the start, the middle and the end; the last line is the
// verdict. The exit code is 1 when any request failed.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { signToken } from '@connect/gateway';
import { demo, disableApolloTelemetry, type Viewer } from '@connect/kit';
import { createTestDatabase } from '@connect/kit/testing';
import { operation } from '../support/platform.ts';
import type { MemorySample, SoakReport, SoakRequest } from './platform-process.ts';

const usage = 'usage: DATABASE_URL=postgres://… pnpm soak [--duration 300] [--connections 10] [--mutation-rate 15] [--warmup 10]';

function fail(message: string): never {
  process.stderr.write(`soak: ${message}\n${usage}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '300' },
    connections: { type: 'string', default: '10' },
    'mutation-rate': { type: 'string', default: '15' },
    warmup: { type: 'string', default: '10' },
  },
  strict: true,
});

function wholeNumber(name: string, min: number, max: number): number {
  const value = Number(values[name as keyof typeof values]);
  if (!Number.isInteger(value) || value < min || value > max) fail(`--${name} must be a whole number from ${min} to ${max}`);
  return value;
}

const durationS = wholeNumber('duration', 1, 86_400);
const connections = wholeNumber('connections', 1, 1_000);
// Request references are REQ-YYYY-NNNN, so a year holds 9,999 of them. A third of the
// mutations are drafts: a five-minute soak at the default rate drafts about 1,500.
const mutationRate = wholeNumber('mutation-rate', 3, 100);
const warmupS = wholeNumber('warmup', 0, 600);
const expertiseRate = Math.round(mutationRate / 3);
const draftingRate = mutationRate - expertiseRate;
if ((draftingRate / 2) * (durationS + warmupS) > 9_000) fail('--mutation-rate × --duration would draft more than 9,000 requests, more references than a year has');

if (!process.env.DATABASE_URL?.startsWith('postgres')) {
  fail(
    'DATABASE_URL must point at PostgreSQL (postgres://user@host:5432/db): the soak creates a database of its own there, ' +
      'runs the platform on it and drops it at the end',
  );
}

// ---------------------------------------------------------------------------
// The platform, in a child process

disableApolloTelemetry(process.env);
const database = await createTestDatabase(process.env, 'connect_soak');
const databaseName = new URL(database.url!).pathname.slice(1);
const tokenSecret = randomBytes(32).toString('base64url');
const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  // Tokens signed here, and viewer assertions inside the platform, with secrets of this run.
  JWT_SECRET: tokenSecret,
  GATEWAY_SECRET: randomBytes(32).toString('base64url'),
  // The soak's tokens last the whole run, which may be longer than a working day.
  JWT_MAX_TTL: String(durationS + warmupS + 600),
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  APOLLO_TELEMETRY_DISABLED: '1',
  // The soak is one client at full speed on purpose: the per-client rate limits would
  // measure themselves rather than the platform.
  RATE_LIMIT_MAX: '0',
  RATE_LIMIT_MUTATIONS_MAX: '0',
};
delete childEnv.JWKS_URL;

let child: ChildProcess | undefined;
let cleaned: Promise<void> | undefined;
/** Stops the platform and drops the soak's database, once. */
function cleanUp(): Promise<void> {
  cleaned ??= (async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      ask({ type: 'stop' });
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      child.kill();
    }
    await database.drop();
  })();
  return cleaned;
}
process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

function ask(request: SoakRequest): void {
  if (child?.connected) child.send(request);
}

/** The next report of this type from the platform process; fails if the process ends first. */
function next<T extends SoakReport['type']>(type: T, timeoutMs: number): Promise<Extract<SoakReport, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (report: SoakReport) => {
      if (report.type !== type) return;
      done();
      resolve(report as Extract<SoakReport, { type: T }>);
    };
    const onExit = (code: number | null) => {
      done();
      reject(new Error(`the platform process ended (exit code ${code}) before it reported ${type}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`the platform process did not report ${type} within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      child!.off('message', onMessage).off('exit', onExit);
    };
    child!.on('message', onMessage).on('exit', onExit);
  });
}

async function memory(settle: boolean): Promise<MemorySample> {
  const answer = next('memory', 60_000);
  ask({ type: 'memory', settle });
  return answer;
}

// ---------------------------------------------------------------------------
// What the load sends

interface Tally {
  latenciesMs: number[];
  requests: number;
  non2xx: number;
  connectionErrors: number;
  /** 2xx answers with GraphQL errors, or mutations refused with userErrors. */
  graphqlErrors: number;
  /** Mutations that did what they were sent for, by name. */
  done: Record<string, number>;
}

const newTally = (): Tally => ({ latenciesMs: [], requests: 0, non2xx: 0, connectionErrors: 0, graphqlErrors: 0, done: {} });
const errorSamples: string[] = [];

/** Looks at a 2xx answer: no GraphQL errors, and `check` finds what was asked for. */
function verify(tally: Tally, name: string, status: number, body: string, check: (data: any) => boolean): any {
  if (status < 200 || status > 299) return undefined; // counted by autocannon as non-2xx
  let answer: { data?: any; errors?: unknown[] } | undefined;
  try {
    answer = JSON.parse(body) as typeof answer;
  } catch {
    answer = undefined;
  }
  if (!answer || answer.errors?.length || !answer.data || !check(answer.data)) {
    tally.graphqlErrors++;
    if (errorSamples.length < 5) errorSamples.push(`${name}: ${body.slice(0, 300)}`);
    return undefined;
  }
  tally.done[name] = (tally.done[name] ?? 0) + 1;
  return answer.data;
}

const RequestOverview = operation('RequestOverview');
const draftRequest = `mutation($input: DraftRequestInput!) { draftRequest(input: $input) { request { id status } userErrors { code message } } }`;
const submitRequest = `mutation($id: ID!) { submitRequest(input: { requestId: $id }) { request { status } userErrors { code message } } }`;
const declareExpertise = `mutation($input: DeclareExpertiseInput!) { declareExpertise(input: $input) { official { id } userErrors { code message } } }`;
const runId = randomBytes(4).toString('hex');
let drafts = 0;

/** Returned by setupRequest, makes autocannon start the connection's sequence again (here: draft again). */
const startAgain = undefined as unknown as autocannon.Request;
/** A day `days` from today, YYYY-MM-DD. */
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const accepted = (payload: { userErrors: unknown[] } | undefined) => payload !== undefined && payload.userErrors.length === 0;
const post = (authorization: string, query: string, variables: Record<string, unknown>) => ({
  method: 'POST' as const,
  path: '/graphql',
  headers: { 'content-type': 'application/json', authorization },
  body: JSON.stringify({ query, variables }),
});

/** RequestOverview of the demo's completed request, as the official of the requesting municipality. */
function readRequests(reader: string, tally: Tally): autocannon.Request[] {
  return [
    {
      ...post(reader, RequestOverview, { id: demo.requests.agonaWestSanitation }),
      onResponse: (status, body) => verify(tally, 'RequestOverview', status, body, (d) => d.request?.reference === 'REQ-2017-0001'),
    },
  ];
}

/** Per connection, in turn: draft a request, then submit that draft. */
function draftingRequests(requester: string, tally: Tally): autocannon.Request[] {
  return [
    {
      ...post(requester, draftRequest, {}),
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({
          query: draftRequest,
          variables: {
            input: {
              title: `Soak ${runId}: treating faecal sludge`,
              challenge: 'Our public toilets fill faster than the desludging trucks can empty them, and the sludge has nowhere safe to go.',
              expectedOutcome: 'A faecal sludge treatment plan the Municipal Assembly can adopt.',
              topics: ['sanitation'],
              preferredFormats: ['EXPERT_ASSIGNMENT', 'STUDY_VISIT'],
              languages: ['en'],
              earliestStart: day(90),
              latestEnd: day(365),
              idempotencyKey: `soak-${runId}-${++drafts}`,
            },
          },
        }),
      }),
      onResponse: (status, body, context: { draftId?: string }) => {
        const data = verify(tally, 'draftRequest', status, body, (d) => accepted(d.draftRequest) && d.draftRequest.request.status === 'DRAFT');
        context.draftId = data?.draftRequest.request.id;
      },
    },
    {
      ...post(requester, submitRequest, {}),
      setupRequest: (request, context: { draftId?: string }) =>
        context.draftId ? { ...request, body: JSON.stringify({ query: submitRequest, variables: { id: context.draftId } }) } : startAgain,
      onResponse: (status, body) => verify(tally, 'submitRequest', status, body, (d) => accepted(d.submitRequest) && d.submitRequest.request.status === 'SUBMITTED'),
    },
  ];
}

/** A peer expert declares the same expertise again (a declaration replaces the last one). */
function expertiseRequests(expert: string, tally: Tally): autocannon.Request[] {
  return [
    {
      ...post(expert, declareExpertise, {
        input: {
          topics: [{ topic: 'sanitation', level: 'EXPERT', yearsOfExperience: 18 }, { topic: 'drainage', level: 'EXPERIENCED', yearsOfExperience: 10 }],
          summary: 'Sanitation planning with the water board, residents and entrepreneurs.',
          languages: ['nl', 'en'],
          availability: [{ from: day(30), to: day(395) }],
          formatsAccepted: ['EXPERT_ASSIGNMENT', 'STUDY_VISIT'],
        },
      }),
      onResponse: (status, body) => verify(tally, 'declareExpertise', status, body, (d) => accepted(d.declareExpertise)),
    },
  ];
}

/** One autocannon run; resolves with its tally once it is over. */
function load(url: string, options: Partial<autocannon.Options>, requests: autocannon.Request[], tally: Tally): Promise<Tally> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, requests, ...options }, (error, result) => {
      if (error) return reject(error);
      tally.non2xx += result.non2xx;
      tally.connectionErrors += result.errors;
      resolve(tally);
    });
    instance.on('response', (_client, _status, _bytes, responseTimeMs) => {
      tally.requests++;
      tally.latenciesMs.push(responseTimeMs);
    });
  });
}

/** Reads and mutations side by side for `seconds`. */
async function soak(url: string, seconds: number, tokens: { reader: string; requester: string; expert: string }) {
  const reads = newTally();
  const mutations = newTally();
  await Promise.all([
    load(url, { connections, duration: seconds }, readRequests(tokens.reader, reads), reads),
    // Two thirds drafting and submitting, a connection per draft a second: drafts of the
    // same moment take turns for their reference.
    load(url, { connections: draftingRate, duration: seconds, overallRate: draftingRate }, draftingRequests(tokens.requester, mutations), mutations),
    // A connection per declaration a second: each waits for its answer before the next.
    load(url, { connections: expertiseRate, duration: seconds, overallRate: expertiseRate }, expertiseRequests(tokens.expert, mutations), mutations),
  ]);
  return { reads, mutations };
}

// ---------------------------------------------------------------------------
// Figures

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const errorsOf = (t: Tally) => t.non2xx + t.connectionErrors + t.graphqlErrors;
const ms = (value: number) => value.toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function row(name: string, tally: Tally, seconds: number): string {
  const sorted = Float64Array.from(tally.latenciesMs).sort();
  const cells = [
    name.padEnd(16),
    String(tally.requests).padStart(9),
    (tally.requests / seconds).toFixed(1).padStart(8),
    ms(percentile(sorted, 50)).padStart(7),
    ms(percentile(sorted, 95)).padStart(7),
    ms(percentile(sorted, 99)).padStart(7),
    String(tally.non2xx).padStart(8),
    String(tally.graphqlErrors).padStart(8),
    String(tally.connectionErrors).padStart(8),
  ];
  return cells.join(' ');
}

const memoryLine = (label: string, m: MemorySample) =>
  `  ${label.padEnd(7)} rss ${mb(m.rss).padStart(7)} MB   heapUsed ${mb(m.heapUsed).padStart(7)} MB   external ${mb(m.external).padStart(7)} MB`;

// ---------------------------------------------------------------------------
// The run

let exitCode = 1;
try {
  child = fork(fileURLToPath(new URL('./platform-process.ts', import.meta.url)), [], {
    // The TypeScript loader this script runs under, and a collector the soak may force.
    execArgv: [...process.execArgv, '--conditions=development', '--expose-gc'],
    env: childEnv,
  });
  const { url } = await next('ready', 180_000);
  const ttl = `${durationS + warmupS + 600}s`;
  const bearer = async (viewer: Viewer) => `Bearer ${await signToken(viewer, tokenSecret, ttl)}`;
  const tokens = {
    reader: await bearer({ role: 'OFFICIAL', officialId: demo.officials.georgeFreeman }),
    requester: await bearer({ role: 'OFFICIAL', officialId: demo.officials.georgeFreeman }),
    expert: await bearer({ role: 'OFFICIAL', officialId: demo.officials.pieterVanDijk }),
  };
  process.stdout.write(
    `soak: platform pid ${child.pid} at ${url} on PostgreSQL database ${databaseName}; ` +
      `RequestOverview on ${connections} connections, mutations at ${mutationRate}/s; ${warmupS} s warm-up, then ${durationS} s\n`,
  );

  let warmupErrors = 0;
  if (warmupS > 0) {
    const warm = await soak(url, warmupS, tokens);
    warmupErrors = errorsOf(warm.reads) + errorsOf(warm.mutations);
    process.stdout.write(`warm-up: ${warm.reads.requests + warm.mutations.requests} requests, ${warmupErrors} errors\n`);
  }

  const start = await memory(true);
  const middle = new Promise<MemorySample>((resolve, reject) => setTimeout(() => memory(false).then(resolve, reject), (durationS * 1000) / 2));
  const began = performance.now();
  const { reads, mutations } = await soak(url, durationS, tokens);
  const seconds = (performance.now() - began) / 1000;
  const mid = await middle;
  const end = await memory(true);

  const all = newTally();
  for (const t of [reads, mutations]) {
    all.latenciesMs = all.latenciesMs.concat(t.latenciesMs);
    all.requests += t.requests;
    all.non2xx += t.non2xx;
    all.connectionErrors += t.connectionErrors;
    all.graphqlErrors += t.graphqlErrors;
  }
  const errors = errorsOf(all) + warmupErrors;
  const sorted = Float64Array.from(all.latenciesMs).sort();
  const growth = end.heapUsed - start.heapUsed;

  const header = ['', 'requests', 'rps', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx', 'gql err', 'conn err'];
  const widths = [16, 9, 8, 7, 7, 7, 8, 8, 8];
  process.stdout.write(
    [
      header.map((h, i) => (i === 0 ? h.padEnd(widths[i]!) : h.padStart(widths[i]!))).join(' '),
      row('RequestOverview', reads, seconds),
      row('mutations', mutations, seconds),
      row('all', all, seconds),
      `done: ${Object.entries(mutations.done).map(([name, n]) => `${name} ${n}`).join(', ')}`,
      `memory of the platform process${end.collected ? ', after a forced GC' : ' (no --expose-gc: without a forced GC)'}:`,
      memoryLine('start', start),
      memoryLine('middle', mid),
      memoryLine('end', end),
      ...errorSamples.map((s) => `error: ${s}`),
      `soak: duration_s=${Math.round(seconds)} rps=${(all.requests / seconds).toFixed(1)} p50_ms=${ms(percentile(sorted, 50))} ` +
        `p95_ms=${ms(percentile(sorted, 95))} p99_ms=${ms(percentile(sorted, 99))} errors=${errors} ` +
        `rss_start_mb=${mb(start.rss)} rss_end_mb=${mb(end.rss)} heap_start_mb=${mb(start.heapUsed)} heap_mid_mb=${mb(mid.heapUsed)} external_start_mb=${mb(start.external)} external_end_mb=${mb(end.external)} ` +
        `heap_end_mb=${mb(end.heapUsed)} growth=${growth >= 0 ? '+' : ''}${mb(growth)}MB verdict=${errors === 0 ? 'ok' : 'FAILED'}`,
      '',
    ].join('\n'),
  );
  exitCode = errors === 0 ? 0 : 1;
} catch (error) {
  process.stderr.write(`soak: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  await cleanUp();
}
process.exit(exitCode);
