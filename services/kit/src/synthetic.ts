// A synthetic world for load tests and the matching benchmark: municipalities, officials,
// their declarations and engagements, and benchmark requests, the same for the same seed
// on every machine. The generator describes each of them once; each service that owns a
// part of it turns them into its own rows (its src/synthetic.ts, behind
// `SubgraphDefinition.syntheticWorld`) and records, in bulk, the events its write paths
// would have recorded, so that the other services fill their projections from those
// events as in use. Matching's benchmark fills its pool alone with the same generator.
//
// For each benchmark request it plants a small group of ideal peers (other country, a
// common language, available, the right format, expert in both topics, a summary that
// speaks of the challenge, the same kind of municipality) hidden among many near misses:
// peers who fail exactly one hard filter, or pass them all but fall short on one factor.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from './database.ts';
import type { EventPayloads, EventType } from './events/catalogue.ts';

/** mulberry32: small, fast and the same on every machine. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const n = int(min, max);
    const chosen = new Set<T>();
    while (chosen.size < n) chosen.add(pick(items));
    return [...chosen];
  };
  return { next, int, pick, some };
}

const countries = 'NL BE DE FR ES PT IT SE NO IS DK FI PL CZ AT GH UG KE TZ RW KH VN PH ID CO PE BO EC BR MX'.split(' ');
const languages = ['en', 'en', 'en', 'fr', 'fr', 'es', 'es', 'pt', 'nl', 'de', 'it', 'sw', 'km', 'is'];
const kinds = ['CITY', 'TOWN', 'DISTRICT', 'RURAL_MUNICIPALITY'];
const formats = ['EXPERT_ASSIGNMENT', 'WORK_PLACEMENT', 'ROUNDTABLE', 'STUDY_VISIT'];
const levels = ['PRACTITIONER', 'EXPERIENCED', 'EXPERT'];
// Function areas and kinds are values of the directory's enums.
const areas = ['WATER_AND_SANITATION', 'WASTE_MANAGEMENT', 'TOURISM', 'URBAN_PLANNING', 'GENERAL_MANAGEMENT', 'SOCIAL_SERVICES', 'FINANCE', 'ENVIRONMENT_AND_HEALTH'];
const positions = ['Head of Department', 'Mayor', 'Planner', 'Engineer', 'Policy Officer', 'Project Manager', 'Councillor', 'Director'];
const elected = new Set(['Mayor', 'Councillor']);
const givenNames = (
  'Ana Amara Bao Carlos Chiara Daniel Esi Fatima Grace Hana Ingrid Javier Jonas Kofi Lars Lucía Mai Marta Mateus Nadia ' +
  'Olga Omar Pieter Priya Rafael Sara Sokha Tomás Wanjiru Yusuf'
).split(' ');
const familyNames = (
  'Acheampong Andersen Banda Castillo Chan Costa Dubois Eriksson Fernández García Haddad Jansen Kamau Kowalski Lindqvist ' +
  'Martins Mensah Moreno Nakato Nguyen Novak Okafor Pereira Rossi Santos Schmidt Silva Tan Torres Virtanen'
).split(' ');
// The two-level taxonomy of the knowledge service, as matching.topic_parent holds it.
const topics = (
  'urban-planning rural-planning tourism water waste environment governance social-services economic-development land-use housing ' +
  'public-space mobility rural-development agriculture ecotourism cultural-heritage sanitation water-supply drainage solid-waste ' +
  'recycling climate-adaptation energy-efficiency public-health public-finance citizen-participation digital-services education ' +
  'social-inclusion local-economy employment'
).split(' ');
const vocabulary = (
  'municipal council budget residents plan planning strategy community services public infrastructure programme project ' +
  'investment maintenance capacity training staff procurement contract tender monitoring evaluation data report district ' +
  'neighbourhood village town city region national policy regulation permit inspection enforcement consultation participation ' +
  'youth women elderly schools clinics roads bridges transport buses parking traffic markets traders tourism visitors hotels ' +
  'heritage museum festival beaches parks trees greenery flooding rainfall storm drains river coast erosion climate energy ' +
  'solar lighting buildings housing informal settlements land zoning cadastre taxes revenue collection fees tariffs water ' +
  'supply pipes leaks meters sewer latrines toilets septic sludge treatment waste landfill recycling compost collection ' +
  'digital portal online registry records transparency accountability partnership donors cooperation exchange peer learning'
).split(' ');

/** A deterministic uuid per kind of row and number, so that a grown pool keeps its earlier rows. */
function uuid(kind: number, n: number): string {
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}
// Every synthetic id starts with one of these kinds as its first group, 0000000k; the demo
// story's ids are SHA-1 derived (@connect/kit demoId), so the two never meet.
const MUNICIPALITY = 1;
const OFFICIAL = 2;
const EXCHANGE = 3;
const PLANTED_MUNICIPALITY = 4;
const PLANTED_OFFICIAL = 5;
const REQUEST = 6;
const REQUEST_CONTACT = 7;
const REQUEST_TRANSITION = 8;

