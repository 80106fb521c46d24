import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@connect/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateServices, openServiceDatabase, type MigrationTarget } from '../src/migrate.ts';
import { subgraphDefinitions } from '../src/platform.ts';

// On PostgreSQL when DATABASE_URL is set, else in PGlite folders, as a deployment job would.
let database: TestDatabase;
let dataDir: string | undefined;
let target: MigrationTarget;

beforeAll(async () => {
  database = await createTestDatabase(process.env, 'connect_migrate');
  if (!database.url) dataDir = mkdtempSync(join(tmpdir(), 'connect-migrate-'));
  target = { databaseUrl: database.url, dataDir };
});

afterAll(async () => {
  await database.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Counts, per service, the migrations its storage records and the rows of its main table. */
async function inspect(): Promise<Map<string, { migrations: number; rows: number }>> {
  const mainTable: Record<string, string> = {
    municipalities: 'municipality',
    requests: 'request',
    matching: 'match',
    exchanges: 'exchange',
    knowledge: 'best_practice',
  };
  const found = new Map<string, { migrations: number; rows: number }>();
  for (const definition of subgraphDefinitions()) {
    const name = definition.name;
    const opened = await openServiceDatabase(definition, target);
    try {
      const result = (await opened.db.execute(
        `select (select count(*) from drizzle.${name}_migrations)::int as migrations, (select count(*) from ${name}.${mainTable[name]})::int as rows`,
      )) as unknown as Row[] | { rows: Row[] };
      const [row] = Array.isArray(result) ? result : result.rows;
      found.set(name, { migrations: Number(row!.migrations), rows: Number(row!.rows) });
    } finally {
      await opened.close();
    }
  }
  return found;
}
type Row = { migrations: number; rows: number };

// Every open of an on-disk PGlite takes seconds on a busy machine; ten of them run here.
const slow = 300_000;

describe('pnpm migrate', () => {
  it("applies every service's committed migrations and seeds nothing", async () => {
    const applied = await migrateServices(target);

    expect(applied.map((a) => a.service)).toEqual(['municipalities', 'requests', 'matching', 'exchanges', 'knowledge']);
    const found = await inspect();
    for (const { service, migrations } of applied) {
      expect(migrations).toBeGreaterThan(0);
      expect(found.get(service)).toEqual({ migrations, rows: 0 });
    }
  }, slow);

  it('changes nothing when run again', async () => {
    const again = await migrateServices(target);
    const found = await inspect();
    for (const { service, migrations } of again) expect(found.get(service)).toEqual({ migrations, rows: 0 });
  }, slow);

  it('refuses to run with nowhere to migrate', async () => {
    await expect(migrateServices({})).rejects.toThrow(/DATABASE_URL or a PGlite data folder/);
  });
});
