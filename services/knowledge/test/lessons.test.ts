// A completed exchange opens a lesson to document; association membership says who may
// document it. Both arrive as events: handled once, tolerant of what they do not know.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, encodeCursor, type EventPayloads, type Viewer } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import { knowledge, type Context } from '../src/server.ts';
import { association, envelope, mutate, mutations, nalag, practiceInput, recordedEvents, secretariat, snapshot, type PracticePayload, startWithDemoStory } from './support.ts';

let subgraph: TestSubgraph<Context>;
beforeAll(async () => {
  subgraph = await startWithDemoStory();
});
afterAll(() => subgraph?.dispose());

const m = demo.municipalities;
const o = demo.officials;
const unknownOfficial = randomUUID();

interface Lesson {
  exchange: { id: string };
  title: string;
  topics: { code: string; label: string }[];
  municipalities: { id: string }[];
  completedAt: string;
}
type Page = { lessonsToDocument: { edges: { cursor: string; node: Lesson }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const lessonsQuery = `query($first: Int, $after: String) { lessonsToDocument(first: $first, after: $after) {
  edges { cursor node { exchange { id } title topics { code label } municipalities { id } completedAt } } pageInfo { hasNextPage endCursor } } }`;

async function lessons(viewer: Viewer, variables: { first?: number; after?: string | null } = {}) {
  const result = await subgraph.execute<Page>({ query: lessonsQuery, variables }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.lessonsToDocument;
}
const titles = async (viewer: Viewer) => (await lessons(viewer)).edges.map((e) => e.node.title);

/** What the exchanges service tells when Jinja's waste exchange with Deventer is completed. */
function jinjaWasteCompleted(overrides: Partial<EventPayloads['ExchangeCompleted']> = {}): EventPayloads['ExchangeCompleted'] {
  return {
    exchangeId: randomUUID(),
    requestId: demo.requests.jinjaWaste,
    title: 'Market waste collection in Jinja',
    hostMunicipalityId: m.jinja,
    municipalityIds: [m.jinja, m.deventer],
    participantOfficialIds: [o.graceNamutebi, o.pieterVanDijk],
    topics: ['solid-waste', 'recycling', 'not-in-the-taxonomy'],
    at: '2027-03-31T15:00:00.000Z',
    ...overrides,
  };
}

describe('lessons to document', () => {
  it('starts empty: the demo\'s completed exchange already has its best practice', async () => {
    expect(await titles(secretariat)).toEqual([]);
  });

  it('opens a lesson when an exchange is completed, once however often the event is delivered', async () => {
    const completed = envelope('ExchangeCompleted', 'exchanges', jinjaWasteCompleted());
    const before = await snapshot(subgraph);
    expect(await subgraph.events.deliver(completed)).toBe(true);
    const afterFirst = await snapshot(subgraph);
    expect(afterFirst.lessons).toBe(before.lessons + 1);

    expect(await subgraph.events.deliver(completed)).toBe(false);
    expect(await snapshot(subgraph)).toEqual(afterFirst);
    // The same fact told again under a new event id opens nothing more.
    expect(await subgraph.events.deliver({ ...completed, id: randomUUID() })).toBe(true);
    expect((await snapshot(subgraph)).lessons).toBe(afterFirst.lessons);

    const page = await lessons(secretariat);
    expect(page.edges.map((e) => e.node)).toEqual([
      {
        exchange: { id: completed.payload.exchangeId },
        title: 'Market waste collection in Jinja',
        // Codes the taxonomy does not know are left out.
        topics: [{ code: 'solid-waste', label: 'Solid waste' }, { code: 'recycling', label: 'Recycling' }],
        municipalities: [{ id: m.jinja }, { id: m.deventer }],
        completedAt: '2027-03-31T15:00:00.000Z',
      },
    ]);
    expect(await recordedEvents(subgraph)).toEqual([]);
  });

  it('shows an association only the lessons of exchanges its members took part in', async () => {
    expect(await titles(association('ulga'))).toEqual(['Market waste collection in Jinja']); // Jinja
    expect(await titles(association('vng'))).toEqual(['Market waste collection in Jinja']); // Deventer
    expect(await titles(nalag)).toEqual([]);
  });

  it('learns membership from events, once', async () => {
    const uclg = { role: 'ASSOCIATION', associationId: randomUUID() } satisfies Viewer;
    const joined = envelope('MunicipalityJoinedAssociation', 'municipalities', { associationId: uclg.associationId, municipalityId: m.jinja });
    expect(await titles(uclg)).toEqual([]);
    expect(await subgraph.events.deliver(joined)).toBe(true);
    const after = await snapshot(subgraph);
    expect(await subgraph.events.deliver(joined)).toBe(false);
    expect(await snapshot(subgraph)).toEqual(after);
    expect(await titles(uclg)).toEqual(['Market waste collection in Jinja']);
  });

  it('skips events it cannot use, remembering them as handled', async () => {
    const before = await snapshot(subgraph);
    const malformed = [
      envelope('ExchangeCompleted', 'exchanges', jinjaWasteCompleted({ exchangeId: 'not-an-exchange' })),
      envelope('ExchangeCompleted', 'exchanges', jinjaWasteCompleted({ at: 'some day' })),
      envelope('ExchangeCompleted', 'exchanges', jinjaWasteCompleted({ title: '  ' })),
      envelope('MunicipalityJoinedAssociation', 'municipalities', { associationId: 'ulga', municipalityId: m.jinja }),
    ];
    for (const event of malformed) expect(await subgraph.events.deliver(event)).toBe(true);
    const after = await snapshot(subgraph);
    expect({ ...after, inbox: before.inbox }).toEqual(before);
    expect(after.inbox).toBe(before.inbox + malformed.length);
    // Events it has no handler for are not taken.
    expect(await subgraph.events.deliver(envelope('ExchangeStarted', 'exchanges', { exchangeId: randomUUID(), requestId: randomUUID(), participantOfficialIds: [], at: '2027-01-01T00:00:00Z' }))).toBe(false);
  });

  it('keeps malformed ids and topics of an event out of the lesson', async () => {
    const completed = envelope(
      'ExchangeCompleted',
      'exchanges',
      jinjaWasteCompleted({
        exchangeId: randomUUID().toUpperCase(),
        title: 'Recycling cooperatives in Jinja',
        hostMunicipalityId: m.jinja,
        municipalityIds: [m.jinja, 'nowhere', m.hoorn],
        topics: [' Recycling ', 'recycling', 'DROP TABLE'],
        at: '2027-05-01T09:00:00.000Z',
      }),
    );
    expect(await subgraph.events.deliver(completed)).toBe(true);
    const lesson = (await lessons(secretariat)).edges.map((e) => e.node).find((l) => l.title === 'Recycling cooperatives in Jinja');
    expect(lesson).toMatchObject({
      exchange: { id: completed.payload.exchangeId.toLowerCase() },
      topics: [{ code: 'recycling' }],
      // Hoorn as the event names it, Deventer as Pieter van Dijk's municipality.
      municipalities: [{ id: m.jinja }, { id: m.hoorn }, { id: m.deventer }],
    });
  });

  it('counts the municipalities of the participants, which it learns from the officials\' events', async () => {
    const arthur = randomUUID();
    const registered = envelope('OfficialRegistered', 'municipalities', {
      officialId: arthur,
      municipalityId: m.sandgerdi,
      position: 'Harbour Master',
      mandate: 'STAFF',
      functionArea: 'PORTS',
      languages: ['is', 'en'],
    });
    expect(await subgraph.events.deliver(registered)).toBe(true);
    const afterRegistration = await snapshot(subgraph);
    expect(await subgraph.events.deliver(registered)).toBe(false);
    expect(await snapshot(subgraph)).toEqual(afterRegistration);

    // The event names only the host and the requester; the peer's association may still document it.
    const completed = envelope('ExchangeCompleted', 'exchanges', jinjaWasteCompleted({
      title: 'Harbour waste in Jinja',
      municipalityIds: [m.jinja],
      participantOfficialIds: [o.graceNamutebi, arthur, unknownOfficial],
      at: '2027-06-01T09:00:00.000Z',
    }));
    expect(await subgraph.events.deliver(completed)).toBe(true);
    expect(await titles(association('sis'))).toEqual(['Harbour waste in Jinja']);

    // Moved and then erased officials are followed: only where they work now is kept, then nothing.
    expect(await subgraph.events.deliver(envelope('OfficialUpdated', 'municipalities', { ...registered.payload, municipalityId: m.hoorn }))).toBe(true);
    expect(await subgraph.events.deliver(envelope('OfficialErased', 'municipalities', { officialId: arthur }))).toBe(true);
    expect((await snapshot(subgraph)).officials).toBe(afterRegistration.officials - 1);
  });

  it('pages through lessons, longest waiting first, with opaque cursors', async () => {
    const first = await lessons(secretariat, { first: 1 });
    expect(first.edges.map((e) => e.node.title)).toEqual(['Market waste collection in Jinja']);
    expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[0]!.cursor });
    const second = await lessons(secretariat, { first: 1, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node.title)).toEqual(['Recycling cooperatives in Jinja']);
    const rest = await lessons(secretariat, { after: second.pageInfo.endCursor });
    expect(rest.edges.map((e) => e.node.title)).toEqual(['Harbour waste in Jinja']);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    for (const after of ['bogus', encodeCursor('yesterday', randomUUID()), encodeCursor('2027-03-31T15:00:00Z', randomUUID())]) {
      const result = await subgraph.execute({ query: lessonsQuery, variables: { after } }, secretariat);
      expect(result.errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
    }
    const tooMany = await subgraph.execute({ query: lessonsQuery, variables: { first: 101 } }, secretariat);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('closes a lesson once a best practice is documented from it, and lets its associations document it', async () => {
    const [lesson] = (await lessons(association('ulga'))).edges.map((e) => e.node);
    const documented = await mutate<PracticePayload>(
      subgraph,
      mutations.documentBestPractice,
      practiceInput({ exchangeId: lesson!.exchange.id, title: 'Waste collection with the market associations' }),
      association('ulga'),
    );
    expect(documented.userErrors).toEqual([]);
    expect(documented.bestPractice).toMatchObject({
      status: 'DRAFT',
      topics: [{ code: 'recycling' }, { code: 'solid-waste' }],
      municipalities: expect.arrayContaining([{ id: m.jinja }, { id: m.deventer }]),
    });
    expect(await titles(secretariat)).toEqual(['Recycling cooperatives in Jinja', 'Harbour waste in Jinja']);
    expect(await titles(association('ulga'))).toEqual(['Recycling cooperatives in Jinja', 'Harbour waste in Jinja']);
  });
});

describe('demo seed', () => {
  it('holds the completed Agona West exchange as a lesson its associations may document', async () => {
    const payload = await mutate<PracticePayload>(
      subgraph,
      mutations.documentBestPractice,
      practiceInput({ idempotencyKey: 'agona-west-second-lesson' }),
      association('femp'), // Vitoria-Gasteiz took part
    );
    expect(payload.userErrors).toEqual([]);
    expect(payload.bestPractice?.municipalities.map((x) => x.id).sort()).toEqual([m.agonaWest, m.deventer, m.vitoriaGasteiz].sort());
  });

  it('seeds only once', async () => {
    expect(await knowledge.seedDemo!(subgraph.database.db)).toBe(false);
  });
});
