// The synthetic world in every service. services/matching/src/synthetic/world.ts
// generates it once (municipalities, officials, benchmark requests); here each service
// gets a loader that writes that world into its own tables, as its write paths and the
// events between the services would have: the directory holds every municipality and
// official with a name and work address, requests holds the benchmark requests
// (validated, with their history), and each projection (requests' officials, matching's
// pool, exchanges' municipalities and request facts, knowledge's officials) agrees with
// them. Matching's loader lives with the generator, because the benchmark uses it alone.
import type { OpenDatabase, RequestScope, SubgraphDefinition } from '@connect/kit';
import {
  BulkRows,
  bulkLoader,
  fillWorld,
  literal,
  matchingLoader,
  runOn,
  syntheticAt,
  syntheticMarkers,
  type BenchmarkCase,
  type FillOptions,
  type RunSql,
  type WorldLoader,
} from '@connect/matching/synthetic';
import { nextStatus, validationCriteria, type RequestStatus } from '@connect/requests';
import type { SubgraphName } from '@connect/gateway';
import { openServiceDatabase } from './migrate.ts';
import { subgraphDefinitions } from './platform.ts';

const { text, array, date } = literal;
const at = `'${syntheticAt}'`;

/** The directory: every municipality and official, with a name and a work address. */
export function municipalitiesLoader(run: RunSql): WorldLoader {
  const out = new BulkRows(run, {
    municipality: 'municipalities.municipality (id, name, country_code, region, kind, population, languages, created_at)',
    official: 'municipalities.official (id, municipality_id, full_name, position, mandate, function_area, languages, email, phone, created_at)',
  });
  return bulkLoader(out, ['municipality', 'id', syntheticMarkers.municipalityId], {
    municipality(m) {
      out.add('municipality', `(${text(m.municipalityId)}, ${text(m.name)}, '${m.countryCode}', ${text(m.region)}, '${m.kind}', ${m.population}, ${array(m.languages)}, ${at})`);
    },
    official(p) {
      out.add(
        'official',
        `(${text(p.officialId)}, ${text(p.municipalityId)}, ${text(p.fullName)}, ${text(p.position)}, '${p.mandate}', '${p.functionArea}', ${array(p.languages)}, ${text(p.email)}, null, ${at})`,
      );
    },
  });
}

/** When a benchmark request reached `status`, as an SQL literal. */
const reached = (c: BenchmarkCase, status: RequestStatus) => `'${c.history.find((step) => step.status === status)!.at}'`;

/** Requests: the benchmark requests, validated, with their history; and which municipality each official speaks for. */
export function requestsLoader(run: RunSql): WorldLoader {
  const out = new BulkRows(run, {
    official: 'requests.known_official (official_id, municipality_id, updated_at)',
    request:
      'requests.request (id, reference, title, challenge, expected_outcome, topics, preferred_formats, languages, municipality_id, contact_official_id, earliest_start, latest_end, status, submitted_at, created_at, updated_at)',
    validation: 'requests.request_validation (request_id, decision, criteria_checked, note, decided_at, decided_by)',
    transition: 'requests.request_transition (id, request_id, from_status, to_status, at, actor, reason)',
  });
  return bulkLoader(out, ['request', 'id', syntheticMarkers.requestId], {
    official(p) {
      out.add('official', `(${text(p.officialId)}, ${text(p.municipalityId)}, ${at})`);
    },
    request(c) {
      const r = c.request;
      const id = text(r.requestId);
      // Through the lifecycle table, as every change of status in the requests service.
      let status: RequestStatus | null = null;
      for (const step of c.history) {
        if (status === null ? step.status !== 'DRAFT' : !nextStatus(status, step.status).ok) {
          throw new Error(`benchmark request ${c.reference} cannot move from ${status ?? 'nothing'} to ${step.status}`);
        }
        out.add('transition', `(${text(step.id)}, ${id}, ${status === null ? 'null' : `'${status}'`}, '${step.status}', '${step.at}', ${text(step.actor)}, null)`);
        status = step.status;
      }
      out.add(
        'request',
        `(${id}, ${text(c.reference)}, ${text(c.title)}, ${text(r.challenge)}, ${text(c.expectedOutcome)}, ${array(r.topics)}, ${array(r.preferredFormats)}::requests.exchange_format[], ` +
          `${array(r.languages)}, ${text(r.municipality.municipalityId)}, ${text(c.contactOfficialId)}, ${date(r.earliestStart)}, ${date(r.latestEnd)}, '${status}', ` +
          `${reached(c, 'SUBMITTED')}, ${reached(c, 'DRAFT')}, ${reached(c, 'VALIDATED')})`,
      );
      out.add(
        'validation',
        `(${id}, 'VALIDATED', ${array(validationCriteria)}::requests.validation_criterion[], 'A benchmark request of the synthetic world.', ${reached(c, 'VALIDATED')}, 'STAFF')`,
      );
    },
  });
}

