// What each entry point does when started in production without secrets of its own,
// or with the published development ones: it refuses to start, naming every variable
// to set in one message. `pnpm run token` never mints a token production accepts. And
// how the token and assertion lifetimes are configured.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeJwt } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_GATEWAY_SECRET, DEVELOPMENT_JWT_SECRET, loadPlatformConfig } from '@connect/kit';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'connect-startup-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starting a process with tsx and every service's code takes seconds, more on a busy machine. */
const spawnTimeoutMs = 180_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs an entry point with only the environment given (and PATH). A process that starts
 * serving instead of refusing is stopped as soon as it says so.
 */
function run(entry: string, env: Record<string, string>, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', entry, ...args], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        HOST: '127.0.0.1',
        GATEWAY_PORT: '0',
        MUNICIPALITIES_PORT: '0',
        REQUESTS_PORT: '0',
        MATCHING_PORT: '0',
        EXCHANGES_PORT: '0',
        KNOWLEDGE_PORT: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const started = /CONNECT is running|gateway ready|subgraph ready/;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (started.test(stdout)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Never outlive the test, whatever happens to it.
    const stop = setTimeout(() => child.kill('SIGKILL'), spawnTimeoutMs - 5_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(stop);
      resolve({ code, stdout, stderr });
    });
  });
}

const entries = {
  platform: 'platform/src/start.ts',
  gateway: 'gateway/src/main.ts',
  service: 'services/municipalities/src/index.ts',
  soakPlatform: 'tests/load/platform-process.ts',
  token: 'platform/src/token-cli.ts',
};
const ownSecret = 'an-operator-secret-of-at-least-32-characters';

/** A refusal at start: a failed exit, the variables named, and nothing served. */
function expectRefusal(result: Run, ...variables: string[]) {
  expect(result.code, result.stdout + result.stderr).not.toBe(0);
  expect(result.code).not.toBeNull();
  expect(result.stdout).not.toMatch(/CONNECT is running|ready|pnpm run token/);
  for (const variable of variables) expect(result.stderr).toContain(variable);
}

describe('in production, every entry point that serves', { timeout: spawnTimeoutMs }, () => {
  it('the one-process platform (npm start) refuses without its own secrets, naming both', async () => {
    expectRefusal(await run(entries.platform, { NODE_ENV: 'production' }), 'JWT_SECRET or JWKS_URL', 'GATEWAY_SECRET');
  });

  it('the one-process platform refuses the published development secrets', async () => {
    const result = await run(entries.platform, { NODE_ENV: 'production', JWT_SECRET: DEVELOPMENT_JWT_SECRET, GATEWAY_SECRET: DEVELOPMENT_GATEWAY_SECRET });
    expectRefusal(result, 'JWT_SECRET', 'GATEWAY_SECRET', 'development');
  });

  it('the one-process platform refuses a missing gateway secret even with a token secret', async () => {
    expectRefusal(await run(entries.platform, { NODE_ENV: 'production', JWT_SECRET: ownSecret }), 'GATEWAY_SECRET');
  });

  it('the one-process platform with secrets of its own starts, without the development token banner', async () => {
    const result = await run(entries.platform, { NODE_ENV: 'production', JWT_SECRET: ownSecret, GATEWAY_SECRET: ownSecret, SEED_DEMO: 'false' });
    expect(result.stdout, result.stderr).toContain('CONNECT is running');
    expect(result.stdout).not.toContain('pnpm run token');
  });

  it('the gateway refuses without its own secrets', async () => {
    expectRefusal(await run(entries.gateway, { NODE_ENV: 'production' }), 'JWT_SECRET or JWKS_URL', 'GATEWAY_SECRET');
  });

  it('the gateway refuses the development token secret', async () => {
    expectRefusal(await run(entries.gateway, { NODE_ENV: 'production', JWT_SECRET: DEVELOPMENT_JWT_SECRET, GATEWAY_SECRET: ownSecret }), 'JWT_SECRET');
  });

  it('the gateway refuses keys fetched over plain http', async () => {
    expectRefusal(
      await run(entries.gateway, { NODE_ENV: 'production', JWKS_URL: 'http://127.0.0.1:1/jwks.json', GATEWAY_SECRET: ownSecret }),
      'JWKS_URL',
      'https',
    );
  });

  it('a service refuses without the gateway secret', async () => {
    expectRefusal(await run(entries.service, { NODE_ENV: 'production' }), 'GATEWAY_SECRET');
  });

  it('a service refuses the development gateway secret', async () => {
    expectRefusal(await run(entries.service, { NODE_ENV: 'production', GATEWAY_SECRET: DEVELOPMENT_GATEWAY_SECRET }), 'GATEWAY_SECRET');
  });

  it("the soak's platform refuses without its secrets", async () => {
    expectRefusal(await run(entries.soakPlatform, { NODE_ENV: 'production', JWT_SECRET: ownSecret }), 'GATEWAY_SECRET');
  });
});

describe('the configuration', () => {
  it('reads JWT_MAX_TTL and GATEWAY_ASSERTION_TTL as durations, 12 h and 30 s by default', () => {
    expect(loadPlatformConfig({}).auth.maxLifetimeSeconds).toBe(12 * 3600);
    expect(loadPlatformConfig({}).assertionLifetimeSeconds).toBe(30);
    expect(loadPlatformConfig({ JWT_MAX_TTL: '30m', GATEWAY_ASSERTION_TTL: '10s' })).toMatchObject({
      auth: { maxLifetimeSeconds: 1800 },
      assertionLifetimeSeconds: 10,
    });
    expect(loadPlatformConfig({ JWT_MAX_TTL: '7200' }).auth.maxLifetimeSeconds).toBe(7200);
  });

  it('refuses durations it cannot read or that are out of range, naming each variable', () => {
    expect(() => loadPlatformConfig({ JWT_MAX_TTL: 'a day', GATEWAY_ASSERTION_TTL: '1h' })).toThrow(/JWT_MAX_TTL[\s\S]*GATEWAY_ASSERTION_TTL/);
    expect(() => loadPlatformConfig({ JWT_MAX_TTL: '10s' })).toThrow(/JWT_MAX_TTL/);
  });
});

describe('pnpm run token', { timeout: spawnTimeoutMs }, () => {
  it('refuses under NODE_ENV=production', async () => {
    const result = await run(entries.token, { NODE_ENV: 'production' }, ['--role', 'STAFF']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('production');
  });

  it('mints development tokens that say so, with a lifetime production accepts', async () => {
    const result = await run(entries.token, {}, ['--role', 'STAFF']);
    expect(result.code, result.stderr).toBe(0);
    const claims = decodeJwt(result.stdout.trim());
    expect(claims.iss).toBe('connect-development');
    expect(claims.exp! - claims.iat!).toBe(12 * 3600);
  });
});

describe('every entry point', () => {
  it('turns Apollo telemetry off unless the operator chose otherwise', () => {
    for (const entry of [entries.platform, entries.gateway, 'services/kit/src/main.ts', entries.soakPlatform, 'platform/src/seed-synthetic.ts', 'tests/load/soak.ts']) {
      expect(readFileSync(join(root, entry), 'utf8'), entry).toMatch(/disableApolloTelemetry\((process\.)?env\)/);
    }
  });
});
