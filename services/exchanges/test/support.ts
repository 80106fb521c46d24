// What the exchanges suites share: the people who call, the mutations as a client
// writes them, an inventory of every table (to prove a refusal wrote nothing), the
// events in the outbox, and events as other services would deliver them.
import { randomUUID } from 'node:crypto';
import { asc, count, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { demo, type EventEnvelope, type EventPayloads, type EventType, type Viewer } from '@connect/kit';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import {
  evaluationCorrections,
  evaluations,
  exchangeAssociations,
  exchangeParticipants,
  exchanges,
  exchangeTransitions,
  idempotencyKeys,
  inbox,
  knownMunicipalities,
  outbox,
  outcomeCorrections,
  outcomes,
  plannableMatches,
  requestFacts,
} from '../src/db/tables.ts';
import { exchanges as exchangesSubgraph, type Context } from '../src/server.ts';

export const o = demo.officials;
export const a = demo.associations;
export const m = demo.municipalities;
export const x = demo.exchanges;

export const staff: Viewer = { role: 'STAFF' };
export const donor: Viewer = { role: 'DONOR' };
export const nobody: Viewer = { role: 'ANONYMOUS' };
export const official = (officialId: string): Viewer => ({ role: 'OFFICIAL', officialId });
export const association = (associationId: string): Viewer => ({ role: 'ASSOCIATION', associationId });

const exchangeFields = `id title status format hostCountryCode startsOn endsOn location
  request { id } match { id } hostMunicipality { id } participants { role official { id } } associations { id }
  history { from to actor reason }`;
const userErrors = `userErrors { code message field }`;

const mutations = {
  planExchange: `mutation($input: PlanExchangeInput!) { planExchange(input: $input) { exchange { ${exchangeFields} } ${userErrors} } }`,
  startExchange: `mutation($input: StartExchangeInput!) { startExchange(input: $input) { exchange { ${exchangeFields} } ${userErrors} } }`,
  completeExchange: `mutation($input: CompleteExchangeInput!) { completeExchange(input: $input) { exchange { ${exchangeFields} } ${userErrors} } }`,
  cancelExchange: `mutation($input: CancelExchangeInput!) { cancelExchange(input: $input) { exchange { ${exchangeFields} } ${userErrors} } }`,
  recordEvaluation: `mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) {
    evaluation { id phase followUpMonths respondentRole overallRating narrative indicators { indicator score } author { id } authorAssociation { id } }
    ${userErrors} } }`,
  recordOutcome: `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { outcome { id kind description sdgTargets } ${userErrors} } }`,
  correctEvaluation: `mutation($input: CorrectEvaluationInput!) { correctEvaluation(input: $input) {
    evaluation { id overallRating narrative indicators { indicator score } corrections { reason previousOverallRating previousNarrative previousIndicators { indicator score } } }
    ${userErrors} } }`,
  correctOutcome: `mutation($input: CorrectOutcomeInput!) { correctOutcome(input: $input) {
    outcome { id kind description sdgTargets corrections { reason previousKind previousDescription previousSdgTargets } } ${userErrors} } }`,
} as const;

export type MutationName = keyof typeof mutations;

export interface UserError {
  code: string;
  message: string;
  field: string | null;
}

export interface Payload {
  exchange?: { id: string; status: string; history: { from: string | null; to: string; actor: string; reason: string | null }[] } & Record<string, unknown>;
  evaluation?: { id: string } & Record<string, unknown>;
  outcome?: { id: string } & Record<string, unknown>;
  userErrors: UserError[];
}

/** Runs a mutation as `viewer`; answers the payload, or the errors when there is none. */
export async function run(subgraph: TestSubgraph<Context>, name: MutationName, input: Record<string, unknown>, viewer: Viewer) {
  const result = await subgraph.execute<Record<string, Payload>>({ query: mutations[name], variables: { input } }, viewer);
  return { payload: result.data?.[name] ?? null, errors: result.errors };
}

/** A mutation that must succeed: its payload, with the changed entity. */
export async function succeed(subgraph: TestSubgraph<Context>, name: MutationName, input: Record<string, unknown>, viewer: Viewer): Promise<Payload> {
  const { payload, errors } = await run(subgraph, name, input, viewer);
  if (errors || !payload || payload.userErrors.length > 0) {
    throw new Error(`${name} failed: ${JSON.stringify(errors ?? payload?.userErrors)}`);
  }
  return payload;
}

/** Runs a mutation that must be refused with userErrors; proves it wrote nothing and answers the errors. */
export async function refusedWithoutWriting(
  subgraph: TestSubgraph<Context>,
  name: MutationName,
  input: Record<string, unknown>,
  viewer: Viewer,
): Promise<UserError[]> {
  const before = await inventory(subgraph);
  const { payload, errors } = await run(subgraph, name, input, viewer);
  expect(errors).toBeUndefined();
  const { userErrors, ...entity } = payload!;
  expect(Object.values(entity)).toEqual([null]);
  expect(userErrors.length).toBeGreaterThan(0);
  expect(await inventory(subgraph)).toEqual(before);
  return userErrors;
}

/**
 * How many rows each table holds, and each exchange's status and last change: equal
 * inventories before and after mean nothing was written.
 */
export async function inventory(subgraph: TestSubgraph<Context>): Promise<Record<string, number | string>> {
  const db = subgraph.database.db;
  const tables = {
    exchanges,
    exchangeParticipants,
    exchangeAssociations,
    exchangeTransitions,
    evaluations,
    evaluationCorrections,
    outcomes,
    outcomeCorrections,
    outbox,
    inbox,
    idempotencyKeys,
    plannableMatches,
    knownMunicipalities,
    requestFacts,
  };
  const counts: Record<string, number | string> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await db.select({ n: count() }).from(table);
    counts[name] = row!.n;
  }
  const statuses = await db.select({ id: exchanges.id, status: exchanges.status, updatedAt: exchanges.updatedAt }).from(exchanges).orderBy(asc(exchanges.id));
  counts.statuses = statuses.map((s) => `${s.id} ${s.status} ${s.updatedAt.toISOString()}`).join('\n');
  return counts;
}

