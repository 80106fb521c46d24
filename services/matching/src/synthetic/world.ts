// A synthetic expert pool for load tests and the matching benchmark: municipalities,
// officials, declarations and engagements, the same for the same seed on every machine.
// It fills only matching's own pool tables, as the directory's events and the officials'
// declarations would have; no other service is involved.
//
// For each benchmark request it plants a small group of ideal peers (other country, a
// common language, available, the right format, expert in both topics, a summary that
// speaks of the challenge, the same kind of municipality) hidden among many near misses:
// peers who fail exactly one hard filter, or pass them all but fall short on one factor.
import { sql } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import type { OpenRequest } from '../ranking.ts';

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
const areas = ['WATER_AND_SANITATION', 'WASTE_MANAGEMENT', 'TOURISM', 'URBAN_PLANNING', 'GENERAL_MANAGEMENT', 'SOCIAL_SERVICES', 'FINANCE', 'ENVIRONMENT'];
const positions = ['Head of Department', 'Mayor', 'Planner', 'Engineer', 'Policy Officer', 'Project Manager', 'Councillor', 'Director'];
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
const MUNICIPALITY = 1;
const OFFICIAL = 2;
const EXCHANGE = 3;
const PLANTED_MUNICIPALITY = 4;
const PLANTED_OFFICIAL = 5;
const REQUEST = 6;

/** Rows of the pool tables, in insertion order; values are SQL literals already. */
type Rows = Record<'municipality' | 'official' | 'profile' | 'availability' | 'expertise' | 'engagement', string[]>;
const emptyRows = (): Rows => ({ municipality: [], official: [], profile: [], availability: [], expertise: [], engagement: [] });

const text = (s: string) => `'${s.replaceAll("'", "''")}'`;
const array = (items: readonly string[]) => `'{${items.join(',')}}'`;
const at = "'2026-06-01T00:00:00Z'";

interface Person {
  officialId: string;
  municipalityId: string;
  position: string;
  functionArea: string;
  languages: string[];
  summary: string;
  declaredLanguages: string[];
  formats: string[];
  maxEngagements: number;
  windows: { from: string; to: string }[];
  expertise: { topic: string; level: string; years: number }[];
  activeEngagements: number;
}

function addPerson(rows: Rows, p: Person, exchangeBase: number): void {
  rows.official.push(`(${text(p.officialId)}, ${text(p.municipalityId)}, ${text(p.position)}, 'STAFF', ${text(p.functionArea)}, ${array(p.languages)}, ${at})`);
  rows.profile.push(
    `(${text(p.officialId)}, ${text(p.summary)}, ${array(p.declaredLanguages)}, ${array(p.formats)}::matching.exchange_format[], ${p.maxEngagements}, ${at})`,
  );
  const seen = new Set<string>();
  for (const w of p.windows) {
    if (seen.has(w.from)) continue;
    seen.add(w.from);
    rows.availability.push(`(${text(p.officialId)}, '${w.from}', '${w.to}')`);
  }
  for (const e of p.expertise) rows.expertise.push(`(${text(p.officialId)}, ${text(e.topic)}, '${e.level}', ${e.years}, null)`);
  for (let k = 0; k < p.activeEngagements; k++) rows.engagement.push(`(${text(uuid(EXCHANGE, exchangeBase * 4 + k))}, ${text(p.officialId)}, 'ACTIVE', ${at})`);
}

