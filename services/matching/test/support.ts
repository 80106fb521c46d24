// What the matching suites share: the cast's viewers, the four mutations as documents,
// events as other services would deliver them, a small world of peers and requests
// built through those events and the public API, and a picture of every table to
// prove that a refusal changed nothing.
import { randomUUID } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { expect } from 'vitest';
import { demo, demoId, type EventEnvelope, type EventPayloads, type EventType, type SubgraphDefinition, type Viewer } from '@connect/kit';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import { matching, type Context } from '../src/server.ts';
import {
  expertAvailability,
  expertise,
  expertProfiles,
  matches,
  matchTransitions,
  outbox,
  poolEngagements,
  poolMunicipalities,
  poolOfficials,
  poolRatings,
  poolRequests,
} from '../src/db/tables.ts';

export const o = demo.officials;
export const r = demo.requests;
export const mt = demo.matches;

export const staff: Viewer = { role: 'STAFF' };
const donor: Viewer = { role: 'DONOR' };
const association: Viewer = { role: 'ASSOCIATION', associationId: demo.associations.vng };
const anonymous: Viewer = { role: 'ANONYMOUS' };
export const official = (officialId: string): Viewer => ({ role: 'OFFICIAL', officialId });

export const everyViewer = { staff, donor, association, anonymous, official: official(o.graceNamutebi) };
export type ViewerName = keyof typeof everyViewer;

export const unknownId = '00000000-0000-4000-8000-000000000000';

const userErrors = 'userErrors { code message field }';
const matchFields = 'id status rank score proposedAt respondedAt responseNote request { id } official { id } history { from to actor reason at }';

const documents = {
  declareExpertise: `mutation($input: DeclareExpertiseInput!) { declareExpertise(input: $input) {
    official { id expertise { topic { code } level yearsOfExperience summary }
      expertProfile { summary languages availability { from to } formatsAccepted maxConcurrentEngagements declaredAt } }
    ${userErrors} } }`,
  runMatching: `mutation($input: RunMatchingInput!) { runMatching(input: $input) {
    request { id matches { ${matchFields} factors { factor weight value contribution explanation } } } ${userErrors} } }`,
  proposeMatch: `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { ${matchFields} } ${userErrors} } }`,
  respondToProposal: `mutation($input: RespondToProposalInput!) { respondToProposal(input: $input) { match { ${matchFields} } ${userErrors} } }`,
  withdrawMatch: `mutation($input: WithdrawMatchInput!) { withdrawMatch(input: $input) { match { ${matchFields} } ${userErrors} } }`,
} as const;

export type MutationName = keyof typeof documents;

export interface UserErrorShape {
  code: string;
  message: string;
  field: string | null;
}

export interface MatchShape {
  id: string;
  status: string;
  rank: number;
  score: number;
  proposedAt: string | null;
  respondedAt: string | null;
  responseNote: string | null;
  request: { id: string };
  official: { id: string };
  history: { from: string; to: string; actor: string; reason: string | null; at: string }[];
  factors?: { factor: string; weight: number; value: number; contribution: number; explanation: string }[];
}

/** Runs one of the four mutations and hands back its payload (and any GraphQL errors). */
export async function run<P = Record<string, unknown>>(
  subgraph: TestSubgraph<Context>,
  name: MutationName,
  input: object,
  viewer?: Viewer,
) {
  const result = await subgraph.execute<Record<string, P>>({ query: documents[name], variables: { input } }, viewer);
  return { payload: result.data?.[name] as P | undefined, errors: result.errors };
}

/** A mutation that must succeed: its payload, with no userErrors. */
export async function succeed<P extends { userErrors: UserErrorShape[] }>(
  subgraph: TestSubgraph<Context>,
  name: MutationName,
  input: object,
  viewer: Viewer,
): Promise<P> {
  const { payload, errors } = await run<P>(subgraph, name, input, viewer);
  expect(errors).toBeUndefined();
  expect(payload?.userErrors).toEqual([]);
  return payload!;
}