/** The events this service recorded, oldest first, optionally of one type. */
export async function recordedEvents<T extends EventType>(subgraph: TestSubgraph<Context>, type?: T): Promise<EventPayloads[T][]> {
  const rows = await subgraph.database.db
    .select()
    .from(outbox)
    .where(type ? eq(outbox.type, type) : undefined)
    .orderBy(asc(outbox.position));
  return rows.map((r) => r.payload as EventPayloads[T]);
}

/** An event as another service's relay would hand it over. */
export function envelope<T extends EventType>(type: T, payload: EventPayloads[T], source = 'test'): EventEnvelope<T> {
  return { id: randomUUID(), type, source, occurredAt: new Date().toISOString(), payload };
}

/** The Battambang riverside land-use exchange, planned from Anouk Jansen's accepted match. */
export function battambangPlan(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    matchId: demo.matches.battambangAnouk,
    title: 'Riverside land-use planning with Hoorn',
    format: 'EXPERT_ASSIGNMENT',
    startsOn: '2027-01-11',
    endsOn: '2027-02-19',
    hostMunicipalityId: m.battambang,
    location: 'Battambang, Cambodia',
    participants: [
      { officialId: o.sokhaChan, role: 'HOST' },
      { officialId: o.anoukJansen, role: 'EXPERT' },
    ],
    associationIds: [a.nlcs, a.vng],
    ...overrides,
  };
}

// ---------------------------------------------------------------------------
// The demo story as the other services' seeds tell it on the platform: the country of
// each municipality, the accepted matches, and where each request stands. The suites
// run exchanges alone, so they deliver these themselves.

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
  { matchId: demo.matches.agonaWestMarta, requestId: demo.requests.agonaWestSanitation, officialId: o.martaIbanez, at: '2017-02-17T15:00:00.000Z' },
  { matchId: demo.matches.agonaWestPieter, requestId: demo.requests.agonaWestSanitation, officialId: o.pieterVanDijk, at: '2017-02-20T08:30:00.000Z' },
  { matchId: demo.matches.villaDeLeyvaJavier, requestId: demo.requests.villaDeLeyvaEcotourism, officialId: o.javierMoreno, at: '2026-09-22T11:00:00.000Z' },
  { matchId: demo.matches.battambangAnouk, requestId: demo.requests.battambangUrbanPlanning, officialId: o.anoukJansen, at: '2026-10-20T09:00:00.000Z' },
];

interface RequestStory {
  request: keyof typeof demo.requests;
  reference: string;
  municipality: keyof typeof m;
  status: string;
  topics: string[];
  /** Days of drafting, submission, validation and the last change, as the requests seed has them. */
  drafted: string;
  submitted?: string;
  validated?: string;
  changed: string;
}

