// One database type for both drivers. A service gets a drizzle PgDatabase over either
// embedded PGlite (the default: a data folder per service, or memory) or PostgreSQL
// through postgres.js, applies its committed migrations, and never learns which.
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

/** The database every repository takes: the same type on PGlite and PostgreSQL. */
export type Database = PgDatabase<PgQueryResultHKT, Record<string, unknown>>;

/** What runs inside `db.transaction(async (tx) => ...)`: use it, never `db`, in there. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Either the database or a transaction on it: repositories accept both. */
export type Executor = Database | Transaction;

export interface StatementCounter {
  /** SQL statements sent since the service started (or since `reset`). */
  count: number;
  reset(): void;
}

export interface OpenDatabaseOptions {
  /** The service's Postgres schema; also names its migrations table. */
  schema: string;
  /** Folder of the service's committed drizzle-kit migrations. */
  migrationsFolder: string;
  /** PostgreSQL URL. When absent, PGlite is used. */
  url?: string;
  /** PGlite data folder. When absent (and no url), PGlite runs in memory. */
  dataDir?: string;
  /** Largest PostgreSQL connection pool per service. */
  poolSize?: number;
}

export interface OpenDatabase {
  db: Database;
  driver: 'pglite' | 'postgres';
  statements: StatementCounter;
  /** Answers true while the database takes queries (for /readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

// Statements sent on behalf of one piece of work (a query through the gateway, say),
// whichever service's database they go to, and not the relays' background polling.
const statementScope = new AsyncLocalStorage<{ count: number }>();

/** Runs `work` and counts the SQL statements it causes in every database of this process. */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const scope = { count: 0 };
  const result = await statementScope.run(scope, work);
  return { result, statements: scope.count };
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenDatabase> {
  const statements = createCounter();
  const logger = {
    logQuery: () => {
      statements.count++;
      const scope = statementScope.getStore();
      if (scope) scope.count++;
    },
  };
  const migrations = {
    migrationsFolder: options.migrationsFolder,
    migrationsSchema: 'drizzle',
    migrationsTable: `${options.schema}_migrations`,
  };

  if (options.url) {
    await migrateWithLock(options.url, migrations);
    const client = postgres(options.url, { max: options.poolSize ?? 10, onnotice: () => {} });
    const db = drizzlePostgres({ client, logger });
    return {
      db: db as unknown as Database,
      driver: 'postgres',
      statements,
      ping: () => ping(db as unknown as Database),
      close: () => client.end({ timeout: 5 }),
    };
  }

  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = resolve(join(options.dataDir, options.schema));
    mkdirSync(dataDir, { recursive: true });
  }
  const client = new PGlite(dataDir);
  const db = drizzlePglite({ client, logger });
  await migratePglite(db, migrations);
  statements.reset();
  return {
    db: db as unknown as Database,
    driver: 'pglite',
    statements,
    ping: () => ping(db as unknown as Database),
    close: () => client.close(),
  };
}

// Services that start side by side on one PostgreSQL database would race to create
// the shared migrations schema; an advisory lock on one dedicated connection
// serialises them.
async function migrateWithLock(
  url: string,
  config: { migrationsFolder: string; migrationsSchema: string; migrationsTable: string },
): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(7248153)`;
    await migratePostgres(drizzlePostgres({ client }), config);
  } finally {
    await client`select pg_advisory_unlock(7248153)`.catch(() => undefined);
    await client.end({ timeout: 5 });
  }
}

async function ping(db: Database): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

function createCounter(): StatementCounter {
  const counter = {
    count: 0,
    reset() {
      counter.count = 0;
    },
  };
  return counter;
}
