// `pnpm migrate` (or `node platform/dist/migrate-cli.js`): applies the migrations of every
// service to DATABASE_URL, or to the PGlite folders under DATA_DIR, and exits. No server
// starts and nothing is seeded.
import { loadPlatformConfig } from '@connect/kit';
import { migrateServices } from './migrate.ts';

const config = loadPlatformConfig(process.env);
const where = config.databaseUrl ? `PostgreSQL (${new URL(config.databaseUrl).host})` : `embedded PGlite in ${config.dataDir}/`;
try {
  const applied = await migrateServices({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  for (const { service, migrations } of applied) process.stdout.write(`${service}: ${migrations} migrations, all applied\n`);
  process.stdout.write(`Every service's schema is up to date on ${where}.\n`);
} catch (error) {
  process.stderr.write(`Migration failed on ${where}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