/** Exchanges: the country of every municipality, and where each benchmark request stands. */
export function exchangesLoader(run: RunSql): WorldLoader {
  const out = new BulkRows(run, {
    municipality: 'exchanges.known_municipality (municipality_id, country_code)',
    request: 'exchanges.request_fact (request_id, municipality_id, country_code, status, topics, submitted_at, validated_at, created_at, changed_at)',
  });
  return bulkLoader(out, ['municipality', 'municipality_id', syntheticMarkers.municipalityId], {
    municipality(m) {
      out.add('municipality', `(${text(m.municipalityId)}, '${m.countryCode}')`);
    },
    request(c) {
      const r = c.request;
      out.add(
        'request',
        `(${text(r.requestId)}, ${text(r.municipality.municipalityId)}, '${r.municipality.countryCode}', 'VALIDATED', ${array(r.topics)}, ` +
          `${reached(c, 'SUBMITTED')}, ${reached(c, 'VALIDATED')}, ${reached(c, 'DRAFT')}, ${reached(c, 'VALIDATED')})`,
      );
    },
  });
}

/** Knowledge: the municipality each official works for. */
export function knowledgeLoader(run: RunSql): WorldLoader {
  const out = new BulkRows(run, { official: 'knowledge.official_municipality (official_id, municipality_id)' });
  return bulkLoader(out, ['official', 'official_id', syntheticMarkers.officialId], {
    official(p) {
      out.add('official', `(${text(p.officialId)}, ${text(p.municipalityId)})`);
    },
  });
}

const loaders: Record<SubgraphName, (run: RunSql) => WorldLoader> = {
  municipalities: municipalitiesLoader,
  requests: requestsLoader,
  matching: matchingLoader,
  exchanges: exchangesLoader,
  knowledge: knowledgeLoader,
};

/** How to reach each service's database (`runOn(db)`, or a recorder in tests). */
export type ServiceDatabases = Record<SubgraphName, RunSql>;

/** Each service's loader on its database, in the order `loaders` lists them. */
function worldLoaders(databases: ServiceDatabases): { name: SubgraphName; loader: WorldLoader }[] {
  return (Object.keys(loaders) as SubgraphName[]).map((name) => ({ name, loader: loaders[name](databases[name]) }));
}

export class SyntheticWorldPresent extends Error {
  override readonly name = 'SyntheticWorldPresent';
}

/** Refuses a second world over a first: its ids are fixed, so the two would collide and leave a mix. */
async function refuseAnotherWorld(services: { name: SubgraphName; loader: WorldLoader }[]): Promise<void> {
  const holding: string[] = [];
  for (const { name, loader } of services) if (await loader.holdsWorld()) holding.push(name);
  if (holding.length > 0) {
    throw new SyntheticWorldPresent(
      `The database of ${holding.join(', ')} already holds a synthetic world; seed:synthetic only fills one that does not. ` +
        'Start from empty storage: delete the PGlite data folder, or use a fresh PostgreSQL database.',
    );
  }
}

/** Writes the synthetic world into the five services' open databases, each through its loader. */
export async function fillSyntheticWorld(databases: ServiceDatabases, options: FillOptions): Promise<BenchmarkCase[]> {
  const services = worldLoaders(databases);
  await refuseAnotherWorld(services);
  return fillWorld(services.map((s) => s.loader), options);
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
}

/**
 * `pnpm seed:synthetic`: opens each service's database as `pnpm start` does (applying its
 * migrations), refuses one that holds a synthetic world, seeds the demo story where
 * asked, then writes the world and closes them.
 */
export async function seedSyntheticWorld(storage: WorldStorage, options: SeedOptions): Promise<{ driver: OpenDatabase['driver']; cases: BenchmarkCase[] }> {
  const opened: { definition: SubgraphDefinition<RequestScope>; database: OpenDatabase }[] = [];
  try {
    for (const definition of subgraphDefinitions()) {
      const database = await openServiceDatabase(definition, storage);
      opened.push({ definition, database });
    }
    const databases = Object.fromEntries(opened.map(({ definition, database }) => [definition.name, runOn(database.db)])) as ServiceDatabases;
    await refuseAnotherWorld(worldLoaders(databases));
    // The demo first: a later `pnpm start` finds every service seeded and adds nothing,
    // where it would otherwise seed the demo into the services the world left empty.
    if (options.seedDemo) for (const { definition, database } of opened) await definition.seedDemo?.(database.db);
    const cases = await fillSyntheticWorld(databases, options);
    return { driver: opened[0]!.database.driver, cases };
  } finally {
    for (const { database } of opened) await database.close();
  }
}
