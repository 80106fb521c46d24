// Candidate generation in PostgreSQL (issue 4): the hard filters of ranking.ts as SQL
// predicates over the pool tables, and a pre-score from topic fit and full-text search,
// so that a run reads a few hundred candidates instead of the whole pool. The factors
// and their explanations are still computed by ranking.ts over those candidates.
//
// The same SQL runs on PGlite and PostgreSQL. `eligibility` must say exactly what
// `failedHardFilters` says; test/candidates.test.ts holds the two together.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import { contentWords, NEIGHBOUR_TOPIC_CREDIT, type DeclaredTopic, type OpenRequest, type PoolExpert } from '../ranking.ts';
import { factorWeights, type MatchFactorKind } from '../scoring.ts';

/** Ratings given in this phase of an evaluation judge the peer's work; earlier ones judge expectations. */
const RATED_PHASE = 'AFTER';

/** How many candidates a run scores in full: enough that the diversity cap and the other factors can reorder a top 50,
 * few enough that loading and explaining them stays within a few milliseconds. */
const CANDIDATE_POOL_SIZE = 100;

/** The request's topics with their taxonomy neighbours (parent and children), read from topic_parent. */
export async function topicNeighbours(db: Executor, topics: readonly string[]): Promise<Map<string, string[]>> {
  const neighbours = new Map<string, string[]>(topics.map((t) => [t, []]));
  if (topics.length === 0) return neighbours;
  const rows = await db.execute(sql`
    select tp.topic_code as topic, tp.parent_code as neighbour
      from matching.topic_parent tp where tp.topic_code = any(${textArray(topics)}) and tp.parent_code is not null
    union
    select tp.parent_code, tp.topic_code
      from matching.topic_parent tp where tp.parent_code = any(${textArray(topics)})
    order by 1, 2`);
  for (const row of rowsOf<{ topic: string; neighbour: string }>(rows)) neighbours.get(row.topic)?.push(row.neighbour);
  return neighbours;
}

/**
 * The SQL twin of failedHardFilters: true for a peer who may be ranked. It reads the
 * aliases p (expert_profile), o (pool_official) and m (pool_municipality).
 * Languages are compared as stored: declarations are validated to lower-case ISO codes.
 */
function eligibility(request: OpenRequest): SQL {
  const languages = [...new Set(request.languages.flatMap((l) => [l, l.toLowerCase()]))];
  const window = [
    request.latestEnd === null ? sql`true` : sql`a.available_from <= ${request.latestEnd}::date`,
    request.earliestStart === null ? sql`true` : sql`a.available_to >= ${request.earliestStart}::date`,
  ];
  const formats =
    request.preferredFormats.length === 0
      ? sql`cardinality(p.formats_accepted) > 0`
      : sql`p.formats_accepted::text[] && ${textArray(request.preferredFormats)}`;
  return sql`m.country_code <> ${request.municipality.countryCode}
    and (o.languages && ${textArray(languages)} or p.languages && ${textArray(languages)})
    and exists (select 1 from matching.expert_availability a where a.official_id = p.official_id and ${window[0]} and ${window[1]})
    and ${formats}
    and (select count(*) from matching.pool_engagement g where g.official_id = p.official_id and g.status = 'ACTIVE') < p.max_concurrent_engagements
    and not exists (select 1 from matching.match x where x.request_id = ${request.requestId}::uuid and x.official_id = p.official_id and x.status <> 'SUGGESTED')`;
}

const pool = sql`matching.expert_profile p
  join matching.pool_official o on o.official_id = p.official_id
  join matching.pool_municipality m on m.municipality_id = o.municipality_id`;

/** Every official who passes the hard filters, by id. For tests and checks: a run uses `candidateExperts`. */
export async function eligibleIds(db: Executor, request: OpenRequest): Promise<string[]> {
  const rows = await db.execute(sql`select p.official_id as id from ${pool} where ${eligibility(request)} order by 1`);
  return rowsOf<{ id: string }>(rows).map((r) => r.id);
}

