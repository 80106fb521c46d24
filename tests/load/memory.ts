// `pnpm memory [--mode both|source|compiled] [--queries 300] [--base-port 4510]`:
// the resident memory of CONNECT's processes as an operator runs them, each subgraph
// and the gateway in a process of its own, started from TypeScript source (tsx, as
// `pnpm --filter … dev` does) and from the compiled build (node on dist/, as the image
// and `pnpm --filter … start` do; run `pnpm build` first). For each it prints the RSS
// of the gateway and of every subgraph once all are ready, and again after
// `--queries` RequestOverview queries through the gateway. A tsx process is a small
// launcher plus the node process that runs the code; both are counted.
//
// Storage: a fresh PostgreSQL database next to DATABASE_URL's when it is set (dropped
// at the end), else PGlite folders in a temporary directory; events through NATS_URL
// when it is set, else inside each process. Everything listens on
// loopback, on --base-port and the five ports after it.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { signToken, subgraphCatalogue } from '@connect/gateway';
import { demo } from '@connect/kit';
import { createTestDatabase } from '@connect/kit/testing';
import { operation } from '../support/platform.ts';

const usage = 'usage: pnpm memory [--mode both|source|compiled] [--queries 300] [--base-port 4510]';
const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'both' },
    queries: { type: 'string', default: '300' },
    'base-port': { type: 'string', default: '4510' },
  },
  strict: true,
});

function fail(message: string): never {
  process.stderr.write(`memory: ${message}\n${usage}\n`);
  process.exit(2);
}

type Mode = 'source' | 'compiled';
const modes: Mode[] = values.mode === 'both' ? ['source', 'compiled'] : [values.mode as Mode];
if (!modes.every((m) => m === 'source' || m === 'compiled')) fail('--mode is both, source or compiled');
const queries = Number(values.queries);
if (!Number.isInteger(queries) || queries < 1 || queries > 100_000) fail('--queries must be a whole number from 1 to 100000');
const basePort = Number(values['base-port']);
if (!Number.isInteger(basePort) || basePort < 1024 || basePort > 65_000) fail('--base-port must be a port from 1024 to 65000');
if (process.platform !== 'linux' && process.platform !== 'darwin') fail('reads memory with ps, on Linux or macOS');

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsxCli = createRequire(join(root, 'package.json')).resolve('tsx/cli');
if (modes.includes('compiled') && !existsSync(join(root, 'gateway/dist/main.js'))) fail('gateway/dist/main.js is missing: run `pnpm build` first');

const names = ['gateway', ...subgraphCatalogue.map((s) => s.name)] as const;
type Name = (typeof names)[number];
const port = (name: Name) => basePort + names.indexOf(name);
const entry = (name: Name, mode: Mode) => {
  const folder = name === 'gateway' ? 'gateway' : `services/${name}`;
  const file = name === 'gateway' ? 'main' : 'index';
  return mode === 'compiled' ? [join(root, folder, 'dist', `${file}.js`)] : [tsxCli, '--conditions=development', join(root, folder, 'src', `${file}.ts`)];
};

/** Resident memory of a process and its descendants, and of the process alone, in MiB, from one `ps` reading. */
function residentMiB(pid: number): { tree: number; own: number } {
  const table = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, parent] of table) if (tree.has(parent) && !tree.has(child)) (tree.add(child), (grew = true));
  }
  const kib = table.filter(([p]) => tree.has(p)).reduce((sum, [, , rss]) => sum + rss, 0);
  const own = table.find(([p]) => p === pid)?.[2] ?? 0;
  return { tree: Math.round(kib / 1024), own: Math.round(own / 1024) };
}

