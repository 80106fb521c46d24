// What the exchanges suites share: the people who call, the mutations as a client
// writes them, an inventory of every table (to prove a refusal wrote nothing), the
// events in the outbox, and events as other services would deliver them.
import { randomUUID } from 'node:crypto';
import { asc, count, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { demo, type EventEnvelope, type EventPayloads, type EventType, type Viewer } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import {
  evaluations,
  exchangeAssociations,
  exchangeParticipants,
  exchanges,
  exchangeTransitions,
  idempotencyKeys,
  inbox,
  knownMunicipalities,
  outbox,
  outcomes,
  plannableMatches,
  requestFacts,
} from '../src/db/tables.ts';
import type { Context } from '../src/server.ts';

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
    outcomes,
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