/** Ids of rows every fresh fill writes: a database holding them holds a synthetic world. */
export const syntheticMarkers = {
  municipalityId: uuid(PLANTED_MUNICIPALITY, 0),
  officialId: uuid(PLANTED_OFFICIAL, 0),
  requestId: uuid(REQUEST, 0),
};

/** A municipality as the directory registers it. */
export interface SyntheticMunicipality {
  municipalityId: string;
  name: string;
  countryCode: string;
  region: string;
  kind: string;
  population: number;
  languages: string[];
}

/** What an official declares to matching: topics, and how and when they can help. */
export interface SyntheticDeclaration {
  summary: string;
  /** Added to the languages of the directory's profile. */
  languages: string[];
  formats: string[];
  maxEngagements: number;
  windows: { from: string; to: string }[];
  expertise: { topic: string; level: string; years: number }[];
  /** Exchanges the official takes part in now, as matching's pool knows them. */
  activeExchangeIds: string[];
}

/** An official as the directory registers them, and what they declared (null: nothing). */
export interface Person {
  officialId: string;
  municipalityId: string;
  fullName: string;
  email: string;
  position: string;
  mandate: 'ELECTED' | 'STAFF';
  functionArea: string;
  languages: string[];
  declaration: SyntheticDeclaration | null;
}

/** A benchmark request as matching ranks it (its OpenRequest). */
export interface SyntheticRequest {
  requestId: string;
  municipality: { municipalityId: string; name: string; countryCode: string; kind: string; population: number };
  topics: string[];
  languages: string[];
  preferredFormats: string[];
  earliestStart: string;
  latestEnd: string;
  challenge: string;
  /** Who speaks for it, as matching knows them from the directory. */
  requester: { functionArea: string; mandate: string };
}

/** One benchmark request with the peers planted for it. */
export interface BenchmarkCase {
  /** As matching ranks it. */
  request: SyntheticRequest;
  /** As the requests service holds it: validated, with the history that led there. */
  reference: string;
  title: string;
  expectedOutcome: string;
  contactOfficialId: string;
  history: { id: string; status: 'DRAFT' | 'SUBMITTED' | 'VALIDATED'; at: string; actor: string }[];
  idealPeers: string[];
}

/** Takes the world as it is generated, one municipality, official or request at a time. */
export interface WorldSink {
  municipality(m: SyntheticMunicipality): void;
  official(p: Person): void;
  request(c: BenchmarkCase): void;
}

/** A service's part of the world: gathers its rows, writes them on `flush`. */
export interface WorldLoader extends WorldSink {
  /** The tables it writes, schema-qualified. */
  tables: readonly string[];
  /** Whether the database already holds a synthetic world (`syntheticMarkers`). */
  holdsWorld(): Promise<boolean>;
  flush(): Promise<void>;
  /** After the last flush: statistics for the planner. */
  finish(): Promise<void>;
}

/** From a generator of its own, so that naming people leaves the other draws alone. */
function personName(seed: number, kind: number, n: number): string {
  const rng = random(seed * 7_727 + kind * 1_000_003 + n);
  return `${rng.pick(givenNames)} ${rng.pick(familyNames)}`;
}

/** A directory entry: the person's name and work address (at the reserved example domain). */
function identity(seed: number, kind: number, n: number, mailbox: string) {
  return { fullName: personName(seed, kind, n), email: `${mailbox}.${n}@synthetic.example` };
}

const mandateOf = (position: string) => (elected.has(position) ? 'ELECTED' : 'STAFF');
const regionOf = (n: number) => `Region ${1 + (n % 12)}`;

