// Matching's part of the synthetic world (@connect/kit/synthetic): what the officials
// declared here (profile, availability, expertise) and their engagements. The pool's
// copies of the directory and of the validated requests are projections: on the
// platform the events of municipalities and requests fill them, as in use. The
// benchmark runs matching alone, with no service to send those events, so `fillPool`
// writes them too, as the events would have.
import type { Executor } from '@connect/kit';
import {
  BulkRows,
  bulkLoader,
  fillWorld,
  literal,
  runOn,
  syntheticAt,
  syntheticMarkers,
  type BenchmarkCase,
  type FillOptions,
  type Person,
  type RunSql,
  type WorldLoader,
} from '@connect/kit/synthetic';

export { benchmarkCases, IDEAL_PEERS_PER_REQUEST, progressBar, random, runOn, type BenchmarkCase, type FillOptions } from '@connect/kit/synthetic';

const { text, array } = literal;
const at = `'${syntheticAt}'`;

const declarations = {
  profile: 'matching.expert_profile (official_id, summary, languages, formats_accepted, max_concurrent_engagements, declared_at)',
  availability: 'matching.expert_availability (official_id, available_from, available_to)',
  expertise: 'matching.expertise (official_id, topic_code, level, years_of_experience, summary)',
  // The synthetic engagements name exchanges that no exchanges service holds, so no
  // ExchangeStarted could tell of them: they are written here, as the events would have.
  engagement: 'matching.pool_engagement (exchange_id, official_id, status, updated_at)',
};

/** What one official declared, and the engagements they are in. */
function declare(out: Pick<BulkRows<keyof typeof declarations>, 'add'>, p: Person): void {
  const d = p.declaration;
  if (!d) return;
  const id = text(p.officialId);
  out.add('profile', `(${id}, ${text(d.summary)}, ${array(d.languages)}, ${array(d.formats)}::matching.exchange_format[], ${d.maxEngagements}, ${at})`);
  const seen = new Set<string>();
  for (const w of d.windows) {
    if (seen.has(w.from)) continue;
    seen.add(w.from);
    out.add('availability', `(${id}, '${w.from}', '${w.to}')`);
  }
  for (const e of d.expertise) out.add('expertise', `(${id}, ${text(e.topic)}, '${e.level}', ${e.years}, null)`);
  for (const exchangeId of d.activeExchangeIds) out.add('engagement', `(${text(exchangeId)}, ${id}, 'ACTIVE', ${at})`);
}

/** Matching's part on the platform: the declarations; the directory and the requests arrive by event. */
export function matchingLoader(run: RunSql): WorldLoader {
  const out = new BulkRows(run, declarations);
  return bulkLoader(out, ['profile', 'official_id', syntheticMarkers.officialId], {
    official: (p) => declare(out, p),
  });
}

/** The pool alone, for the benchmark: the declarations and what the directory's and the requests' events would have told. */
function poolLoader(run: RunSql): WorldLoader {
  const out = new BulkRows(run, {
    municipality: 'matching.pool_municipality (municipality_id, name, country_code, kind, population, languages, updated_at)',
    official: 'matching.pool_official (official_id, municipality_id, position, mandate, function_area, languages, updated_at)',
    ...declarations,
    request:
      'matching.pool_request (request_id, reference, municipality_id, title, challenge, topics, preferred_formats, languages, earliest_start, latest_end, validated_at, contact_official_id)',
  });
  return bulkLoader(out, ['request', 'request_id', syntheticMarkers.requestId], {
    municipality(m) {
      out.add('municipality', `(${text(m.municipalityId)}, ${text(m.name)}, '${m.countryCode}', '${m.kind}', ${m.population}, ${array(m.languages)}, ${at})`);
    },
    official(p) {
      out.add('official', `(${text(p.officialId)}, ${text(p.municipalityId)}, ${text(p.position)}, '${p.mandate}', ${text(p.functionArea)}, ${array(p.languages)}, ${at})`);
      declare(out, p);
    },
    request(c: BenchmarkCase) {
      const r = c.request;
      const validated = c.history.at(-1)!.at;
      out.add(
        'request',
        `(${text(r.requestId)}, ${text(c.reference)}, ${text(r.municipality.municipalityId)}, ${text(c.title)}, ${text(r.challenge)}, ${array(r.topics)}, ` +
          `${array(r.preferredFormats)}, ${array(r.languages)}, ${literal.date(r.earliestStart)}, ${literal.date(r.latestEnd)}, '${validated}', ${text(c.contactOfficialId)})`,
      );
    },
  });
}

/** Matching's pool alone, for the benchmark: the same world, without the other services. */
export function fillPool(db: Executor, options: FillOptions): Promise<BenchmarkCase[]> {
  return fillWorld([poolLoader(runOn(db))], options);
}