export function envelope<T extends EventType>(type: T, payload: EventPayloads[T], source = 'test', occurredAt = new Date().toISOString()): EventEnvelope<T> {
  return { id: randomUUID(), type, source, occurredAt, payload };
}

/** Every row this service keeps, in a stable order: equal before and after means nothing changed. */
export async function picture(subgraph: TestSubgraph<Context>) {
  const db = subgraph.database.db;
  return {
    matches: await db.select().from(matches).orderBy(asc(matches.id)),
    history: await db.select().from(matchTransitions).orderBy(asc(matchTransitions.id)),
    expertise: await db.select().from(expertise).orderBy(asc(expertise.officialId), asc(expertise.topicCode)),
    profiles: await db.select().from(expertProfiles).orderBy(asc(expertProfiles.officialId)),
    availability: await db.select().from(expertAvailability).orderBy(asc(expertAvailability.officialId), asc(expertAvailability.availableFrom)),
    municipalities: await db.select().from(poolMunicipalities).orderBy(asc(poolMunicipalities.municipalityId)),
    officials: await db.select().from(poolOfficials).orderBy(asc(poolOfficials.officialId)),
    requests: await db.select().from(poolRequests).orderBy(asc(poolRequests.requestId)),
    engagements: await db.select().from(poolEngagements).orderBy(asc(poolEngagements.exchangeId), asc(poolEngagements.officialId)),
    ratings: await db.select().from(poolRatings).orderBy(asc(poolRatings.evaluationId), asc(poolRatings.officialId)),
    outbox: await db.select().from(outbox).orderBy(asc(outbox.position)),
  };
}

/** The events this service recorded, oldest first. */
export async function recordedEvents(subgraph: TestSubgraph<Context>) {
  return subgraph.database.db.select().from(outbox).orderBy(asc(outbox.position));
}

// ---------------------------------------------------------------------------
// A small world of its own for a test, built through events and the public API. Each
// world lives in a year of its own and speaks Swahili, which no official of the demo
// story speaks, so neither the demo pool nor another test's peers enter its rankings.

export const worldLanguage = 'sw';

export interface PlaceOptions {
  countryCode?: string;
  kind?: string;
  population?: number | null;
  name?: string;
}

export interface Declaration {
  topics: { topic: string; level: string; yearsOfExperience: number; summary?: string }[];
  summary: string | null;
  languages: string[];
  availability: { from: string; to: string }[];
  formatsAccepted: string[];
  maxConcurrentEngagements: number;
}

export interface PeerOptions extends PlaceOptions {
  municipalityId?: string;
  languages?: string[];
  functionArea?: string;
  position?: string;
  /** Null: announced by the directory, but has declared nothing. */
  declaration?: Partial<Declaration> | null;
}

export interface RequestOptions {
  municipalityId?: string;
  topics?: string[];
  languages?: string[];
  preferredFormats?: EventPayloads['RequestValidated']['preferredFormats'];
  earliestStart?: string | null;
  latestEnd?: string | null;
  challenge?: string;
  /** The official who speaks for the request; none unless given. */
  contactOfficialId?: string | null;
}

let nextYear = 2100;

export class World {
  readonly year = nextYear++;

  constructor(private readonly subgraph: TestSubgraph<Context>) {}

  /** A declaration that makes a peer available all through the world's year. */
  declaration(overrides: Partial<Declaration> = {}): Declaration {
    return {
      topics: [{ topic: 'sanitation', level: 'EXPERT', yearsOfExperience: 12 }],
      summary: 'Plans sanitation services and emptying schedules for public toilets.',
      languages: [],
      availability: [{ from: `${this.year}-01-01`, to: `${this.year}-12-31` }],
      formatsAccepted: ['EXPERT_ASSIGNMENT'],
      maxConcurrentEngagements: 1,
      ...overrides,
    };
  }

  async registerMunicipality(options: PlaceOptions = {}): Promise<string> {
    const municipalityId = randomUUID();
    await this.subgraph.events.deliver(
      envelope('MunicipalityRegistered', {
        municipalityId,
        name: options.name ?? `Town ${municipalityId.slice(0, 4)}`,
        countryCode: options.countryCode ?? 'TZ',
        kind: options.kind ?? 'CITY',
        population: options.population === undefined ? 100_000 : options.population,
        languages: [worldLanguage],
      }, 'municipalities'),
    );
    return municipalityId;
  }