/** Expertise rows read per request topic (per neighbour: a quarter), best credit first. */
const ROWS_PER_TOPIC = 4_000;
/** Peers with the best topic credit whose hard filters are checked. */
const CHECKED_PER_RUN = 1_000;

/**
 * The best `size` eligible peers by a pre-score, best first, each with everything
 * ranking.ts needs to know of them, in one statement whose cost does not grow with
 * the pool:
 * 1. for each request topic (and, at NEIGHBOUR_TOPIC_CREDIT, each parent or child), the
 *    ROWS_PER_TOPIC expertise rows of best credit, straight off expertise_topic_credit_idx;
 * 2. per peer, the topic credit of ranking.ts (best topic 70%, coverage 30%), and the
 *    CHECKED_PER_RUN best of those;
 * 3. the hard filters on those, then the pre-score: topic credit and ts_rank of the
 *    summary against the challenge, weighed like TOPIC_FIT and TEXT_RELEVANCE;
 * 4. for the chosen few, their municipality, windows, topics, engagements and ratings.
 * When that leaves fewer than `size`, eligible peers without a related topic fill up
 * the list (by id, a second statement), so that a small pool is ranked whole.
 */
export async function candidateExperts(
  db: Executor,
  request: OpenRequest,
  neighbours: ReadonlyMap<string, readonly string[]>,
  options: { size?: number; weights?: Readonly<Record<MatchFactorKind, number>> } = {},
): Promise<PoolExpert[]> {
  const size = options.size ?? CANDIDATE_POOL_SIZE;
  const weights = options.weights ?? factorWeights;
  const codes = new Map<string, number>();
  for (const topic of request.topics) {
    for (const n of neighbours.get(topic) ?? []) codes.set(n, Math.max(codes.get(n) ?? 0, NEIGHBOUR_TOPIC_CREDIT));
  }
  for (const topic of request.topics) codes.set(topic, 1);
  const words = [...contentWords(request.challenge).keys()];
  const tsquery = words.length === 0 ? null : words.join(' | ');
  const textRank = tsquery === null ? sql`0` : sql`ts_rank(p.summary_search, to_tsquery('english', ${tsquery}))`;
  const codeWeights = sql.raw(`array[${[...codes.values()].map((w) => w.toFixed(4)).join(',')}]::float8[]`);
  const rowLimits = sql.raw(`array[${[...codes.values()].map((w) => (w === 1 ? ROWS_PER_TOPIC : ROWS_PER_TOPIC / 4)).join(',')}]::int[]`);

  const found: PoolExpert[] = [];
  if (codes.size > 0) {
    const rows = await db.execute(sql`
      with code as (
        select * from unnest(${textArray([...codes.keys()])}, ${codeWeights}, ${rowLimits}) as c(code, weight, row_limit)
      ),
      picked as (
        select e.official_id, c.weight * e.credit as credit
          from code c cross join lateral (
            select e.official_id, e.credit from matching.expertise e
             where e.topic_code = c.code order by e.credit desc nulls last, e.official_id limit c.row_limit
          ) e
      ),
      topical as (
        select official_id, 0.7 * max(credit) + 0.3 * least(1, sum(credit) / ${Math.max(1, request.topics.length)}) as credit
          from picked group by official_id
         order by 2 desc, 1 limit ${CHECKED_PER_RUN}
      ),
      chosen as (
        select p.official_id, ${weights.TOPIC_FIT}::float8 * t.credit + ${weights.TEXT_RELEVANCE}::float8 * least(1, 10 * ${textRank}) as pre_score
          from topical t join ${pool} on p.official_id = t.official_id
         where ${eligibility(request)}
         order by 2 desc, 1
         limit ${size}
      )
      ${expertColumns}`);
    found.push(...rowsOf<ExpertRow>(rows).map(toPoolExpert));
  }
  if (found.length < size) {
    found.push(
      ...(await readExperts(
        db,
        sql`select p.official_id, 0::float8 as pre_score from ${pool}
             where ${eligibility(request)} and not (p.official_id = any(${uuidArray(found.map((e) => e.officialId))}))
             order by 1 limit ${size - found.length}`,
      )),
    );
  }
  return found;
}

