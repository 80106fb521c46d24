// pnpm seed:synthetic --municipalities 100000 --officials 300000 [--seed N] [--data-dir DIR]
//
// Fills matching's pool tables with a synthetic pool (src/synthetic/world.ts), as the
// directory's events and the officials' declarations would have: no other service's
// tables are touched. PostgreSQL when DATABASE_URL is set, else PGlite in DIR
// (.data/synthetic by default). Meant for an empty database.
import { parseArgs } from 'node:util';
import { openDatabase } from '@connect/kit';
import { matching } from '../server.ts';
import { fillPool, progressBar } from './world.ts';

const { values } = parseArgs({
  options: {
    municipalities: { type: 'string', default: '100000' },
    officials: { type: 'string', default: '300000' },
    seed: { type: 'string', default: '1' },
    'data-dir': { type: 'string', default: '.data/synthetic' },
  },
});
const url = process.env.DATABASE_URL;
const open = await openDatabase({ schema: 'matching', migrationsFolder: matching.migrationsFolder, url, dataDir: url ? undefined : values['data-dir'] });
const started = Date.now();
const cases = await fillPool(open.db, {
  seed: Number(values.seed),
  municipalities: Number(values.municipalities),
  officials: Number(values.officials),
  onProgress: progressBar('officials'),
});
await open.close();
console.log(
  `synthetic pool on ${open.driver}: ${Number(values.officials).toLocaleString('en-US')} officials, ${Number(values.municipalities).toLocaleString('en-US')} municipalities, ` +
    `${cases.length} benchmark requests with planted peers, seed ${values.seed}, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