  /** An official announced by the directory (in Kenya unless told) and, unless told otherwise, with a declaration. */
  async registerPeer(options: PeerOptions = {}): Promise<{ officialId: string; municipalityId: string }> {
    const municipalityId = options.municipalityId ?? (await this.registerMunicipality({ countryCode: 'KE', ...options }));
    const officialId = randomUUID();
    await this.subgraph.events.deliver(envelope('OfficialRegistered', this.officialProfile(officialId, municipalityId, options), 'municipalities'));
    if (options.declaration !== null) {
      await succeed(this.subgraph, 'declareExpertise', { ...this.declaration(options.declaration) }, official(officialId));
    }
    return { officialId, municipalityId };
  }

  officialProfile(officialId: string, municipalityId: string, options: PeerOptions = {}): EventPayloads['OfficialRegistered'] {
    return {
      officialId,
      municipalityId,
      position: options.position ?? 'Head of Sanitation',
      mandate: 'STAFF',
      functionArea: options.functionArea ?? 'WATER_AND_SANITATION',
      languages: options.languages ?? [worldLanguage],
    };
  }

  /** A request (from Tanzania unless told) as the requests service announces it on validation; matching runs on it at once. */
  async validateRequest(options: RequestOptions = {}): Promise<string> {
    const municipalityId = options.municipalityId ?? (await this.registerMunicipality({ countryCode: 'TZ' }));
    const requestId = randomUUID();
    await this.subgraph.events.deliver(envelope('RequestValidated', this.requestProfile(requestId, municipalityId, options), 'requests'));
    return requestId;
  }

  requestProfile(requestId: string, municipalityId: string, options: RequestOptions = {}): EventPayloads['RequestValidated'] {
    return {
      requestId,
      reference: `REQ-${this.year}-${requestId.slice(0, 4)}`,
      municipalityId,
      title: 'Emptying public toilets on time',
      challenge: options.challenge ?? 'Public toilets overflow because septic tanks are emptied irregularly.',
      topics: options.topics ?? ['sanitation'],
      preferredFormats: options.preferredFormats ?? ['EXPERT_ASSIGNMENT'],
      languages: options.languages ?? [worldLanguage],
      earliestStart: options.earliestStart === undefined ? `${this.year}-03-01` : options.earliestStart,
      latestEnd: options.latestEnd === undefined ? `${this.year}-09-30` : options.latestEnd,
      submittedAt: `${this.year - 1}-12-10T09:00:00Z`,
      validatedAt: `${this.year - 1}-12-20T09:00:00Z`,
      contactOfficialId: options.contactOfficialId ?? null,
    };
  }
}