function day(rng: ReturnType<typeof random>): string {
  return `${rng.int(2026, 2028)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

function backgroundMunicipality(seed: number, j: number): SyntheticMunicipality {
  const rng = random(seed * 7_919 + j * 31 + 1);
  const population = Math.round(10 ** (3 + rng.next() * 3.5));
  const countryCode = rng.pick(countries);
  const kind = rng.pick(kinds);
  return { municipalityId: uuid(MUNICIPALITY, j), name: `Municipality ${j}`, countryCode, region: regionOf(j), kind, population, languages: rng.some(languages, 1, 2) };
}

function backgroundOfficial(seed: number, i: number, municipalities: number): Person {
  const rng = random(seed * 104_729 + i * 17 + 2);
  const windows = rng.next() < 0.05 ? [] : Array.from({ length: rng.int(1, 2) }, () => {
    const [a, b] = [day(rng), day(rng)];
    return a <= b ? { from: a, to: b } : { from: b, to: a };
  });
  const max = rng.int(1, 3);
  // Each draw moves the generator on: the order is part of the seed's world.
  const position = rng.pick(positions);
  const functionArea = rng.pick(areas);
  const speaks = rng.some(languages, 1, 2);
  const summary = rng.some(vocabulary, 6, 20).join(' ');
  const declaredLanguages = rng.next() < 0.3 ? rng.some(languages, 1, 1) : [];
  const formatsAccepted = rng.next() < 0.03 ? [] : rng.some(formats, 1, 3);
  const expertise = rng.some(topics, 1, 3).map((topic) => ({ topic, level: rng.pick(levels), years: rng.int(0, 30) }));
  const active = rng.next() < 0.15 ? rng.int(1, max) : 0;
  return {
    officialId: uuid(OFFICIAL, i),
    municipalityId: uuid(MUNICIPALITY, i % municipalities),
    ...identity(seed, OFFICIAL, i, 'official'),
    position,
    mandate: mandateOf(position),
    functionArea,
    languages: speaks,
    declaration: {
      summary,
      languages: declaredLanguages,
      formats: formatsAccepted,
      maxEngagements: max,
      windows,
      expertise,
      activeExchangeIds: Array.from({ length: active }, (_, k) => uuid(EXCHANGE, i * 4 + k)),
    },
  };
}

const cases = [
  { topics: ['sanitation', 'drainage'], area: 'WATER_AND_SANITATION', position: 'Head of Sanitation', words: 'faecal sludge septic tanks desludging latrines drains flooding treatment' },
  { topics: ['solid-waste', 'recycling'], area: 'WASTE_MANAGEMENT', position: 'Waste Manager', words: 'landfill sorting compost collection routes informal pickers recycling plastics' },
  { topics: ['ecotourism', 'cultural-heritage'], area: 'TOURISM', position: 'Tourism Officer', words: 'visitors guides trails heritage museum homestays festival community tourism' },
  { topics: ['housing', 'land-use'], area: 'URBAN_PLANNING', position: 'Urban Planner', words: 'informal settlements zoning cadastre upgrading tenure plots housing density' },
  { topics: ['public-finance', 'digital-services'], area: 'FINANCE', position: 'Finance Director', words: 'property taxes revenue billing online portal payments arrears registry' },
  { topics: ['climate-adaptation', 'public-health'], area: 'ENVIRONMENT_AND_HEALTH', position: 'Climate Officer', words: 'heatwaves shade trees cooling clinics vector mosquitoes early warning' },
  { topics: ['water-supply', 'sanitation'], area: 'WATER_AND_SANITATION', position: 'Water Engineer', words: 'pipes leaks meters tariffs boreholes chlorination kiosks nonrevenue' },
  { topics: ['social-inclusion', 'education'], area: 'SOCIAL_SERVICES', position: 'Social Affairs Director', words: 'youth dropout schools disability inclusion mentoring scholarships elderly' },
  { topics: ['mobility', 'public-space'], area: 'URBAN_PLANNING', position: 'Mobility Planner', words: 'buses cycling lanes sidewalks parking squares pedestrians traffic calming' },
  { topics: ['local-economy', 'employment'], area: 'GENERAL_MANAGEMENT', position: 'Economic Development Officer', words: 'markets traders vendors apprenticeships jobs startups microcredit cooperatives' },
] as const;

/** Ideal peers per request; with the two-per-municipality cap they fit a top 10. */
export const IDEAL_PEERS_PER_REQUEST = 5;
const NEAR_MISSES_PER_REQUEST = 400;

/** When each benchmark request was drafted, submitted and validated: before the pool's rows (`at`). */
const requestSteps = [
  { status: 'DRAFT', at: '2025-12-01T09:00:00Z' },
  { status: 'SUBMITTED', at: '2025-12-08T09:00:00Z' },
  { status: 'VALIDATED', at: '2026-01-12T09:00:00Z' },
] as const;

/** The benchmark requests, their requesters and planted peers: fixed rows, a few thousand officials in all. */
function plant(sink: WorldSink, seed: number): BenchmarkCase[] {
  const out: BenchmarkCase[] = [];
  let m = 0;
  let o = 0;
  cases.forEach((c, k) => {
    const rng = random(seed * 13 + k + 5);
    const requester = { municipalityId: uuid(PLANTED_MUNICIPALITY, m++), name: `Requester ${k}`, countryCode: 'NL', kind: 'CITY', population: 150_000 };
    sink.municipality({ ...requester, region: regionOf(k), languages: ['nl', 'en'] });
    // The request's contact: in the directory, but declaring nothing to matching.
    const contactOfficialId = uuid(REQUEST_CONTACT, k);
    sink.official({
      officialId: contactOfficialId,
      municipalityId: requester.municipalityId,
      ...identity(seed, REQUEST_CONTACT, k, 'requester'),
      position: c.position,
      mandate: 'STAFF',
      functionArea: c.area,
      languages: ['nl', 'en'],
      declaration: null,
    });
    const challenge = `We need help with ${c.words} and ${rng.some(vocabulary, 4, 6).join(' ')}.`;
    const request: SyntheticRequest = {
      requestId: uuid(REQUEST, k),
      municipality: requester,
      topics: [...c.topics],
      languages: ['en', 'fr'],
      preferredFormats: ['EXPERT_ASSIGNMENT', 'STUDY_VISIT'],
      earliestStart: '2027-03-01',
      latestEnd: '2027-09-30',
      challenge,
      // Who speaks for it, as matching knows them from the directory.
      requester: { functionArea: c.area, mandate: 'STAFF' },
    };
    const ideal = (n: number, municipalityId: string): Person => ({
      officialId: uuid(PLANTED_OFFICIAL, n),
      municipalityId,
      ...identity(seed, PLANTED_OFFICIAL, n, 'peer'),
      position: c.position,
      mandate: 'STAFF',
      functionArea: c.area,
      languages: ['en'],
      declaration: {
        summary: `Ran a programme on ${c.words} for ten years, ${rng.some(vocabulary, 3, 5).join(' ')}.`,
        languages: [],
        formats: ['EXPERT_ASSIGNMENT', 'STUDY_VISIT'],
        maxEngagements: 2,
        windows: [{ from: '2027-01-01', to: '2027-12-31' }],
        expertise: c.topics.map((topic) => ({ topic, level: 'EXPERT', years: rng.int(15, 25) })),
        activeExchangeIds: [],
      },
    });
    const idealPeers: string[] = [];
    for (let p = 0; p < IDEAL_PEERS_PER_REQUEST; p++) {
      const place = uuid(PLANTED_MUNICIPALITY, m);
      const countryCode = countries[1 + ((k + p) % (countries.length - 1))]!;
      sink.municipality({ municipalityId: place, name: `Peer town ${k}.${p}`, countryCode, region: regionOf(m++), kind: 'CITY', population: rng.int(100_000, 250_000), languages: ['en'] });
      const peer = ideal(o++, place);
      idealPeers.push(peer.officialId);
      sink.official(peer);
    }
    for (let n = 0; n < NEAR_MISSES_PER_REQUEST; n++) {
      const place = uuid(PLANTED_MUNICIPALITY, m);
      const sameCountry = n % 10 === 0;
      const countryCode = sameCountry ? 'NL' : rng.pick(countries.filter((x) => x !== 'NL'));
      sink.municipality({ municipalityId: place, name: `Near town ${k}.${n}`, countryCode, region: regionOf(m++), kind: 'CITY', population: rng.int(100_000, 250_000), languages: ['en'] });
      const p = ideal(o++, place);
      const d = p.declaration!;
      // One shortfall each: a failed hard filter, or a weaker factor.
      switch (n % 10) {
        case 0: break; // same country
        case 1: p.languages = ['km']; break;
        case 2: d.windows = [{ from: '2028-01-01', to: '2028-06-30' }]; break;
        case 3: d.formats = ['ROUNDTABLE']; break;
        case 4: d.maxEngagements = 1; d.activeExchangeIds = [uuid(EXCHANGE, 0)]; break;
        case 5: d.expertise = d.expertise.map((e) => ({ ...e, level: 'EXPERIENCED', years: rng.int(3, 9) })); break;
        case 6: d.expertise = [{ topic: c.topics[0], level: 'EXPERIENCED', years: 10 }]; break;
        case 7: d.summary = rng.some(vocabulary, 8, 14).join(' '); p.functionArea = 'GENERAL_MANAGEMENT'; p.position = 'Director'; break;
        case 8: d.expertise = d.expertise.map((e) => ({ ...e, level: 'PRACTITIONER' })); break;
        case 9: d.expertise = [{ topic: c.topics[1], level: 'EXPERT', years: 6 }]; d.summary = rng.some(vocabulary, 8, 14).join(' '); break;
      }
      sink.official(p);
    }
    const benchmark: BenchmarkCase = {
      request,
      reference: `REQ-2025-${String(k + 1).padStart(4, '0')}`,
      title: `Peers for ${c.topics.join(' and ')} (benchmark ${k + 1})`,
      expectedOutcome: `A plan for ${c.topics.join(' and ')} that the council can adopt, drawn up with peers who have done it before.`,
      contactOfficialId,
      history: requestSteps.map((step, s) => ({
        id: uuid(REQUEST_TRANSITION, k * requestSteps.length + s),
        ...step,
        actor: step.status === 'VALIDATED' ? 'STAFF' : `OFFICIAL:${contactOfficialId}`,
      })),
      idealPeers,
    };
    sink.request(benchmark);
    out.push(benchmark);
  });
  return out;
}

const nothing = () => {};
const nowhere: WorldSink = { municipality: nothing, official: nothing, request: nothing };

/** The benchmark requests without touching a database. */
export function benchmarkCases(seed: number): BenchmarkCase[] {
  return plant(nowhere, seed);
}

/** SQL literals for the multi-row INSERTs of the loaders. */
export const literal = {
  text: (s: string) => `'${s.replaceAll("'", "''")}'`,
  array: (items: readonly string[]) => `'{${items.join(',')}}'`,
  /** A nullable date or timestamp, such as an open end of a window. */
  date: (d: string | null) => (d === null ? 'null' : `'${d}'`),
};
const { text } = literal;
/** When the synthetic municipalities and officials were registered and declared. */
export const syntheticAt = '2026-06-01T00:00:00Z';

