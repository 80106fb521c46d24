// Schema migrations of every service, applied without starting any of them: what a
// deployment job runs before the new version starts (`pnpm migrate`, or
// `node platform/dist/migrate-cli.js` in the image). Each service also migrates when it
// starts (serialised by an advisory lock on PostgreSQL), so this is never required; it
// lets a rollout fail on a bad migration before any old process is replaced, and keeps
// the first start of the new version fast. Nothing is seeded here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type OpenDatabase, type RequestScope, type SubgraphDefinition } from '@connect/kit';
import { subgraphDefinitions } from './platform.ts';

export interface MigrationTarget {
  /** PostgreSQL for every service; when absent, PGlite folders under dataDir. */
  databaseUrl?: string;
  /** PGlite data folder (a sub-folder per service), as the services use it. */
  dataDir?: string;
}

export interface ServiceMigrations {
  service: string;
  /** Migrations in the service's drizzle/ folder, all applied once this resolves. */
  migrations: number;
}

/** Applies each service's committed migrations in turn; rejects on the first that fails. */
export async function migrateServices(target: MigrationTarget): Promise<ServiceMigrations[]> {
  if (!target.databaseUrl && !target.dataDir) throw new Error('migrateServices needs a DATABASE_URL or a PGlite data folder');
  const done: ServiceMigrations[] = [];
  for (const definition of subgraphDefinitions()) {
    const database = await openServiceDatabase(definition, target);
    await database.close();
    done.push({ service: definition.name, migrations: journalLength(definition.migrationsFolder) });
  }
  return done;
}

/** Opens one service's database where its process keeps it, applying its migrations. */
export function openServiceDatabase(definition: SubgraphDefinition<RequestScope>, storage: MigrationTarget): Promise<OpenDatabase> {
  return openDatabase({
    schema: definition.name,
    migrationsFolder: definition.migrationsFolder,
    url: storage.databaseUrl,
    dataDir: storage.databaseUrl ? undefined : storage.dataDir,
  });
}

function journalLength(migrationsFolder: string): number {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}