const matchesQuery = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Request { matches {
  ${matchFields} factors { factor weight value contribution explanation } } } } }`;

/** The matches of a request, in rank order, as the secretariat reads them (answers and reasons included). */
export async function matchesOf(subgraph: TestSubgraph<Context>, requestId: string): Promise<MatchShape[]> {
  const result = await subgraph.execute<{ _entities: { matches: MatchShape[] }[] }>(
    { query: matchesQuery, variables: { reps: [{ __typename: 'Request', id: requestId }] } },
    staff,
  );
  expect(result.errors).toBeUndefined();
  return result.data!._entities[0]!.matches;
}

export async function matchById(subgraph: TestSubgraph<Context>, id: string): Promise<MatchShape | null> {
  const result = await subgraph.execute<{ match: MatchShape | null }>({ query: `query($id: ID!) { match(id: $id) { ${matchFields} } }`, variables: { id } }, staff);
  expect(result.errors).toBeUndefined();
  return result.data!.match;
}

// ---------------------------------------------------------------------------
// The demo story as the other services' seeds tell it on the platform: the directory's
// municipalities and officials, the validated requests, the two exchanges and the
// requesters' ratings. The suites run matching alone, so they deliver these themselves.

const dm = demo.municipalities;
const directoryAt = '2016-12-01T09:00:00Z';

const demoMunicipalities: EventPayloads['MunicipalityRegistered'][] = [
  { municipalityId: dm.sandgerdi, name: 'Sandgerði', countryCode: 'IS', kind: 'TOWN', population: 1_700, languages: ['is', 'en'] },
  { municipalityId: dm.vitoriaGasteiz, name: 'Vitoria-Gasteiz', countryCode: 'ES', kind: 'CITY', population: 255_000, languages: ['es', 'eu', 'en'] },
  { municipalityId: dm.ronda, name: 'Ronda', countryCode: 'ES', kind: 'TOWN', population: 33_700, languages: ['es', 'en'] },
  { municipalityId: dm.deventer, name: 'Deventer', countryCode: 'NL', kind: 'CITY', population: 101_000, languages: ['nl', 'en'] },
  { municipalityId: dm.hoorn, name: 'Hoorn', countryCode: 'NL', kind: 'TOWN', population: 74_000, languages: ['nl', 'en'] },
  { municipalityId: dm.battambang, name: 'Battambang', countryCode: 'KH', kind: 'CITY', population: 119_000, languages: ['km', 'en'] },
  { municipalityId: dm.villaDeLeyva, name: 'Villa de Leyva', countryCode: 'CO', kind: 'TOWN', population: 17_000, languages: ['es'] },
  { municipalityId: dm.agonaWest, name: 'Agona West', countryCode: 'GH', kind: 'DISTRICT', population: 115_000, languages: ['en'] },
  { municipalityId: dm.jinja, name: 'Jinja', countryCode: 'UG', kind: 'CITY', population: 300_000, languages: ['en'] },
];

const demoOfficials: EventPayloads['OfficialRegistered'][] = [
  { officialId: o.sigrunArnadottir, municipalityId: dm.sandgerdi, position: 'Mayor', mandate: 'ELECTED', functionArea: 'GENERAL_MANAGEMENT', languages: ['is', 'en'] },
  { officialId: o.martaIbanez, municipalityId: dm.vitoriaGasteiz, position: 'Head of Water and Sanitation', mandate: 'STAFF', functionArea: 'WATER_AND_SANITATION', languages: ['es', 'en', 'fr'] },
  { officialId: o.javierMoreno, municipalityId: dm.ronda, position: 'Tourism Officer', mandate: 'STAFF', functionArea: 'TOURISM', languages: ['es', 'en'] },
  { officialId: o.pieterVanDijk, municipalityId: dm.deventer, position: 'Senior Adviser, Sanitation and Sewerage', mandate: 'STAFF', functionArea: 'WATER_AND_SANITATION', languages: ['nl', 'en'] },
  { officialId: o.anoukJansen, municipalityId: dm.hoorn, position: 'Alderman for Spatial Planning', mandate: 'ELECTED', functionArea: 'URBAN_PLANNING', languages: ['nl', 'en'] },
  { officialId: o.sokhaChan, municipalityId: dm.battambang, position: 'Director of Urban Planning', mandate: 'STAFF', functionArea: 'URBAN_PLANNING', languages: ['km', 'en'] },
  { officialId: o.andreaGomez, municipalityId: dm.villaDeLeyva, position: 'Secretary of Tourism and Culture', mandate: 'STAFF', functionArea: 'TOURISM', languages: ['es'] },
  { officialId: o.georgeFreeman, municipalityId: dm.agonaWest, position: 'Municipal Environmental Health Officer', mandate: 'STAFF', functionArea: 'ENVIRONMENT_AND_HEALTH', languages: ['en'] },
  { officialId: o.graceNamutebi, municipalityId: dm.jinja, position: 'Principal Waste Management Officer', mandate: 'STAFF', functionArea: 'WASTE_MANAGEMENT', languages: ['en'] },
];

/** What RequestValidated carried for the five requests the secretariat validated. */
const demoValidations: EventPayloads['RequestValidated'][] = [
  {
    requestId: r.agonaWestSanitation, contactOfficialId: o.georgeFreeman, reference: 'REQ-2017-0001', municipalityId: dm.agonaWest, title: 'A joint sanitation management plan for Agona West',
    challenge: 'Public toilets in Agona Swedru overflow in the rainy season, septic tanks are emptied irregularly and liquid waste ends up in open drains. Responsibilities are spread between the Assembly, private desludgers and community groups, and no plan joins them up.',
    topics: ['sanitation', 'solid-waste', 'public-health'], preferredFormats: ['EXPERT_ASSIGNMENT', 'STUDY_VISIT'], languages: ['en'], earliestStart: '2017-03-01', latestEnd: '2017-12-31', submittedAt: '2017-01-16T09:00:00.000Z', validatedAt: '2017-01-30T09:00:00.000Z',
  },
  {
    requestId: r.sandgerdiHarbour, contactOfficialId: o.sigrunArnadottir, reference: 'REQ-2017-0002', municipalityId: dm.sandgerdi, title: 'Welcoming cruise visitors without overwhelming a harbour town',
    challenge: 'Cruise calls at the Suðurnes harbours are growing fast. A town of 1,700 people has no plan for thousands of visitors in a day: transport, toilets, guiding, and what residents gain from it.',
    topics: ['tourism'], preferredFormats: ['STUDY_VISIT', 'ROUNDTABLE'], languages: ['en'], earliestStart: '2017-04-01', latestEnd: '2017-10-31', submittedAt: '2017-02-13T09:00:00.000Z', validatedAt: '2017-02-27T09:00:00.000Z',
  },
  {
    requestId: r.villaDeLeyvaEcotourism, contactOfficialId: o.andreaGomez, reference: 'REQ-2026-0001', municipalityId: dm.villaDeLeyva, title: 'Community-based ecotourism around the historic centre',
    challenge: 'Visitors crowd the colonial centre at weekends while the surrounding veredas see little of the income. Local families want to guide visitors, but there is no training, no quality standard and no way to book them.',
    topics: ['ecotourism', 'cultural-heritage'], preferredFormats: ['STUDY_VISIT', 'WORK_PLACEMENT'], languages: ['es', 'en'], earliestStart: '2026-10-01', latestEnd: '2027-03-31', submittedAt: '2026-01-19T09:00:00.000Z', validatedAt: '2026-02-02T09:00:00.000Z',
  },
  {
    requestId: r.battambangUrbanPlanning, contactOfficialId: o.sokhaChan, reference: 'REQ-2026-0002', municipalityId: dm.battambang, title: 'A land-use plan for the riverside districts',
    challenge: 'Building along the Sangkae river is outpacing the master plan: riverbanks are filled in, flood land is built on and the public promenade is broken up.',
    topics: ['land-use', 'public-space'], preferredFormats: ['EXPERT_ASSIGNMENT', 'ROUNDTABLE'], languages: ['en'], earliestStart: '2027-01-11', latestEnd: '2027-06-30', submittedAt: '2026-02-09T09:00:00.000Z', validatedAt: '2026-02-23T09:00:00.000Z',
  },
  {
    requestId: r.jinjaWaste, contactOfficialId: o.graceNamutebi, reference: 'REQ-2026-0003', municipalityId: dm.jinja, title: 'Recycling and solid-waste collection in the markets',
    challenge: 'The central markets produce most of the city’s organic and plastic waste; collection is irregular, skips overflow and vendors burn what is left.',
    topics: ['solid-waste', 'recycling'], preferredFormats: ['EXPERT_ASSIGNMENT'], languages: ['en'], earliestStart: '2027-01-04', latestEnd: '2027-09-30', submittedAt: '2026-03-09T09:00:00.000Z', validatedAt: '2026-03-23T09:00:00.000Z',
  },
];

/** The requesters' ratings, each about the peers of their exchange. */
const demoRatings: { evaluation: string; exchangeId: string; phase: 'BEFORE' | 'DURING' | 'AFTER'; rating: number; author: string; peers: string[] }[] = [
  { evaluation: 'agonaWestSanitation:before:georgeFreeman', exchangeId: demo.exchanges.agonaWestSanitation, phase: 'BEFORE', rating: 4, author: o.georgeFreeman, peers: [o.pieterVanDijk, o.martaIbanez] },
  { evaluation: 'agonaWestSanitation:during:georgeFreeman', exchangeId: demo.exchanges.agonaWestSanitation, phase: 'DURING', rating: 4, author: o.georgeFreeman, peers: [o.pieterVanDijk, o.martaIbanez] },
  { evaluation: 'agonaWestSanitation:after-0:georgeFreeman', exchangeId: demo.exchanges.agonaWestSanitation, phase: 'AFTER', rating: 5, author: o.georgeFreeman, peers: [o.pieterVanDijk, o.martaIbanez] },
  { evaluation: 'agonaWestSanitation:after-6:georgeFreeman', exchangeId: demo.exchanges.agonaWestSanitation, phase: 'AFTER', rating: 5, author: o.georgeFreeman, peers: [o.pieterVanDijk, o.martaIbanez] },
  { evaluation: 'villaDeLeyvaEcotourism:before:andreaGomez', exchangeId: demo.exchanges.villaDeLeyvaEcotourism, phase: 'BEFORE', rating: 4, author: o.andreaGomez, peers: [o.javierMoreno] },
  { evaluation: 'villaDeLeyvaEcotourism:during:andreaGomez', exchangeId: demo.exchanges.villaDeLeyvaEcotourism, phase: 'DURING', rating: 5, author: o.andreaGomez, peers: [o.javierMoreno] },
];

/** What the other services' demo seeds tell matching in a whole-platform run. */
export function demoStoryEvents(): EventEnvelope[] {
  const agonaWest = [o.georgeFreeman, o.pieterVanDijk, o.martaIbanez];
  const villaDeLeyva = [o.javierMoreno, o.andreaGomez];
  return [
    ...demoMunicipalities.map((p) => envelope('MunicipalityRegistered', p, 'municipalities', directoryAt)),
    ...demoOfficials.map((p) => envelope('OfficialRegistered', p, 'municipalities', directoryAt)),
    ...demoValidations.map((p) => envelope('RequestValidated', p, 'requests', p.validatedAt)),
    envelope('ExchangeStarted', { exchangeId: demo.exchanges.agonaWestSanitation, requestId: r.agonaWestSanitation, participantOfficialIds: agonaWest, at: '2017-04-03T08:00:00.000Z' }, 'exchanges'),
    envelope('ExchangeCompleted', {
      exchangeId: demo.exchanges.agonaWestSanitation,
      requestId: r.agonaWestSanitation,
      title: 'Sanitation management planning in Agona West',
      hostMunicipalityId: dm.agonaWest,
      municipalityIds: [dm.agonaWest],
      participantOfficialIds: agonaWest,
      topics: ['sanitation', 'solid-waste', 'public-health'],
      at: '2017-06-30T16:00:00.000Z',
    }, 'exchanges'),
    envelope('ExchangeStarted', { exchangeId: demo.exchanges.villaDeLeyvaEcotourism, requestId: r.villaDeLeyvaEcotourism, participantOfficialIds: villaDeLeyva, at: '2026-11-16T08:00:00.000Z' }, 'exchanges'),
    ...demoRatings.map((e) =>
      envelope('EvaluationRecorded', {
        evaluationId: demoId(`evaluation:${e.evaluation}`),
        exchangeId: e.exchangeId,
        phase: e.phase,
        respondentRole: 'REQUESTER',
        overallRating: e.rating,
        authorOfficialId: e.author,
        ratedOfficialIds: e.peers,
      }, 'exchanges'),
    ),
  ];
}

/** Matching with the demo story, and what the story's events told it, as on the platform. */
export async function startDemoMatching(definition: SubgraphDefinition<Context> = matching): Promise<TestSubgraph<Context>> {
  const subgraph = await startTestSubgraph(definition, { seedDemo: true });
  for (const event of demoStoryEvents()) await subgraph.events.deliver(event);
  return subgraph;
}
