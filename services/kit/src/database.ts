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
  /** Told of each statement the service sends (traces, metrics); none means the driver is left as it is. */
  watches?: StatementWatch[];
}

/**
 * Told when a statement is handed to the driver; the function it returns is called when
 * the statement has been answered, with the error if it failed. Neither driver has
 * instrumentation of its own, so the kit wraps the calls drizzle makes on them.
 */
export type StatementWatch = (sql: string) => (error?: unknown) => void;

export interface OpenDatabase {
  db: Database;
  driver: 'pglite' | 'postgres';
  /** Most statements that run at once: the pool's size on PostgreSQL, one on PGlite. */
  poolSize: number;
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
    const poolSize = options.poolSize ?? 10;
    const client = postgres(options.url, { max: poolSize, onnotice: () => {} });
    if (options.watches?.length) watchPostgres(client as unknown as PostgresCalls, combine(options.watches));
    const db = drizzlePostgres({ client, logger });
    return {
      db: db as unknown as Database,
      driver: 'postgres',
      poolSize,
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
  if (options.watches?.length) watchPglite(client, combine(options.watches));
  return {
    db: db as unknown as Database,
    driver: 'pglite',
    poolSize: 1,
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

function combine(watches: StatementWatch[]): StatementWatch {
  if (watches.length === 1) return watches[0]!;
  return (sql) => {
    const ends = watches.map((watch) => watch(sql));
    return (error) => ends.forEach((end) => end(error));
  };
}

async function watched<T>(watch: StatementWatch, sql: string, send: () => Promise<T>): Promise<T> {
  const end = watch(sql);
  try {
    const result = await send();
    end();
    return result;
  } catch (error) {
    end(error);
    throw error;
  }
}

// drizzle sends every statement through PGlite's query, on the client or on the
// transaction object it is handed.
function watchPglite(client: PGlite, watch: StatementWatch): void {
  const watchQueries = (target: Pick<PGlite, 'query'>) => {
    const query = target.query.bind(target);
    target.query = ((sql: string, ...rest: unknown[]) =>
      watched(watch, sql, () => (query as (...a: unknown[]) => Promise<unknown>)(sql, ...rest))) as PGlite['query'];
  };
  watchQueries(client);
  const transaction = client.transaction.bind(client);
  client.transaction = ((callback: (tx: Pick<PGlite, 'query'>) => Promise<unknown>) =>
    transaction((tx) => {
      watchQueries(tx);
      return callback(tx);
    })) as PGlite['transaction'];
}

/** The calls drizzle makes on a postgres.js client, or on the client of a transaction or savepoint. */
interface PostgresCalls {
  unsafe(query: string, ...rest: unknown[]): PromiseLike<unknown>;
  begin(...args: unknown[]): Promise<unknown>;
  savepoint?(...args: unknown[]): Promise<unknown>;
}

// drizzle sends every statement through postgres.js's unsafe, whose answer is a lazy
// query: it is sent when first awaited (one microtask later, so drizzle's `.values()`
// still applies), and watching its settlement is what times it. Transactions and
// savepoints hand their callback a client of their own, which is watched the same way.
function watchPostgres(client: PostgresCalls, watch: StatementWatch): void {
  const unsafe = client.unsafe;
  client.unsafe = (query, ...rest) => {
    const pending = unsafe.call(client, query, ...rest);
    const end = watch(query);
    pending.then(
      () => end(),
      (error: unknown) => end(error),
    );
    return pending;
  };
  for (const method of ['begin', 'savepoint'] as const) {
    const open = client[method];
    if (!open) continue;
    client[method] = (...args: unknown[]) => {
      const callback = args.at(-1) as (inner: PostgresCalls) => unknown;
      return open.apply(client, [
        ...args.slice(0, -1),
        (inner: PostgresCalls) => {
          watchPostgres(inner, watch);
          return callback(inner);
        },
      ]);
    };
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