function day(rng: ReturnType<typeof random>): string {
  return `${rng.int(2026, 2028)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

function municipalityRow(rows: Rows, id: string, name: string, country: string, kind: string, population: number, langs: string[]) {
  rows.municipality.push(`(${text(id)}, ${text(name)}, '${country}', '${kind}', ${population}, ${array(langs)}, ${at})`);
}

function backgroundMunicipality(rows: Rows, seed: number, j: number): void {
  const rng = random(seed * 7_919 + j * 31 + 1);
  const population = Math.round(10 ** (3 + rng.next() * 3.5));
  municipalityRow(rows, uuid(MUNICIPALITY, j), `Municipality ${j}`, rng.pick(countries), rng.pick(kinds), population, rng.some(languages, 1, 2));
}

function backgroundOfficial(rows: Rows, seed: number, i: number, municipalities: number): void {
  const rng = random(seed * 104_729 + i * 17 + 2);
  const windows = rng.next() < 0.05 ? [] : Array.from({ length: rng.int(1, 2) }, () => {
    const [a, b] = [day(rng), day(rng)];
    return a <= b ? { from: a, to: b } : { from: b, to: a };
  });
  const max = rng.int(1, 3);
  addPerson(
    rows,
    {
      officialId: uuid(OFFICIAL, i),
      municipalityId: uuid(MUNICIPALITY, i % municipalities),
      position: rng.pick(positions),
      functionArea: rng.pick(areas),
      languages: rng.some(languages, 1, 2),
      summary: rng.some(vocabulary, 6, 20).join(' '),
      declaredLanguages: rng.next() < 0.3 ? rng.some(languages, 1, 1) : [],
      formats: rng.next() < 0.03 ? [] : rng.some(formats, 1, 3),
      maxEngagements: max,
      windows,
      expertise: rng.some(topics, 1, 3).map((topic) => ({ topic, level: rng.pick(levels), years: rng.int(0, 30) })),
      activeEngagements: rng.next() < 0.15 ? rng.int(1, max) : 0,
    },
    i,
  );
}

/** One benchmark request with the peers planted for it. */
export interface BenchmarkCase {
  request: OpenRequest;
  idealPeers: string[];
}

const cases = [
  { topics: ['sanitation', 'drainage'], area: 'WATER_AND_SANITATION', position: 'Head of Sanitation', words: 'faecal sludge septic tanks desludging latrines drains flooding treatment' },
  { topics: ['solid-waste', 'recycling'], area: 'WASTE_MANAGEMENT', position: 'Waste Manager', words: 'landfill sorting compost collection routes informal pickers recycling plastics' },
  { topics: ['ecotourism', 'cultural-heritage'], area: 'TOURISM', position: 'Tourism Officer', words: 'visitors guides trails heritage museum homestays festival community tourism' },
  { topics: ['housing', 'land-use'], area: 'URBAN_PLANNING', position: 'Urban Planner', words: 'informal settlements zoning cadastre upgrading tenure plots housing density' },
  { topics: ['public-finance', 'digital-services'], area: 'FINANCE', position: 'Finance Director', words: 'property taxes revenue billing online portal payments arrears registry' },
  { topics: ['climate-adaptation', 'public-health'], area: 'ENVIRONMENT', position: 'Climate Officer', words: 'heatwaves shade trees cooling clinics vector mosquitoes early warning' },
  { topics: ['water-supply', 'sanitation'], area: 'WATER_AND_SANITATION', position: 'Water Engineer', words: 'pipes leaks meters tariffs boreholes chlorination kiosks nonrevenue' },
  { topics: ['social-inclusion', 'education'], area: 'SOCIAL_SERVICES', position: 'Social Affairs Director', words: 'youth dropout schools disability inclusion mentoring scholarships elderly' },
  { topics: ['mobility', 'public-space'], area: 'URBAN_PLANNING', position: 'Mobility Planner', words: 'buses cycling lanes sidewalks parking squares pedestrians traffic calming' },
  { topics: ['local-economy', 'employment'], area: 'GENERAL_MANAGEMENT', position: 'Economic Development Officer', words: 'markets traders vendors apprenticeships jobs startups microcredit cooperatives' },
] as const;

/** Ideal peers per request; with the two-per-municipality cap they fit a top 10. */
export const IDEAL_PEERS_PER_REQUEST = 5;
const NEAR_MISSES_PER_REQUEST = 400;

/** The benchmark requests and their planted peers: fixed rows, a few thousand officials in all. */
function plant(rows: Rows, seed: number): BenchmarkCase[] {
  const out: BenchmarkCase[] = [];
  let m = 0;
  let o = 0;
  cases.forEach((c, k) => {
    const rng = random(seed * 13 + k + 5);
    const requester = { municipalityId: uuid(PLANTED_MUNICIPALITY, m++), name: `Requester ${k}`, countryCode: 'NL', kind: 'CITY', population: 150_000 };
    municipalityRow(rows, requester.municipalityId, requester.name, 'NL', 'CITY', 150_000, ['nl', 'en']);
    const challenge = `We need help with ${c.words} and ${rng.some(vocabulary, 4, 6).join(' ')}.`;
    const request: OpenRequest = {
      requestId: uuid(REQUEST, k),
      municipality: requester,
      topics: [...c.topics],
      languages: ['en', 'fr'],
      preferredFormats: ['EXPERT_ASSIGNMENT', 'STUDY_VISIT'],
      earliestStart: '2027-03-01',
      latestEnd: '2027-09-30',
      challenge,
    };
    const ideal = (id: string, municipalityId: string): Person => ({
      officialId: id,
      municipalityId,
      position: c.position,
      functionArea: c.area,
      languages: ['en'],
      summary: `Ran a programme on ${c.words} for ten years, ${rng.some(vocabulary, 3, 5).join(' ')}.`,
      declaredLanguages: [],
      formats: ['EXPERT_ASSIGNMENT', 'STUDY_VISIT'],
      maxEngagements: 2,
      windows: [{ from: '2027-01-01', to: '2027-12-31' }],
      expertise: c.topics.map((topic) => ({ topic, level: 'EXPERT', years: rng.int(15, 25) })),
      activeEngagements: 0,
    });
    const idealPeers: string[] = [];
    for (let p = 0; p < IDEAL_PEERS_PER_REQUEST; p++) {
      const place = uuid(PLANTED_MUNICIPALITY, m++);
      municipalityRow(rows, place, `Peer town ${k}.${p}`, countries[1 + ((k + p) % (countries.length - 1))]!, 'CITY', rng.int(100_000, 250_000), ['en']);
      const id = uuid(PLANTED_OFFICIAL, o++);
      idealPeers.push(id);
      addPerson(rows, ideal(id, place), 0);
    }
    for (let n = 0; n < NEAR_MISSES_PER_REQUEST; n++) {
      const place = uuid(PLANTED_MUNICIPALITY, m++);
      const sameCountry = n % 10 === 0;
      municipalityRow(rows, place, `Near town ${k}.${n}`, sameCountry ? 'NL' : rng.pick(countries.filter((x) => x !== 'NL')), 'CITY', rng.int(100_000, 250_000), ['en']);
      const p = ideal(uuid(PLANTED_OFFICIAL, o++), place);
      // One shortfall each: a failed hard filter, or a weaker factor.
      switch (n % 10) {
        case 0: break; // same country
        case 1: p.languages = ['km']; break;
        case 2: p.windows = [{ from: '2028-01-01', to: '2028-06-30' }]; break;
        case 3: p.formats = ['ROUNDTABLE']; break;
        case 4: p.maxEngagements = 1; p.activeEngagements = 1; break;
        case 5: p.expertise = p.expertise.map((e) => ({ ...e, level: 'EXPERIENCED', years: rng.int(3, 9) })); break;
        case 6: p.expertise = [{ topic: c.topics[0], level: 'EXPERIENCED', years: 10 }]; break;
        case 7: p.summary = rng.some(vocabulary, 8, 14).join(' '); p.functionArea = 'GENERAL_MANAGEMENT'; p.position = 'Director'; break;
        case 8: p.expertise = p.expertise.map((e) => ({ ...e, level: 'PRACTITIONER' })); break;
        case 9: p.expertise = [{ topic: c.topics[1], level: 'EXPERT', years: 6 }]; p.summary = rng.some(vocabulary, 8, 14).join(' '); break;
      }
      addPerson(rows, p, 0);
    }
    out.push({ request, idealPeers });
  });
  return out;
}

/** The benchmark requests without touching a database (their rows are stored by `fillPool`). */
export function benchmarkCases(seed: number): BenchmarkCase[] {
  return plant(emptyRows(), seed);
}

const columns: Record<keyof Rows, string> = {
  municipality: 'matching.pool_municipality (municipality_id, name, country_code, kind, population, languages, updated_at)',
  official: 'matching.pool_official (official_id, municipality_id, position, mandate, function_area, languages, updated_at)',
  profile: 'matching.expert_profile (official_id, summary, languages, formats_accepted, max_concurrent_engagements, declared_at)',
  availability: 'matching.expert_availability (official_id, available_from, available_to)',
  expertise: 'matching.expertise (official_id, topic_code, level, years_of_experience, summary)',
  engagement: 'matching.pool_engagement (exchange_id, official_id, status, updated_at)',
};
const order: (keyof Rows)[] = ['municipality', 'official', 'profile', 'availability', 'expertise', 'engagement'];

async function flush(db: Executor, rows: Rows): Promise<void> {
  for (const table of order) {
    const values = rows[table];
    for (let start = 0; start < values.length; start += 2_000) {
      await db.execute(sql.raw(`insert into ${columns[table]} values ${values.slice(start, start + 2_000).join(',\n')}`));
    }
    values.length = 0;
  }
}

export interface FillOptions {
  seed: number;
  /** Background municipalities; officials are spread over them evenly. */
  municipalities: number;
  /** Background officials in the pool after this fill, planted ones aside. */
  officials: number;
  /** Background officials already stored by an earlier fill with the same seed (0: a fresh pool, planted peers included). */
  from?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Fills the pool tables in multi-row INSERT batches of 2,000 rows. A fresh fill also
 * stores the benchmark requests and their planted peers; a fill `from` an earlier size
 * adds only the officials (and their municipalities) beyond it.
 */
export async function fillPool(db: Executor, options: FillOptions): Promise<BenchmarkCase[]> {
  const { seed, municipalities, officials } = options;
  const from = options.from ?? 0;
  const rows = emptyRows();
  const benchmark = plant(from === 0 ? rows : emptyRows(), seed);
  if (from === 0) {
    for (const { request } of benchmark) {
      await db.execute(sql`insert into matching.pool_request (request_id, reference, municipality_id, title, challenge, topics, preferred_formats, languages, earliest_start, latest_end, validated_at)
        values (${request.requestId}, ${`BENCH-${request.requestId.slice(-4)}`}, ${request.municipality.municipalityId}, 'Benchmark request', ${request.challenge},
          ${sql.raw(array(request.topics))}, ${sql.raw(array(request.preferredFormats))}, ${sql.raw(array(request.languages))}, ${request.earliestStart}, ${request.latestEnd}, now())
        on conflict do nothing`);
    }
  }
  const perMunicipality = Math.max(1, officials / municipalities);
  const municipalitiesFrom = Math.ceil(from / perMunicipality);
  const municipalitiesTo = Math.ceil(officials / perMunicipality);
  for (let j = municipalitiesFrom; j < municipalitiesTo; j++) backgroundMunicipality(rows, seed, j);
  await flush(db, rows);
  const chunk = 5_000;
  for (let i = from; i < officials; i += chunk) {
    for (let n = i; n < Math.min(officials, i + chunk); n++) backgroundOfficial(rows, seed, n, municipalitiesTo);
    await flush(db, rows);
    options.onProgress?.(Math.min(officials, i + chunk) - from, officials - from);
  }
  // What autovacuum does after a bulk load, at once: statistics for the planner, and the
  // visibility map that lets the candidate query read expertise from its index alone.
  // PGlite runs no autovacuum at all. Outside a transaction, as VACUUM must be.
  for (const table of order) await db.execute(sql.raw(`vacuum analyze ${columns[table].split(' ')[0]}`));
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
