// pnpm seed:synthetic [--municipalities 100000] [--officials 300000] [--seed N] [--data-dir DIR]
//
// Fills every service with the synthetic world (src/synthetic.ts) where `pnpm start`
// reads it: PostgreSQL when DATABASE_URL is set, else a PGlite folder per service under
// --data-dir (DATA_DIR, `.data` by default). Like a first `pnpm start`, it seeds the demo
// story first unless SEED_DEMO=false. Refuses databases that already hold a synthetic
// world.
import { parseArgs } from 'node:util';
import { disableApolloTelemetry, reportConfigurationErrors, loadPlatformConfig } from '@connect/kit';
import { progressBar } from '@connect/matching/synthetic';
import { seedSyntheticWorld, SyntheticWorldPresent } from './synthetic.ts';

// It serves nothing, so it needs no secrets; it builds no gateway either, but says so
// the same way every entry point does.
reportConfigurationErrors();
disableApolloTelemetry(process.env);
const config = loadPlatformConfig({ NODE_ENV: 'development', ...process.env });
const { values } = parseArgs({
  options: {
    municipalities: { type: 'string', default: '100000' },
    officials: { type: 'string', default: '300000' },
    seed: { type: 'string', default: '1' },
    'data-dir': { type: 'string', default: config.dataDir },
  },
});

function count(option: 'municipalities' | 'officials' | 'seed', min: number): number {
  const n = Number(values[option]);
  if (!Number.isSafeInteger(n) || n < min) {
    process.stderr.write(`--${option} must be a whole number of at least ${min}, got "${values[option]}"\n`);
    process.exit(2);
  }
  return n;
}
const municipalities = count('municipalities', 1);
const officials = count('officials', 0);
const seed = count('seed', 0);

const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${values['data-dir']}/`;
const started = Date.now();
try {
  const { cases } = await seedSyntheticWorld(
    { databaseUrl: config.databaseUrl, dataDir: values['data-dir'] },
    { seed, municipalities, officials, seedDemo: config.seedDemo, onProgress: progressBar('officials') },
  );
  console.log(
    `synthetic world on ${where}: ${officials.toLocaleString('en-US')} officials, ${municipalities.toLocaleString('en-US')} municipalities, ` +
      `${cases.length} validated benchmark requests with planted peers, seed ${seed}${config.seedDemo ? ', demo story' : ''}, ` +
      `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  if (!(error instanceof SyntheticWorldPresent)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
