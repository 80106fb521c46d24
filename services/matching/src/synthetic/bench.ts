// pnpm bench:matching [--seed N] [--rounds N] [--pglite-max N]
//
// Ranks the top 20 for the benchmark requests of src/synthetic/world.ts at 30,000,
// 100,000 and 300,000 officials (one municipality per three officials), on PostgreSQL
// (DATABASE_URL, else postgres://root@127.0.0.1:5432/test; in a throwaway database
// created and dropped here) and on PGlite in memory, and in the same run the naive
// baseline that loads and scores the whole pool in code. Prints a table and ends with
// one line of figures. --pglite-max caps the PGlite sizes when filling it is too slow.
import { parseArgs } from 'node:util';
import { openDatabase, type Executor, type OpenDatabase } from '@connect/kit';
import { createTestDatabase } from '@connect/kit/testing';
import { topicNeighbours } from '../db/candidates.ts';
import { ExpertPoolRepository } from '../db/projections.ts';
import { rankExperts, type OpenRequest } from '../ranking.ts';
import { matching } from '../server.ts';
import { rankCandidates } from '../shortlist.ts';
import { fillPool, IDEAL_PEERS_PER_REQUEST, progressBar, type BenchmarkCase } from '../synthetic.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '5' },
    'naive-runs': { type: 'string', default: '3' },
    'pglite-max': { type: 'string', default: '300000' },
    sizes: { type: 'string', default: '30000,100000,300000' },
  },
});
const seed = Number(values.seed);
const rounds = Number(values.rounds);
const naiveRuns = Number(values['naive-runs']);
const sizes = values.sizes.split(',').map(Number);
const [smallest, largest] = [sizes[0]!, sizes.at(-1)!];
const top = 20;

interface Row {
  driver: string;
  officials: number;
  p50: number;
  p95: number;
  naiveP50: number | null;
  naiveP95: number | null;
  recall: number;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value };
}

async function withNeighbours(db: Executor, request: OpenRequest): Promise<OpenRequest> {
  return { ...request, topicNeighbours: await topicNeighbours(db, request.topics) };
}

async function measure(driver: string, open: OpenDatabase, cases: BenchmarkCase[], officials: number, naive: boolean): Promise<Row> {
  const db = open.db;
  const rank = async (request: OpenRequest) => rankCandidates(db, await withNeighbours(db, request), { limit: top, alreadyMatched: new Set() });
  for (const c of cases) await rank(c.request); // warm-up
  const samples: number[] = [];
  let found = 0;
  for (let round = 0; round < rounds; round++) {
    for (const c of cases) {
      const { ms, value } = await timed(() => rank(c.request));
      samples.push(ms);
      if (round === 0) {
        const top10 = new Set(value.shortlist.slice(0, 10).map((s) => s.officialId));
        found += c.idealPeers.filter((id) => top10.has(id)).length;
      }
    }
  }
  let naiveSamples: number[] = [];
  if (naive) {
    for (const c of cases.slice(0, naiveRuns)) {
      const { ms } = await timed(async () => rankExperts(await withNeighbours(db, c.request), await new ExpertPoolRepository(db).experts(), { limit: top }));
      naiveSamples.push(ms);
    }
  }
  return {
    driver,
    officials,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    naiveP50: naive ? percentile(naiveSamples, 50) : null,
    naiveP95: naive ? percentile(naiveSamples, 95) : null,
    recall: found / (cases.length * IDEAL_PEERS_PER_REQUEST),
  };
}

async function run(driver: 'postgres' | 'pglite', maxSize: number, naiveUpTo: number): Promise<Row[]> {
  const database = driver === 'postgres' ? await createTestDatabase({ DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test' }) : null;
  const open = await openDatabase({ schema: 'matching', migrationsFolder: matching.migrationsFolder, url: database?.url });
  const rows: Row[] = [];
  try {
    let from = 0;
    let cases: BenchmarkCase[] = [];
    for (const size of sizes.filter((s) => s <= maxSize)) {
      const filled = await fillPool(open.db, { seed, municipalities: size / 3, officials: size, from, onProgress: progressBar(`${driver} ${size.toLocaleString('en-US')}`) });
      if (from === 0) cases = filled;
      from = size;
      const row = await measure(driver, open, cases, size, size <= naiveUpTo);
      rows.push(row);
      process.stderr.write(`${driver} ${size}: p50 ${row.p50.toFixed(1)} ms, p95 ${row.p95.toFixed(1)} ms, naive p50 ${row.naiveP50?.toFixed(0) ?? '-'} ms, recall@10 ${row.recall}\n`);
    }
  } finally {
    await open.close();
    await database?.drop();
  }
  return rows;
}

const pg = await run('postgres', largest, largest);
const pgliteMax = Number(values['pglite-max']);
const lite = await run('pglite', pgliteMax, smallest);

const fmt = (n: number | null, digits = 1) => (n === null ? '-' : n.toFixed(digits));
console.log(`\nmatching benchmark: top ${top} of the pool, ${rounds} rounds × 10 requests per size (naive: ${naiveRuns} runs), seed ${seed}\n`);
console.log('| driver   | officials | p50 ms | p95 ms | naive p50 ms | naive p95 ms | recall@10 |');
console.log('|----------|----------:|-------:|-------:|-------------:|-------------:|----------:|');
for (const r of [...pg, ...lite]) {
  console.log(
    `| ${r.driver.padEnd(8)} | ${r.officials.toLocaleString('en-US').padStart(9)} | ${fmt(r.p50).padStart(6)} | ${fmt(r.p95).padStart(6)} | ${fmt(r.naiveP50, 0).padStart(12)} | ${fmt(r.naiveP95, 0).padStart(12)} | ${r.recall.toFixed(2).padStart(9)} |`,
  );
}
const pg300 = pg.at(-1)!;
const pg30 = pg[0]!;
const liteLargest = lite.at(-1)!;
if (liteLargest.officials !== largest) {
  console.log(`\nPGlite was measured at ${liteLargest.officials.toLocaleString('en-US')} officials at most (--pglite-max); p95_300k_pglite_ms below is that size's p95.`);
}
console.log(`speedup_vs_naive: naive p50 / SQL p50 on PostgreSQL at 300,000; growth: p95 at 300,000 / p95 at 30,000 on PostgreSQL; recall: planted ideal peers in the top 10 on PostgreSQL at 300,000.`);
console.log(
  `matching: p95_300k_pg_ms=${pg300.p95.toFixed(1)} p95_300k_pglite_ms=${liteLargest.p95.toFixed(1)} speedup_vs_naive=${(pg300.naiveP50! / pg300.p50).toFixed(1)} growth_30k_to_300k=${(pg300.p95 / pg30.p95).toFixed(2)} recall_at_10=${pg300.recall.toFixed(2)}`,
);
