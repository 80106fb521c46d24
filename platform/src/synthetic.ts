// The synthetic world in every service (@connect/kit/synthetic generates it once). Each
// service that owns a part of it writes that part itself, behind its SubgraphDefinition
// (`syntheticWorld`): the directory its municipalities and officials, requests the
// benchmark requests, matching the officials' declarations. With its rows each records,
// in bulk, the events its write paths would have recorded; the other services' projections
// (requests' officials, matching's pool, exchanges' municipalities and request facts,
// knowledge's officials) fill from those events, as in use. No service writes another's tables.
import {
  createLogger,
  InProcessTransport,
  startSubgraph,
  type Logger,
  type OpenDatabase,
  type RequestScope,
  type Subgraph,
  type SubgraphDefinition,
} from '@connect/kit';
import { fillWorld, runOn, type BenchmarkCase, type FillOptions, type RunSql, type WorldLoader } from '@connect/kit/synthetic';
import type { SubgraphName } from '@connect/gateway';
import { settleEvents, subgraphDefinitions } from './platform.ts';

/** How to reach each service's database (`runOn(db)`, or a recorder in tests). */
export type ServiceDatabases = Partial<Record<SubgraphName, RunSql>>;

/**
 * Who writes first, as in use: officials are registered before they declare expertise,
 * and a request is validated for a pool that knows them (its RequestValidated ranks it).
 */
const writingOrder: SubgraphName[] = ['municipalities', 'matching', 'requests'];

/** The loader of each service that owns a part of the world, on its database, in writing order. */
function worldLoaders(databases: ServiceDatabases): { name: string; loader: WorldLoader }[] {
  const definitions = new Map(subgraphDefinitions().map((d) => [d.name, d]));
  return writingOrder.flatMap((name) => {
    const write = definitions.get(name)?.syntheticWorld;
    const run = databases[name];
    return write && run ? [{ name, loader: write(run) }] : [];
  });
}

export class SyntheticWorldPresent extends Error {
  override readonly name = 'SyntheticWorldPresent';
}

/** Refuses a second world over a first: its ids are fixed, so the two would collide and leave a mix. */
async function refuseAnotherWorld(services: { name: string; loader: WorldLoader }[]): Promise<void> {
  const holding: string[] = [];
  for (const { name, loader } of services) if (await loader.holdsWorld()) holding.push(name);
  if (holding.length > 0) {
    throw new SyntheticWorldPresent(
      `The database of ${holding.join(', ')} already holds a synthetic world; seed:synthetic only fills one that does not. ` +
        'Start from empty storage: delete the PGlite data folder, or use a fresh PostgreSQL database.',
    );
  }
}

/**
 * Writes each service's own part of the synthetic world into its open database, with the
 * events it records, one service after the other (`settle` runs after each: the events
 * of one are handled before the next writes).
 */
export async function fillSyntheticWorld(databases: ServiceDatabases, options: FillOptions, settle?: () => Promise<void>): Promise<BenchmarkCase[]> {
  const services = worldLoaders(databases);
  await refuseAnotherWorld(services);
  let cases: BenchmarkCase[] = [];
  // The same seed generates the same world for each of them.
  for (const { loader } of services) {
    cases = await fillWorld([loader], options);
    await settle?.();
  }
  return cases;
}

/** Where the services keep their data, as `pnpm start` lays it out. */
export interface WorldStorage {
  /** PostgreSQL: every service in its own schema of this database. */
  databaseUrl?: string;
  /** PGlite: a folder per service under this one. */
  dataDir?: string;
}

export interface SeedOptions extends FillOptions {
  /** Seed the demo story first, as `pnpm start` does on an empty database. */
  seedDemo: boolean;
  /** Where the services log while the world's events travel; warnings only when omitted. */
  log?: (name: string) => Logger;
}

/**
 * `pnpm seed:synthetic`: starts the five services on their storage as `pnpm start` does
 * (applying their migrations, seeding the demo story where asked, serving nothing), with
 * events in process; refuses storage that holds a synthetic world; lets each service write
 * its part; waits until every event has been handled (the projections hold the world too),
 * then stops them.
 */
export async function seedSyntheticWorld(storage: WorldStorage, options: SeedOptions): Promise<{ driver: OpenDatabase['driver']; cases: BenchmarkCase[] }> {
  const makeLog = options.log ?? ((name: string) => createLogger(name, 'warn'));
  const transport = new InProcessTransport(makeLog('events'));
  const subgraphs: Subgraph<RequestScope>[] = [];
  try {
    for (const definition of subgraphDefinitions() as SubgraphDefinition<RequestScope>[]) {
      subgraphs.push(
        await startSubgraph(definition, {
          databaseUrl: storage.databaseUrl,
          dataDir: storage.databaseUrl ? undefined : storage.dataDir,
          // The demo first: a later `pnpm start` finds every service seeded and adds nothing,
          // where it would otherwise seed the demo into the services the world left empty.
          seedDemo: options.seedDemo,
          environment: 'development',
          log: makeLog(definition.name),
          transport,
          // Tens of thousands of events: one transaction per few hundred rather than per event.
          batchDelivery: true,
        }),
      );
    }
    const databases = Object.fromEntries(subgraphs.map((s) => [s.name, runOn(s.database.db)])) as ServiceDatabases;
    const cases = await fillSyntheticWorld(databases, options, () => settleEvents(subgraphs, transport));
    // The projections grew by event: statistics for the planner, as the loaders' own
    // tables got them (PGlite runs no autovacuum at all). One run per database.
    for (const subgraph of storage.databaseUrl ? subgraphs.slice(0, 1) : subgraphs) await runOn(subgraph.database.db)('vacuum analyze');
    return { driver: subgraphs[0]!.database.driver, cases };
  } finally {
    for (const subgraph of subgraphs) await subgraph.stop();
    await transport.close();
  }
}
