// What the knowledge suites share: the cast of viewers, a snapshot of every row the
// service keeps (to prove a refusal changed nothing), and the GraphQL error and
// userError shapes the tests read.
import { randomUUID } from 'node:crypto';
import { asc, count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { demo, type EventEnvelope, type EventPayloads, type Viewer } from '@connect/kit';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import * as t from '../src/db/tables.ts';
import { knowledge, type Context } from '../src/server.ts';

export const secretariat: Viewer = { role: 'STAFF' };
export const donor: Viewer = { role: 'DONOR' };
export const georgeFreeman: Viewer = { role: 'OFFICIAL', officialId: demo.officials.georgeFreeman };
export const anonymous: Viewer | undefined = undefined;
export const association = (key: keyof typeof demo.associations): Viewer => ({ role: 'ASSOCIATION', associationId: demo.associations[key] });
/** NALAG: Agona West is a member, so it may document the Agona West exchange. */
export const nalag = association('nalag');

export const unknownId = '00000000-0000-4000-8000-000000000000';

export interface UserError {
  code: string;
  message: string;
  field: string | null;
}

/** Every row the knowledge service keeps, in a stable order. */
export async function snapshot(subgraph: TestSubgraph<Context>) {
  const db = subgraph.database.db;
  const rows = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    practices: await db
      .select({ id: t.bestPractices.id, status: t.bestPractices.status, updatedAt: t.bestPractices.updatedAt, publishedAt: t.bestPractices.publishedAt })
      .from(t.bestPractices)
      .orderBy(asc(t.bestPractices.id)),
    practiceTopics: await rows(t.bestPracticeTopics),
    practiceMunicipalities: await rows(t.bestPracticeMunicipalities),
    history: await rows(t.bestPracticeHistory),
    knowledgeEvents: await db
      .select({ id: t.knowledgeEvents.id, status: t.knowledgeEvents.status, updatedAt: t.knowledgeEvents.updatedAt })
      .from(t.knowledgeEvents)
      .orderBy(asc(t.knowledgeEvents.id)),
    knowledgeEventChanges: await rows(t.knowledgeEventHistory),
    eventPractices: await rows(t.knowledgeEventPractices),
    lessons: await rows(t.lessonsToDocument),
    members: await rows(t.associationMembers),
    officials: await rows(t.officialMunicipalities),
    inbox: await rows(t.inbox),
    idempotencyKeys: await rows(t.idempotencyKeys),
    outbox: await rows(t.outbox),
  };
}

/** Events this service recorded: its outbox. */
export async function recordedEvents(subgraph: TestSubgraph<Context>) {
  return subgraph.database.db.select({ type: t.outbox.type, payload: t.outbox.payload }).from(t.outbox).orderBy(asc(t.outbox.position));
}

export function envelope<T extends keyof EventPayloads>(type: T, source: string, payload: EventPayloads[T]): EventEnvelope<T> {
  return { id: randomUUID(), type, source, occurredAt: new Date().toISOString(), payload };
}

const m = demo.municipalities;
const o = demo.officials;
const a = demo.associations;

/** Where each official of the demo story works, and which municipalities each association counts. */
const worksIn: [keyof typeof o, keyof typeof m][] = [
  ['sigrunArnadottir', 'sandgerdi'],
  ['martaIbanez', 'vitoriaGasteiz'],
  ['javierMoreno', 'ronda'],
  ['pieterVanDijk', 'deventer'],
  ['anoukJansen', 'hoorn'],
  ['sokhaChan', 'battambang'],
  ['andreaGomez', 'villaDeLeyva'],
  ['georgeFreeman', 'agonaWest'],
  ['graceNamutebi', 'jinja'],
];
const members: [keyof typeof a, keyof typeof m][] = [
  ['sis', 'sandgerdi'],
  ['femp', 'vitoriaGasteiz'],
  ['femp', 'ronda'],
  ['vng', 'deventer'],
  ['vng', 'hoorn'],
  ['nlcs', 'battambang'],
  ['fcm', 'villaDeLeyva'],
  ['nalag', 'agonaWest'],
  ['ulga', 'jinja'],
];

/**
 * What the other services' demo seeds tell this service in a whole-platform run: the
 * directory's registrations and memberships, and the completion of the Agona West exchange.
 */
export function demoStoryEvents(): EventEnvelope[] {
  return [
    ...worksIn.map(([official, municipality]) =>
      envelope('OfficialRegistered', 'municipalities', {
        officialId: o[official],
        municipalityId: m[municipality],
        position: 'Official',
        mandate: 'STAFF',
        functionArea: 'GENERAL_MANAGEMENT',
        languages: ['en'],
      }),
    ),
    ...members.map(([association, municipality]) =>
      envelope('MunicipalityJoinedAssociation', 'municipalities', { associationId: a[association], municipalityId: m[municipality] }),
    ),
    envelope('ExchangeCompleted', 'exchanges', {
      exchangeId: demo.exchanges.agonaWestSanitation,
      requestId: demo.requests.agonaWestSanitation,
      title: 'Sanitation management planning in Agona West',
      hostMunicipalityId: m.agonaWest,
      municipalityIds: [m.agonaWest],
      participantOfficialIds: [o.georgeFreeman, o.pieterVanDijk, o.martaIbanez],
      topics: ['sanitation', 'solid-waste', 'public-health'],
      at: '2017-06-30T16:00:00.000Z',
    }),
  ];
}

