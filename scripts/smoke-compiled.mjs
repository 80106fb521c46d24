// `pnpm smoke:compiled [--node 24] [--base-port 4510]`: runs the compiled one-process
// platform (platform/dist/start.js, `pnpm build` first) under another Node.js release,
// fetched from the npm package `node@<version>` through npx, in production mode on
// PGlite in a temporary folder with the demo story, asks RequestOverview through the
// gateway and stops. Checks that the build runs on a supported Node.js the machine does
// not have installed; not part of the test run (it downloads Node.js once).
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    node: { type: 'string', default: readFileSync(join(root, '.nvmrc'), 'utf8').trim() },
    'base-port': { type: 'string', default: '4510' },
  },
  strict: true,
});
const basePort = Number(values['base-port']);
if (!/^\d+(\.\d+){0,2}$/.test(values.node) || !Number.isInteger(basePort)) {
  process.stderr.write('usage: pnpm smoke:compiled [--node 24] [--base-port 4510]\n');
  process.exit(2);
}
if (!existsSync(join(root, 'platform/dist/start.js'))) {
  process.stderr.write('platform/dist/start.js is missing: run `pnpm build` first\n');
  process.exit(2);
}

// Signing needs only the compiled gateway, on this process's Node.js.
const { signToken } = await import('../gateway/dist/index.js');
const names = ['gateway', 'municipalities', 'requests', 'matching', 'exchanges', 'knowledge'];
const dataDir = mkdtempSync(join(tmpdir(), 'connect-smoke-'));
const tokenSecret = randomBytes(32).toString('base64url');
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  NODE_ENV: 'production',
  APOLLO_TELEMETRY_DISABLED: '1',
  LOG_LEVEL: 'warn',
  DATA_DIR: dataDir,
  SEED_DEMO: 'true',
  JWT_SECRET: tokenSecret,
  GATEWAY_SECRET: randomBytes(32).toString('base64url'),
  ...Object.fromEntries(names.map((name, i) => [`${name.toUpperCase()}_PORT`, String(basePort + i)])),
};
const gateway = `http://127.0.0.1:${basePort}`;

// npx fetches the release once; the platform then runs on that node binary directly, so
// that a signal reaches it and nothing is left running.
const [nodeBinary, running] = execFileSync('npx', ['-y', `node@${values.node}`, '-p', "process.execPath + '\\n' + process.version"], { env, encoding: 'utf8' })
  .trim()
  .split('\n');
const platform = spawn(nodeBinary, ['platform/dist/start.js'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
let banner = '';
platform.stdout.on('data', (chunk) => (banner += chunk));

let verdict = 1;
try {
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (platform.exitCode !== null) throw new Error(`the platform exited with code ${platform.exitCode}`);
    if (Date.now() > deadline) throw new Error('not ready after 10 minutes');
    if (await fetch(`${gateway}/readyz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  const query = readFileSync(join(root, 'schema/operations/RequestOverview.graphql'), 'utf8');
  const response = await fetch(`${gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await signToken({ role: 'STAFF' }, tokenSecret)}` },
    body: JSON.stringify({ query, variables: { id: '916f68a5-13d0-583d-abad-bccd38fc6737' } }),
  });
  const answer = await response.json();
  const request = answer.data?.request;
  if (!response.ok || answer.errors || request?.reference !== 'REQ-2017-0001' || request.matches.length === 0) {
    throw new Error(`RequestOverview answered ${response.status}: ${JSON.stringify(answer).slice(0, 500)}`);
  }
  process.stdout.write(
    `ok: the compiled platform ran on Node.js ${running} (production, PGlite) and answered RequestOverview ` +
      `(${request.matches.length} matches, ${request.exchanges.length} exchange)\n`,
  );
  verdict = 0;
} catch (error) {
  process.stderr.write(`${banner}\nsmoke test failed: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(verdict);

/** Stops the platform as an operator would, with SIGTERM. */
function stop() {
  return new Promise((resolve) => {
    if (platform.exitCode !== null) return resolve();
    const force = setTimeout(() => platform.kill('SIGKILL'), 15_000);
    platform.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    platform.kill('SIGTERM');
  });
}
