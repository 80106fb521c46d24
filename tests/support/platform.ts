// Whole-graph test support: the five subgraphs and the gateway on a database of the
// suite's own (PGlite in memory, or a fresh PostgreSQL database when DATABASE_URL is set).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FormattedExecutionResult } from 'graphql';
import { randomBytes } from 'node:crypto';
import { startPlatform, type Platform, type PlatformOptions } from '@connect/platform';
import { createLogger, NatsTransport, type Viewer } from '@connect/kit';
import { createTestDatabase } from '@connect/kit/testing';

export interface TestPlatform extends Platform {
  /** SQL statements sent by all five services since the last reset, background work included. */
  statements(): number;
  resetStatements(): void;
  /** Runs an operation through the gateway, in process. */
  query<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, viewer?: Viewer): Promise<FormattedExecutionResult<TData>>;
  dispose(): Promise<void>;
}

export interface TestPlatformOptions extends Pick<PlatformOptions, 'transport' | 'seedDemo' | 'environment' | 'auth' | 'gatewaySecret' | 'log' | 'gatewaySettings' | 'telemetry' | 'pages'> {
  /**
   * Fills the platform's storage before it starts: its PostgreSQL database or, on PGlite,
   * a data folder of its own (rather than memory), removed by `dispose`.
   */
  prepare?: (storage: { databaseUrl?: string; dataDir?: string }) => Promise<void>;
}

export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const database = await createTestDatabase();
  const dataDir = options.prepare && !database.url ? mkdtempSync(join(tmpdir(), 'connect-test-')) : undefined;
  const removeDataDir = () => dataDir && rmSync(dataDir, { recursive: true, force: true });
  try {
    await options.prepare?.({ databaseUrl: database.url, dataDir });
  } catch (error) {
    await database.drop();
    removeDataDir();
    throw error;
  }
  const platform = await startPlatform({
    databaseUrl: database.url,
    dataDir,
    seedDemo: options.seedDemo ?? true,
    environment: options.environment ?? 'test',
    auth: options.auth,
    gatewaySecret: options.gatewaySecret,
    transport: options.transport ?? 'in-process',
    gatewaySettings: options.gatewaySettings,
    ports: { gateway: 0, municipalities: 0, requests: 0, matching: 0, exchanges: 0, knowledge: 0 },
    log: options.log ?? ((name) => createLogger(name, process.env.LOG_LEVEL ?? 'silent')),
    telemetry: options.telemetry,
    pages: options.pages,
    // With NATS_URL set the suites run their events through JetStream, each suite on a
    // stream and subjects of its own so that runs never see each other's events.
    natsUrl: process.env.NATS_URL,
    ...testEventNames(),
  });
  return Object.assign(platform, {
    async query<TData>(query: string, variables?: Record<string, unknown>, viewer?: Viewer) {
      const contextValue = platform.gateway.contextFor(viewer);
      const response = await platform.gateway.server.executeOperation<TData>({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return response.body.singleResult;
    },
    statements: () => platform.subgraphs.reduce((sum, s) => sum + s.database.statements.count, 0),
    resetStatements: () => platform.subgraphs.forEach((s) => s.database.statements.reset()),
    async dispose() {
      await platform.stop();
      if (platform.transport instanceof NatsTransport) await platform.transport.destroy();
      await database.drop();
      removeDataDir();
    },
  });
}

/**
 * What a platform needs to run as in production: the environment and secrets of its own
 * (production refuses the published development ones). Suites that pass viewers in
 * process need no token signed with them.
 */
export function productionMode(): Pick<TestPlatformOptions, 'environment' | 'auth' | 'gatewaySecret'> {
  return {
    environment: 'production',
    auth: { secret: randomBytes(32).toString('base64url') },
    gatewaySecret: randomBytes(32).toString('base64url'),
  };
}

/** A stream and subject prefix no other run uses (NATS refuses two streams over the same subjects). */
export function testEventNames(): { natsStream: string; natsSubjectPrefix: string } {
  const tag = randomBytes(6).toString('hex');
  return { natsStream: `TEST_${tag.toUpperCase()}`, natsSubjectPrefix: `test.${tag}` };
}

export function operation(name: string): string {
  return readFileSync(new URL(`../../schema/operations/${name}.graphql`, import.meta.url), 'utf8');
}
