// Test support shared by every suite. Each suite gets a database of its own: PGlite in
// memory by default, or, when DATABASE_URL is set, a fresh PostgreSQL database created
// from it and dropped afterwards, so suites never see each other's rows.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createLogger } from './logging.ts';
import { startSubgraph, type RequestScope, type Subgraph, type SubgraphDefinition } from './subgraph.ts';
import type { Telemetry } from './telemetry.ts';

export interface TestDatabase {
  /** Undefined on PGlite. */
  url?: string;
  drop(): Promise<void>;
}

/** A fresh database next to DATABASE_URL's, named `<prefix>_<random>`; PGlite in memory when DATABASE_URL is unset. */
export async function createTestDatabase(env: Record<string, string | undefined> = process.env, prefix = 'connect_test'): Promise<TestDatabase> {
  const base = env.DATABASE_URL;
  if (!base) return { url: undefined, drop: async () => {} };
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = postgres(base, { max: 1, onnotice: () => {} });
      await client.unsafe(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export interface TestSubgraph<Ctx extends RequestScope> extends Subgraph<Ctx> {
  dispose(): Promise<void>;
}

/** Starts one subgraph on its own test database; `dispose` stops it and drops the database. */
export async function startTestSubgraph<Ctx extends RequestScope>(
  definition: SubgraphDefinition<Ctx>,
  options: { seedDemo?: boolean; databaseUrl?: string; telemetry?: Telemetry } = {},
): Promise<TestSubgraph<Ctx>> {
  const database = options.databaseUrl ? { url: options.databaseUrl, drop: async () => {} } : await createTestDatabase();
  const subgraph = await startSubgraph(definition, {
    databaseUrl: database.url,
    seedDemo: options.seedDemo ?? false,
    environment: 'test',
    log: createLogger(definition.name, process.env.LOG_LEVEL ?? 'silent'),
    telemetry: options.telemetry,
  });
  return Object.assign(subgraph, {
    async dispose() {
      await subgraph.stop();
      await database.drop();
    },
  });
}