async function waitUntilReady(url: string, processes: ChildProcess[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (processes.some((p) => p.exitCode !== null)) throw new Error('a process exited during startup (its output is above)');
    const ready = await fetch(url).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} not ready after ${timeoutMs / 1000} s`);
}

async function stop(processes: ChildProcess[]): Promise<void> {
  await Promise.all(
    processes.map(
      (p) =>
        new Promise<void>((resolve) => {
          if (p.exitCode !== null || p.signalCode !== null) return resolve();
          const force = setTimeout(() => p.kill('SIGKILL'), 10_000);
          p.once('exit', () => (clearTimeout(force), resolve()));
          p.kill('SIGTERM');
        }),
    ),
  );
}

interface Reading {
  mode: Mode;
  readyS: number;
  /** What tsx's launchers (the processes spawned, which start the code's process) hold, all six together. */
  launchers: number;
  started: Record<Name, number>;
  queried: Record<Name, number>;
  queriesPerSecond: number;
}

async function measure(mode: Mode): Promise<Reading> {
  const database = await createTestDatabase(process.env, 'connect_memory');
  const dataDir = database.url ? undefined : mkdtempSync(join(tmpdir(), 'connect-memory-'));
  const tokenSecret = randomBytes(32).toString('base64url');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    APOLLO_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'error',
    ...(process.env.NATS_URL ? { NATS_URL: process.env.NATS_URL } : {}),
    HOST: '127.0.0.1',
    JWT_SECRET: tokenSecret,
    GATEWAY_SECRET: randomBytes(32).toString('base64url'),
    SEED_DEMO: 'true',
    ...(database.url ? { DATABASE_URL: database.url } : { DATA_DIR: dataDir }),
    GATEWAY_PORT: String(port('gateway')),
    ...Object.fromEntries(
      subgraphCatalogue.flatMap(({ name }) => [
        [`${name.toUpperCase()}_PORT`, String(port(name))],
        [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${port(name)}/graphql`],
      ]),
    ),
  };
  const processes = new Map<Name, ChildProcess>();
  const began = Date.now();
  try {
    // Subgraphs one after the other, as their migrations would take turns anyway.
    for (const { name } of subgraphCatalogue) {
      processes.set(name, spawn(process.execPath, entry(name, mode), { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] }));
      await waitUntilReady(`http://127.0.0.1:${port(name)}/readyz`, [...processes.values()], 300_000);
    }
    processes.set('gateway', spawn(process.execPath, entry('gateway', mode), { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] }));
    await waitUntilReady(`http://127.0.0.1:${port('gateway')}/readyz`, [...processes.values()], 300_000);
    const readyS = (Date.now() - began) / 1000;
    await new Promise((r) => setTimeout(r, 3000));
    const read = () => Object.fromEntries(names.map((n) => [n, residentMiB(processes.get(n)!.pid!).tree])) as Record<Name, number>;
    const started = read();
    const launchers = mode === 'source' ? names.reduce((sum, n) => sum + residentMiB(processes.get(n)!.pid!).own, 0) : 0;

    const token = await signToken({ role: 'STAFF' }, tokenSecret);
    const body = JSON.stringify({ query: operation('RequestOverview'), variables: { id: demo.requests.agonaWestSanitation } });
    const ask = async () => {
      const response = await fetch(`http://127.0.0.1:${port('gateway')}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      const answer = (await response.json()) as { errors?: unknown[] };
      if (!response.ok || answer.errors) throw new Error(`RequestOverview failed: ${response.status} ${JSON.stringify(answer.errors)}`);
    };
    const queryStart = Date.now();
    const concurrency = 4;
    for (let sent = 0; sent < queries; sent += concurrency) {
      await Promise.all(Array.from({ length: Math.min(concurrency, queries - sent) }, ask));
    }
    const queriesPerSecond = queries / ((Date.now() - queryStart) / 1000);
    const queried = read();
    return { mode, readyS, launchers, started, queried, queriesPerSecond };
  } finally {
    await stop([...processes.values()]);
    await database.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

const readings: Reading[] = [];
for (const mode of modes) {
  process.stdout.write(`starting the five subgraphs and the gateway from ${mode === 'source' ? 'TypeScript source (tsx)' : 'dist/ (node)'} …\n`);
  readings.push(await measure(mode));
}

const storage = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const pad = (text: string | number, width: number) => String(text).padStart(width);
process.stdout.write(`\nResident memory in MiB (${storage}, Node ${process.version}, ${queries} RequestOverview queries, 4 at a time)\n`);
process.stdout.write(`${'process'.padEnd(16)}${readings.map((r) => `${pad(`${r.mode} ready`, 16)}${pad(`${r.mode} queried`, 18)}`).join('')}\n`);
for (const name of names) {
  process.stdout.write(`${name.padEnd(16)}${readings.map((r) => `${pad(r.started[name], 16)}${pad(r.queried[name], 18)}`).join('')}\n`);
}
const total = (values: Record<Name, number>) => names.reduce((sum, n) => sum + values[n], 0);
process.stdout.write(`${'all six'.padEnd(16)}${readings.map((r) => `${pad(total(r.started), 16)}${pad(total(r.queried), 18)}`).join('')}\n`);
for (const r of readings) {
  const launchers = r.mode === 'source' ? `; tsx's six launchers hold ${r.launchers} MiB of that` : '';
  process.stdout.write(`${r.mode}: ready in ${r.readyS.toFixed(1)} s, ${r.queriesPerSecond.toFixed(0)} queries/s${launchers}\n`);
}