const requestStories: RequestStory[] = [
  { request: 'agonaWestSanitation', reference: 'REQ-2017-0001', municipality: 'agonaWest', status: 'COMPLETED', topics: ['sanitation', 'solid-waste', 'public-health'], drafted: '2017-01-09', submitted: '2017-01-16', validated: '2017-01-30', changed: '2017-06-30' },
  { request: 'sandgerdiHarbour', reference: 'REQ-2017-0002', municipality: 'sandgerdi', status: 'CLOSED', topics: ['tourism'], drafted: '2017-02-06', submitted: '2017-02-13', validated: '2017-02-27', changed: '2017-12-15' },
  { request: 'jinjaRuralRoads', reference: 'REQ-2018-0001', municipality: 'jinja', status: 'REJECTED', topics: ['rural-development'], drafted: '2018-01-15', submitted: '2018-01-22', changed: '2018-02-05' },
  { request: 'villaDeLeyvaWater', reference: 'REQ-2018-0002', municipality: 'villaDeLeyva', status: 'WITHDRAWN', topics: ['water-supply'], drafted: '2018-02-12', submitted: '2018-02-19', changed: '2018-03-05' },
  { request: 'villaDeLeyvaEcotourism', reference: 'REQ-2026-0001', municipality: 'villaDeLeyva', status: 'IN_EXCHANGE', topics: ['ecotourism', 'cultural-heritage'], drafted: '2026-01-12', submitted: '2026-01-19', validated: '2026-02-02', changed: '2026-11-16' },
  { request: 'battambangUrbanPlanning', reference: 'REQ-2026-0002', municipality: 'battambang', status: 'MATCHED', topics: ['land-use', 'public-space'], drafted: '2026-02-02', submitted: '2026-02-09', validated: '2026-02-23', changed: '2026-04-13' },
  { request: 'jinjaWaste', reference: 'REQ-2026-0003', municipality: 'jinja', status: 'VALIDATED', topics: ['solid-waste', 'recycling'], drafted: '2026-03-02', submitted: '2026-03-09', validated: '2026-03-23', changed: '2026-03-23' },
  { request: 'agonaWestDrainage', reference: 'REQ-2026-0004', municipality: 'agonaWest', status: 'SUBMITTED', topics: ['drainage', 'climate-adaptation'], drafted: '2026-10-05', submitted: '2026-10-19', changed: '2026-10-19' },
  { request: 'battambangHeritage', reference: 'REQ-2026-0005', municipality: 'battambang', status: 'DRAFT', topics: ['cultural-heritage'], drafted: '2026-11-02', changed: '2026-11-02' },
];

/** The requests seed dates every change at 09:00 UTC of its day. */
const storyDay = (day: string) => `${day}T09:00:00.000Z`;

/** What the other services' demo seeds tell exchanges in a whole-platform run: a request's drafting and where it stands now. */
export function demoStoryEvents(): EventEnvelope[] {
  const requestEvent = (s: RequestStory, to: string, at: string) =>
    envelope('RequestStatusChanged', {
      requestId: demo.requests[s.request],
      reference: s.reference,
      municipalityId: m[s.municipality],
      title: s.reference,
      challenge: '',
      topics: s.topics,
      preferredFormats: [],
      languages: ['en'],
      earliestStart: null,
      latestEnd: null,
      contactOfficialId: null,
      from: null,
      to,
      at: storyDay(at),
      submittedAt: s.submitted && to !== 'DRAFT' ? storyDay(s.submitted) : null,
      validatedAt: s.validated && to !== 'DRAFT' ? storyDay(s.validated) : null,
    }, 'requests');
  return [
    ...Object.entries(countries).map(([key, countryCode]) =>
      envelope('MunicipalityRegistered', { municipalityId: m[key as keyof typeof m], name: key, countryCode, kind: 'CITY', population: null, languages: ['en'] }, 'municipalities'),
    ),
    ...requestStories.flatMap((s) => [requestEvent(s, 'DRAFT', s.drafted), requestEvent(s, s.status, s.changed)]),
    ...accepted.map((match) => envelope('ProposalAccepted', match, 'matching')),
  ];
}

/** Exchanges with the demo story, and what the story's events told it, as on the platform. */
export async function startDemoExchanges(): Promise<TestSubgraph<Context>> {
  const subgraph = await startTestSubgraph(exchangesSubgraph, { seedDemo: true });
  for (const event of demoStoryEvents()) await subgraph.events.deliver(event);
  return subgraph;
}
