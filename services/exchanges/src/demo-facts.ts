// What the demo story's events would have told this service: which matches were
// accepted (matching), the country of each municipality (municipalities) and where
// each request stands (requests, whose seed records no events). The seed writes these
// projection rows directly, with the same dates as the other services' seeds, so that
// the story can be planned further and its impact figures read without a relay.
import { demo, type Transaction } from '@connect/kit';
import { knownMunicipalities, plannableMatches, requestFacts } from './db/tables.ts';

const m = demo.municipalities;
const o = demo.officials;
const r = demo.requests;
const matches = demo.matches;

const countries: Record<keyof typeof m, string> = {
  sandgerdi: 'IS',
  vitoriaGasteiz: 'ES',
  ronda: 'ES',
  deventer: 'NL',
  hoorn: 'NL',
  battambang: 'KH',
  villaDeLeyva: 'CO',
  agonaWest: 'GH',
  jinja: 'UG',
};

/** The accepted proposals of the matching seed, with the time each peer answered. */
const accepted = [
  { matchId: matches.agonaWestPieter, requestId: r.agonaWestSanitation, officialId: o.pieterVanDijk, at: '2017-02-20T08:30:00Z' },
  { matchId: matches.agonaWestMarta, requestId: r.agonaWestSanitation, officialId: o.martaIbanez, at: '2017-02-17T15:00:00Z' },
  { matchId: matches.villaDeLeyvaJavier, requestId: r.villaDeLeyvaEcotourism, officialId: o.javierMoreno, at: '2026-09-22T11:00:00Z' },
  { matchId: matches.battambangAnouk, requestId: r.battambangUrbanPlanning, officialId: o.anoukJansen, at: '2026-10-20T09:00:00Z' },
];

interface RequestStory {
  request: keyof typeof r;
  municipality: keyof typeof m;
  status: string;
  topics: string[];
  /** Days of drafting, submission, validation and the last change, as the requests seed has them. */
  drafted: string;
  submitted?: string;
  validated?: string;
  changed: string;
}

const requests: RequestStory[] = [
  { request: 'agonaWestSanitation', municipality: 'agonaWest', status: 'COMPLETED', topics: ['sanitation', 'solid-waste', 'public-health'], drafted: '2017-01-09', submitted: '2017-01-16', validated: '2017-01-30', changed: '2017-06-30' },
  { request: 'sandgerdiHarbour', municipality: 'sandgerdi', status: 'CLOSED', topics: ['tourism'], drafted: '2017-02-06', submitted: '2017-02-13', validated: '2017-02-27', changed: '2017-12-15' },
  { request: 'jinjaRuralRoads', municipality: 'jinja', status: 'REJECTED', topics: ['rural-development'], drafted: '2018-01-15', submitted: '2018-01-22', changed: '2018-02-05' },
  { request: 'villaDeLeyvaWater', municipality: 'villaDeLeyva', status: 'WITHDRAWN', topics: ['water-supply'], drafted: '2018-02-12', submitted: '2018-02-19', changed: '2018-03-05' },
  { request: 'villaDeLeyvaEcotourism', municipality: 'villaDeLeyva', status: 'IN_EXCHANGE', topics: ['ecotourism', 'cultural-heritage'], drafted: '2026-01-12', submitted: '2026-01-19', validated: '2026-02-02', changed: '2026-11-16' },
  { request: 'battambangUrbanPlanning', municipality: 'battambang', status: 'MATCHED', topics: ['land-use', 'public-space'], drafted: '2026-02-02', submitted: '2026-02-09', validated: '2026-02-23', changed: '2026-04-13' },
  { request: 'jinjaWaste', municipality: 'jinja', status: 'VALIDATED', topics: ['solid-waste', 'recycling'], drafted: '2026-03-02', submitted: '2026-03-09', validated: '2026-03-23', changed: '2026-03-23' },
  { request: 'agonaWestDrainage', municipality: 'agonaWest', status: 'SUBMITTED', topics: ['drainage', 'climate-adaptation'], drafted: '2026-10-05', submitted: '2026-10-19', changed: '2026-10-19' },
  { request: 'battambangHeritage', municipality: 'battambang', status: 'DRAFT', topics: ['cultural-heritage'], drafted: '2026-11-02', changed: '2026-11-02' },
];

/** The requests seed dates every change at 09:00 UTC of its day. */
const at = (day: string) => new Date(`${day}T09:00:00Z`);

/** Writes the facts; rows that events delivered earlier are kept as they are. */
export async function seedLearnedFacts(tx: Transaction): Promise<void> {
  await tx
    .insert(knownMunicipalities)
    .values(Object.entries(countries).map(([key, countryCode]) => ({ municipalityId: m[key as keyof typeof m], countryCode })))
    .onConflictDoNothing();
  await tx
    .insert(plannableMatches)
    .values(accepted.map(({ at: acceptedAt, ...match }) => ({ ...match, acceptedAt: new Date(acceptedAt) })))
    .onConflictDoNothing();
  await tx
    .insert(requestFacts)
    .values(
      requests.map((s) => ({
        requestId: r[s.request],
        municipalityId: m[s.municipality],
        countryCode: countries[s.municipality],
        status: s.status,
        topics: s.topics,
        submittedAt: s.submitted ? at(s.submitted) : null,
        validatedAt: s.validated ? at(s.validated) : null,
        createdAt: at(s.drafted),
        changedAt: at(s.changed),
      })),
    )
    .onConflictDoNothing();
}