/** A fixed event id per key: the same seed records the same events. */
export function syntheticEventId(key: string): string {
  const hex = createHash('sha1').update(`connect-synthetic-event:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A row of a service's outbox, for a `BulkRows` table `schema.outbox (id, type, payload)`:
 * the event its write path would have recorded, written in bulk with the rows it tells of.
 */
export function outboxRow<T extends EventType>(key: string, type: T, payload: EventPayloads[T]): string {
  return `(${literal.text(syntheticEventId(`${type}:${key}`))}, '${type}', ${literal.text(JSON.stringify(payload))}::jsonb)`;
}

/** Runs one SQL statement on a service's database and answers its rows. */
export type RunSql = (statement: string) => Promise<unknown[]>;

/** `RunSql` on a database of either driver. */
export function runOn(db: Executor): RunSql {
  return async (statement) => {
    const result: unknown = await db.execute(sql.raw(statement));
    // postgres.js answers with the rows, PGlite with { rows }.
    return Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
  };
}

/**
 * Rows for some tables of one database, written in multi-row INSERTs of 2,000 rows,
 * table by table in the order `columns` names them (parents before children). Values
 * are SQL literals already.
 */
export class BulkRows<T extends string> {
  private readonly rows = new Map<T, string[]>();
  private readonly names: Record<string, string> = {};

  constructor(
    private readonly run: RunSql,
    /** Per table, `schema.table (column, …)`. */
    private readonly columns: Record<T, string>,
  ) {
    for (const [table, spec] of Object.entries<string>(columns)) {
      this.rows.set(table as T, []);
      this.names[table] = spec.slice(0, spec.indexOf(' '));
    }
  }

  /** The tables, schema-qualified, in the order they are written. */
  get tables(): string[] {
    return Object.values(this.names);
  }

  add(table: T, values: string): void {
    this.rows.get(table)!.push(values);
  }

  async flush(): Promise<void> {
    for (const [table, values] of this.rows) {
      for (let start = 0; start < values.length; start += 2_000) {
        await this.run(`insert into ${this.columns[table]} values ${values.slice(start, start + 2_000).join(',\n')}`);
      }
      values.length = 0;
    }
  }

  /**
   * What autovacuum does after a bulk load, at once: statistics for the planner, and the
   * visibility map that lets the candidate query read expertise from its index alone.
   * PGlite runs no autovacuum at all. Outside a transaction, as VACUUM must be.
   */
  async analyze(): Promise<void> {
    for (const table of this.tables) await this.run(`vacuum analyze ${table}`);
  }

  /** Whether a row of `table` has `id` in `column`. */
  async holds(table: T, column: string, id: string): Promise<boolean> {
    return (await this.run(`select 1 from ${this.names[table]} where ${column} = ${text(id)} limit 1`)).length > 0;
  }
}

/** Where a loader looks for `syntheticMarkers`: a table of its `BulkRows`, a column and the id. */
export type Marker<T extends string> = [table: T, column: string, id: string];

/** A loader that writes through `out` what `sink` makes of the world; kinds it leaves out go elsewhere. */
export function bulkLoader<T extends string>(out: BulkRows<T>, marker: Marker<T>, sink: Partial<WorldSink>): WorldLoader {
  return {
    tables: out.tables,
    holdsWorld: () => out.holds(...marker),
    municipality: sink.municipality ?? nothing,
    official: sink.official ?? nothing,
    request: sink.request ?? nothing,
    flush: () => out.flush(),
    finish: () => out.analyze(),
  };
}

export interface FillOptions {
  seed: number;
  /** Background municipalities; officials are spread over them evenly. */
  municipalities: number;
  /** Background officials in the pool after this fill, planted ones aside. */
  officials: number;
  /** Background officials already stored by an earlier fill with the same seed (0: a fresh world, benchmark requests and planted peers included). */
  from?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Generates the world once and hands every municipality, official and request to each
 * loader, which writes its rows in batches of 5,000 officials. A fresh fill also stores
 * the benchmark requests, their requesters and their planted peers; a fill `from` an
 * earlier size adds only the officials (and their municipalities) beyond it.
 */
export async function fillWorld(loaders: readonly WorldLoader[], options: FillOptions): Promise<BenchmarkCase[]> {
  const { seed, municipalities, officials } = options;
  const from = options.from ?? 0;
  const sink: WorldSink = {
    municipality: (m) => loaders.forEach((l) => l.municipality(m)),
    official: (p) => loaders.forEach((l) => l.official(p)),
    request: (c) => loaders.forEach((l) => l.request(c)),
  };
  const flush = () => Promise.all(loaders.map((l) => l.flush()));
  const benchmark = plant(from === 0 ? sink : nowhere, seed);
  const perMunicipality = Math.max(1, officials / municipalities);
  const municipalitiesFrom = Math.ceil(from / perMunicipality);
  const municipalitiesTo = Math.ceil(officials / perMunicipality);
  for (let j = municipalitiesFrom; j < municipalitiesTo; j++) sink.municipality(backgroundMunicipality(seed, j));
  await flush();
  const chunk = 5_000;
  for (let i = from; i < officials; i += chunk) {
    for (let n = i; n < Math.min(officials, i + chunk); n++) sink.official(backgroundOfficial(seed, n, municipalitiesTo));
    await flush();
    options.onProgress?.(Math.min(officials, i + chunk) - from, officials - from);
  }
  for (const loader of loaders) await loader.finish();
  return benchmark;
}

/** A progress bar on stderr, redrawn in place. */
export function progressBar(label: string): (done: number, total: number) => void {
  const started = Date.now();
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${seconds}s`);
    if (done >= total) process.stderr.write('\n');
  };
}
