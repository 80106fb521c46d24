// What the matching suites share: the cast's viewers, the four mutations as documents,
// events as other services would deliver them, a small world of peers and requests
// built through those events and the public API, and a picture of every table to
// prove that a refusal changed nothing.
import { randomUUID } from 'node:crypto';
import { asc } from 'drizzle-orm';
import { expect } from 'vitest';
import { demo, type EventEnvelope, type EventPayloads, type EventType, type Viewer } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import type { Context } from '../src/server.ts';
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
