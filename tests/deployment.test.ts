// The deployment files (compose.yaml, .env.example, Dockerfile) against the code they
// deploy: no container runs here (images cannot be pulled), so these checks catch what
// `docker compose up` would otherwise reveal only on a server: a variable no process
// reads, a value a process refuses, a health check on the wrong port.
import { existsSync, readFileSync } from 'node:fs';
import { loadPlatformConfig, platformEnvSchema } from '@connect/kit';
import { gatewayEnvSchema, loadGatewaySettings, subgraphCatalogue } from '@connect/gateway';
import { loadMatchingSettings } from '@connect/matching';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string | number | boolean | null>;
  healthcheck?: { test: string[] };
}
const composeText = read('compose.yaml');
const compose = parse(composeText, { merge: true }) as { services: Record<string, ComposeService> };
/** The services that run the CONNECT image (the others are PostgreSQL and NATS). */
const connectServices = Object.entries(compose.services).filter(([, service]) => service.build !== undefined);

// What matching reads besides the platform's variables (services/matching/src/settings.ts).
const matchingVariables = ['MATCHING_WEIGHTS'];
const knownVariables = new Set([
  ...Object.keys(platformEnvSchema.shape),
  ...Object.keys(gatewayEnvSchema.shape),
  ...matchingVariables,
  'GATEWAY_PORT',
  ...subgraphCatalogue.flatMap(({ name }) => [`${name.toUpperCase()}_PORT`, `${name.toUpperCase()}_URL`]),
]);

/** .env.example as a map; compose reads .env the same way (NAME=value, # comments). */
function envFile(text: string): Map<string, string> {
  const entries = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as [string, string]);
  return new Map(entries);
}
const envExample = envFile(read('.env.example'));

/** Compose's interpolation: ${NAME}, ${NAME:-default}, ${NAME:?error}; unset or empty counts as unset. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{([A-Z0-9_]+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    const set = env[name];
    if (set) return set;
    if (kind === '?') throw new Error(`compose would refuse to start: ${rest}`);
    return kind === '-' ? (rest ?? '') : '';
  });
}

const interpolated = [...composeText.matchAll(/\$\{([A-Z0-9_]+)/g)].map((m) => m[1]!);

describe('compose.yaml', () => {
  it('runs PostgreSQL, NATS, the migration job, the five subgraphs and the gateway', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['postgres', 'nats', 'migrate', ...subgraphCatalogue.map((s) => s.name), 'gateway'].sort(),
    );
    expect(connectServices.map(([name]) => name).sort()).toEqual(['migrate', ...subgraphCatalogue.map((s) => s.name), 'gateway'].sort());
  });

  it('sets only variables that the configuration of CONNECT reads', () => {
    const unknown = connectServices.flatMap(([name, service]) =>
      Object.keys(service.environment ?? {})
        .filter((variable) => !knownVariables.has(variable))
        .map((variable) => `${name}: ${variable}`),
    );
    expect(unknown).toEqual([]);
  });

  it('names in matchingVariables what matching really reads', () => {
    for (const variable of matchingVariables) expect(() => loadMatchingSettings({ [variable]: 'not weights' })).toThrow(variable);
  });

  it('hands every process values its configuration accepts, in production, with secrets from .env', () => {
    const secrets = { POSTGRES_PASSWORD: 'p4ssw0rd', JWT_SECRET: 'x'.repeat(40), GATEWAY_SECRET: 'y'.repeat(40) };
    for (const [name, service] of connectServices) {
      const env = Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, interpolate(String(v ?? ''), secrets)]));
      const config = loadPlatformConfig(env);
      expect(config.environment, name).toBe('production');
      expect(config.databaseUrl, name).toBe('postgres://connect:p4ssw0rd@postgres:5432/connect');
      expect(config.natsUrl, name).toBe('nats://nats:4222');
      expect(config.developmentAuth, name).toBe(false);
      expect(config.gatewaySecret, name).toBe(secrets.GATEWAY_SECRET);
      expect(config.seedDemo, name).toBe(false);
      expect(config.host, name).toBe('0.0.0.0');
      loadGatewaySettings(env);
      loadMatchingSettings(env);
    }
  });

  it('refuses to start without the secrets', () => {
    const gatewayEnvironment = compose.services.gateway!.environment!;
    expect(() => interpolate(String(gatewayEnvironment.GATEWAY_SECRET), {})).toThrow(/GATEWAY_SECRET/);
    expect(() => interpolate(String(gatewayEnvironment.DATABASE_URL), {})).toThrow(/POSTGRES_PASSWORD/);
  });

  it('checks the readiness of each process on the port it listens on', () => {
    const ports = new Map<string, number>([...subgraphCatalogue.map(({ name, port }) => [name, port] as [string, number]), ['gateway', 4000]]);
    for (const [name, port] of ports) {
      expect(compose.services[name]!.healthcheck?.test, name).toEqual(['CMD', 'node', 'scripts/healthcheck.mjs', String(port)]);
    }
    expect(existsSync(new URL('scripts/healthcheck.mjs', root))).toBe(true);
  });

  it('points the gateway at each subgraph by its service name', () => {
    const environment = compose.services.gateway!.environment!;
    for (const { name, port } of subgraphCatalogue) expect(environment[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${port}/graphql`);
  });

  it('starts each process from a compiled entry point that has a source', () => {
    for (const [name, service] of connectServices) {
      const [program, entry] = service.command ?? [];
      expect(program, name).toBe('node');
      const source = entry!.replace('/dist/', '/src/').replace(/\.js$/, '.ts');
      expect(existsSync(new URL(source, root)), `${name}: ${source}`).toBe(true);
    }
  });

  it('keeps PostgreSQL and NATS data in named volumes', () => {
    expect(compose.services.postgres!.image).toMatch(/^postgres:\d+\.\d+/);
    expect((compose.services.postgres as { volumes: string[] }).volumes).toContain('postgres-data:/var/lib/postgresql/data');
    expect(compose.services.nats!.command).toContain('--jetstream');
    expect((compose.services.nats as { volumes: string[] }).volumes).toContain('nats-data:/data');
  });
});

describe('.env.example', () => {
  it('lists every variable compose.yaml takes from .env, and nothing else', () => {
    expect([...envExample.keys()].sort()).toEqual([...new Set(interpolated)].sort());
  });

  it('holds placeholders that the services refuse, so a copied example cannot go live', () => {
    for (const secret of ['JWT_SECRET', 'GATEWAY_SECRET']) {
      expect(() => loadPlatformConfig({ [secret]: envExample.get(secret) })).toThrow(/at least 32 characters/);
    }
  });

  it('is not ignored by git, while .env is', () => {
    const ignored = read('.gitignore').split('\n');
    expect(ignored).toContain('.env');
    expect(ignored.some((line) => line.includes('example'))).toBe(false);
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('builds on an exactly pinned release of the recommended Node.js LTS', () => {
    const image = /^ARG NODE_IMAGE=node:(\d+)\.(\d+)\.(\d+)-[a-z]+-slim$/m.exec(dockerfile);
    expect(image, 'ARG NODE_IMAGE=node:<major.minor.patch>-<debian>-slim').not.toBeNull();
    expect(image![1]).toBe(read('.nvmrc').trim());
  });

  it('runs as a user other than root, with production dependencies only', () => {
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/pnpm install [^\n]*--prod/);
  });
});

describe('.dockerignore', () => {
  it('keeps secrets, installed modules and local data out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['.env', '**/node_modules', '**/dist', '.data', '.git']) expect(ignored).toContain(entry);
  });
});