/**
 * Completes one more exchange like the demo's Agona West one (same municipalities,
 * participants and topics) and answers its id: each association documents an exchange
 * once, so a test that documents again needs a lesson of its own.
 */
export async function openLesson(subgraph: TestSubgraph<Context>, overrides: Partial<EventPayloads['ExchangeCompleted']> = {}): Promise<string> {
  const completed = demoStoryEvents().find((e) => e.type === 'ExchangeCompleted') as EventEnvelope<'ExchangeCompleted'>;
  const exchangeId = randomUUID();
  await subgraph.events.deliver(envelope('ExchangeCompleted', 'exchanges', { ...completed.payload, exchangeId, requestId: randomUUID(), ...overrides }));
  return overrides.exchangeId ?? exchangeId;
}

/** The knowledge service with the demo story, and what the story's events told it. */
export async function startWithDemoStory(): Promise<TestSubgraph<Context>> {
  const subgraph = await startTestSubgraph(knowledge, { seedDemo: true });
  for (const event of demoStoryEvents()) await subgraph.events.deliver(event);
  return subgraph;
}

/** Runs a mutation and returns its payload, failing on GraphQL errors. */
export async function mutate<P>(subgraph: TestSubgraph<Context>, query: string, input: object, viewer?: Viewer): Promise<P> {
  const result = await subgraph.execute<Record<string, P>>({ query, variables: { input } }, viewer);
  if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return Object.values(result.data!)[0]!;
}

/** The code of the first GraphQL error of an operation, which must have failed without data. */
export async function errorCode(subgraph: TestSubgraph<Context>, query: string, variables: object, viewer?: Viewer): Promise<unknown> {
  const result = await subgraph.execute({ query, variables }, viewer);
  return result.errors?.[0]?.extensions?.code;
}

const practiceFields = `id title summary status language publishedAt createdAt topics { code } municipalities { id } sourceExchange { id }
  documentingAssociation { id } history { from to actor reason at }`;
const eventFields = 'id title kind date location audiences organiser { id } practicesShared { id title } status cancellationReason cancelledAt history { kind actor reason at }';
const payload = (entity: string, fields: string) => `{ ${entity} { ${fields} } userErrors { code message field } }`;

/** The mutations of the service, as clients write them. */
export const mutations = {
  documentBestPractice: `mutation($input: DocumentBestPracticeInput!) { documentBestPractice(input: $input) ${payload('bestPractice', practiceFields)} }`,
  submitBestPracticeForReview: `mutation($input: SubmitBestPracticeForReviewInput!) { submitBestPracticeForReview(input: $input) ${payload('bestPractice', practiceFields)} }`,
  publishBestPractice: `mutation($input: PublishBestPracticeInput!) { publishBestPractice(input: $input) ${payload('bestPractice', practiceFields)} }`,
  returnBestPracticeToDraft: `mutation($input: ReturnBestPracticeToDraftInput!) { returnBestPracticeToDraft(input: $input) ${payload('bestPractice', practiceFields)} }`,
  scheduleKnowledgeEvent: `mutation($input: ScheduleKnowledgeEventInput!) { scheduleKnowledgeEvent(input: $input) ${payload('knowledgeEvent', eventFields)} }`,
  updateBestPractice: `mutation($input: UpdateBestPracticeInput!) { updateBestPractice(input: $input) ${payload('bestPractice', practiceFields)} }`,
  updateKnowledgeEvent: `mutation($input: UpdateKnowledgeEventInput!) { updateKnowledgeEvent(input: $input) ${payload('knowledgeEvent', eventFields)} }`,
  cancelKnowledgeEvent: `mutation($input: CancelKnowledgeEventInput!) { cancelKnowledgeEvent(input: $input) ${payload('knowledgeEvent', eventFields)} }`,
} as const;

interface Transition {
  from: string | null;
  to: string;
  actor: string;
  reason: string | null;
  at: string;
}

export interface Practice {
  id: string;
  title: string;
  summary: string;
  status: string;
  language: string;
  publishedAt: string | null;
  createdAt: string;
  topics: { code: string }[];
  municipalities: { id: string }[];
  sourceExchange: { id: string } | null;
  documentingAssociation: { id: string } | null;
  history: Transition[] | null;
}

export interface PracticePayload {
  bestPractice: Practice | null;
  userErrors: UserError[];
}

/** A valid documentBestPractice input from the Agona West exchange; override what a test varies. */
export function practiceInput(overrides: Record<string, unknown> = {}) {
  return {
    exchangeId: demo.exchanges.agonaWestSanitation,
    title: 'A weekly desludging schedule for public toilets',
    summary: 'How Agona West moved from emptying public toilets when they overflowed to a weekly schedule the operators keep.',
    body: 'Context. Approach. Results. What to watch for.',
    language: 'en',
    ...overrides,
  };
}
