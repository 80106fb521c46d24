// Candidate generation in PostgreSQL (issue 4): the hard filters of ranking.ts as SQL
// predicates over the pool tables, and a pre-score from topic fit and full-text search,
// so that a run reads a few hundred candidates instead of the whole pool. The factors
// and their explanations are still computed by ranking.ts over those candidates.
//
// The same SQL runs on PGlite and PostgreSQL. `eligibility` must say exactly what
// `failedHardFilters` says; test/candidates.test.ts holds the two together.
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import { contentWords, NEIGHBOUR_TOPIC_CREDIT, type OpenRequest } from '../ranking.ts';
import { factorWeights } from '../scoring.ts';

/** How many candidates a run scores in full: enough that the diversity cap and the other factors can reorder a top 50,
 * few enough that loading and explaining them stays within a few milliseconds. */
export const CANDIDATE_POOL_SIZE = 100;

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

/** Every official who passes the hard filters, by id. For tests and checks: a run uses `candidateIds`. */
export async function eligibleIds(db: Executor, request: OpenRequest): Promise<string[]> {
  const rows = await db.execute(sql`select p.official_id as id from ${pool} where ${eligibility(request)} order by 1`);
  return rowsOf<{ id: string }>(rows).map((r) => r.id);
}

/** Expertise rows read per request topic (per neighbour: a quarter), best credit first. */
const ROWS_PER_TOPIC = 4_000;
/** Peers with the best topic credit whose hard filters are checked. */
const CHECKED_PER_RUN = 1_000;

/**
 * The best `size` eligible peers by a pre-score, best first, in one statement whose
 * cost does not grow with the pool:
 * 1. for each request topic (and, at NEIGHBOUR_TOPIC_CREDIT, each parent or child), the
 *    ROWS_PER_TOPIC expertise rows of best credit, straight off expertise_topic_credit_idx;
 * 2. per peer, the topic credit of ranking.ts (best topic 70%, coverage 30%), and the
 *    CHECKED_PER_RUN best of those;
 * 3. the hard filters on those, then the pre-score: topic credit and ts_rank of the
 *    summary against the challenge, weighed like TOPIC_FIT and TEXT_RELEVANCE.
 * When that leaves fewer than `size`, eligible peers without a related topic fill up
 * the list (by id), so that a small pool is ranked whole, as before.
 */
export async function candidateIds(
  db: Executor,
  request: OpenRequest,
  neighbours: ReadonlyMap<string, readonly string[]>,
  size = CANDIDATE_POOL_SIZE,
): Promise<string[]> {
  const codes = new Map<string, number>();
  for (const topic of request.topics) {
    for (const n of neighbours.get(topic) ?? []) codes.set(n, Math.max(codes.get(n) ?? 0, NEIGHBOUR_TOPIC_CREDIT));
  }
  for (const topic of request.topics) codes.set(topic, 1);
  const words = [...contentWords(request.challenge).keys()];
  const tsquery = words.length === 0 ? null : words.join(' | ');
  const textRank = tsquery === null ? sql`0` : sql`ts_rank(p.summary_search, to_tsquery('english', ${tsquery}))`;
  const weights = sql.raw(`array[${[...codes.values()].map((w) => w.toFixed(4)).join(',')}]::float8[]`);
  const rowLimits = sql.raw(`array[${[...codes.values()].map((w) => (w === 1 ? ROWS_PER_TOPIC : ROWS_PER_TOPIC / 4)).join(',')}]::int[]`);

  const found: string[] = [];
  if (codes.size > 0) {
    const query = sql`
      with code as (
        select * from unnest(${textArray([...codes.keys()])}, ${weights}, ${rowLimits}) as c(code, weight, row_limit)
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
      )
      select p.official_id as id
        from topical t join ${pool} on p.official_id = t.official_id
       where ${eligibility(request)}
       order by ${factorWeights.TOPIC_FIT} * t.credit + ${factorWeights.TEXT_RELEVANCE} * least(1, 10 * ${textRank}) desc, p.official_id
       limit ${size}`;
    const rows = await db.execute(query);
    found.push(...rowsOf<{ id: string }>(rows).map((r) => r.id));
  }
  if (found.length < size) {
    const rows = await db.execute(sql`
      select p.official_id as id from ${pool}
       where ${eligibility(request)} and not (p.official_id = any(${uuidArray(found)}))
       order by 1 limit ${size - found.length}`);
    found.push(...rowsOf<{ id: string }>(rows).map((r) => r.id));
  }
  return found;
}

// Arrays as one text literal: the drivers differ in how they bind a JS array, a literal
// reads the same on both.
function textArray(values: readonly string[]): SQL {
  return sql`${arrayLiteral(values)}::text[]`;
}

export function uuidArray(values: readonly string[]): SQL {
  return sql`${arrayLiteral(values)}::uuid[]`;
}

function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

/** postgres.js answers an array of rows, PGlite an object with `rows`. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