/**
 * The experts of `chosen`, a select of (official_id, pre_score), best pre-score first,
 * then by id: the candidates of a run, given officials, or the whole pool.
 */
export async function readExperts(db: Executor, chosen: SQL): Promise<PoolExpert[]> {
  const rows = await db.execute(sql`with chosen as (${chosen}) ${expertColumns}`);
  return rowsOf<ExpertRow>(rows).map(toPoolExpert);
}

/**
 * Everything ranking.ts reads of the peers of a `chosen (official_id, pre_score)` CTE,
 * best pre-score first: one row per peer, the lists as JSON. Enum arrays are cast to
 * text[] so that both drivers hand back plain arrays.
 */
const expertColumns = sql`
  select p.official_id, o.position, o.mandate, o.function_area, o.languages as official_languages,
         m.municipality_id, m.name, m.country_code, m.kind, m.population,
         p.summary, p.languages as declared_languages, p.formats_accepted::text[] as formats_accepted, p.max_concurrent_engagements,
         (select coalesce(json_agg(json_build_object('from', a.available_from, 'to', a.available_to) order by a.available_from, a.available_to), '[]'::json)
            from matching.expert_availability a where a.official_id = p.official_id) as availability,
         (select coalesce(json_agg(json_build_object('topic', e.topic_code, 'level', e.level, 'yearsOfExperience', e.years_of_experience, 'summary', e.summary) order by e.topic_code), '[]'::json)
            from matching.expertise e where e.official_id = p.official_id) as expertise,
         (select count(*) from matching.pool_engagement g where g.official_id = p.official_id and g.status = 'ACTIVE')::int as current_engagements,
         (select count(*) from matching.pool_engagement g where g.official_id = p.official_id and g.status = 'COMPLETED')::int as completed_exchanges,
         r.n::int as ratings_count, r.mean::float8 as ratings_mean
    from chosen c
    join ${pool} on p.official_id = c.official_id
    cross join lateral (
      select count(*) as n, avg(x.rating) as mean from matching.pool_rating x where x.official_id = p.official_id and x.phase = ${RATED_PHASE}
    ) r
   order by c.pre_score desc, c.official_id`;

interface ExpertRow {
  official_id: string;
  position: string;
  mandate: string;
  function_area: string;
  official_languages: string[];
  municipality_id: string;
  name: string;
  country_code: string;
  kind: string;
  population: number | null;
  summary: string | null;
  declared_languages: string[];
  formats_accepted: string[];
  max_concurrent_engagements: number;
  availability: { from: string; to: string }[] | string;
  expertise: DeclaredTopic[] | string;
  current_engagements: number;
  completed_exchanges: number;
  ratings_count: number;
  ratings_mean: number | null;
}

/** JSON columns arrive parsed from both drivers; a string is parsed here in case one does not. */
const json = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

function toPoolExpert(r: ExpertRow): PoolExpert {
  return {
    officialId: r.official_id,
    municipality: { municipalityId: r.municipality_id, name: r.name, countryCode: r.country_code, kind: r.kind, population: r.population },
    position: r.position,
    mandate: r.mandate,
    functionArea: r.function_area,
    languages: [...new Set([...r.official_languages, ...r.declared_languages])],
    summary: r.summary,
    expertise: json(r.expertise),
    availability: json(r.availability),
    formatsAccepted: r.formats_accepted,
    maxConcurrentEngagements: r.max_concurrent_engagements,
    currentEngagements: r.current_engagements,
    completedExchanges: r.completed_exchanges,
    ratings: { count: r.ratings_count, mean: r.ratings_mean },
  };
}

// Arrays as one text literal: the drivers differ in how they bind a JS array, a literal
// reads the same on both.
function textArray(values: readonly string[]): SQL {
  return sql`${arrayLiteral(values)}::text[]`;
}

function uuidArray(values: readonly string[]): SQL {
  return sql`${arrayLiteral(values)}::uuid[]`;
}

function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

/** postgres.js answers an array of rows, PGlite an object with `rows`. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
