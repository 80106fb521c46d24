// The everyday actions around a best practice and a knowledge event: editing a draft
// (also one sent back), one practice per exchange and author (sequential and racing),
// editing and cancelling an event, the filtered and counted lists, and what the
// membership events change.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { count } from 'drizzle-orm';
import { demo } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import { KnowledgeRepository } from '../src/db/repository.ts';
import { bestPractices } from '../src/db/tables.ts';
import type { Context } from '../src/server.ts';
import {
  association,
  donor,
  envelope,
  errorCode,
  mutate,
  mutations,
  nalag,
  openLesson,
  practiceInput,
  secretariat,
  snapshot,
  unknownId,
  type PracticePayload,
  startWithDemoStory,
} from './support.ts';

let subgraph: TestSubgraph<Context>;
beforeAll(async () => {
  subgraph = await startWithDemoStory();
});
afterAll(() => subgraph?.dispose());
afterEach(() => vi.restoreAllMocks());

const m = demo.municipalities;
const brussels = demo.knowledgeEvents.brusselsDonorRoundtable;

async function draftOf(exchangeId: string, viewer = nalag, overrides: Record<string, unknown> = {}) {
  const payload = await mutate<PracticePayload>(subgraph, mutations.documentBestPractice, practiceInput({ exchangeId, ...overrides }), viewer);
  expect(payload.userErrors).toEqual([]);
  return payload.bestPractice!;
}

const edit = (input: object, viewer = nalag) => mutate<PracticePayload>(subgraph, mutations.updateBestPractice, input, viewer);

describe('editing a draft', () => {
  it('changes the fields given, replaces the topics, keeps the rest, and records the edit in the history', async () => {
    const draft = await draftOf(await openLesson(subgraph));
    const edited = await edit({ bestPracticeId: draft.id, title: '  Desludging every week  ', topics: ['Drainage', 'sanitation'], idempotencyKey: 'edit-1' });
    expect(edited.userErrors).toEqual([]);
    expect(edited.bestPractice).toMatchObject({
      id: draft.id,
      title: 'Desludging every week',
      summary: draft.summary,
      status: 'DRAFT',
      topics: [{ code: 'drainage' }, { code: 'sanitation' }],
    });
    expect(edited.bestPractice!.history!.map(({ from, to, reason }) => ({ from, to, reason }))).toEqual([
      { from: null, to: 'DRAFT', reason: null },
      { from: 'DRAFT', to: 'DRAFT', reason: 'Edited: title, topics' },
    ]);
    // A retry under the same key edits nothing more.
    const before = await snapshot(subgraph);
    const retry = await edit({ bestPracticeId: draft.id, title: '  Desludging every week  ', topics: ['Drainage', 'sanitation'], idempotencyKey: 'edit-1' });
    expect(retry.bestPractice?.history).toHaveLength(2);
    expect(await snapshot(subgraph)).toEqual(before);
  });

  it('lets the authors edit a draft the secretariat sent back, and refuses one submitted or published as NOT_EDITABLE, writing nothing', async () => {
    const draft = await draftOf(await openLesson(subgraph));
    await mutate(subgraph, mutations.submitBestPracticeForReview, { bestPracticeId: draft.id }, nalag);
    for (const status of ['IN_REVIEW', 'PUBLISHED']) {
      if (status === 'PUBLISHED') await mutate(subgraph, mutations.publishBestPractice, { bestPracticeId: draft.id }, secretariat);
      const before = await snapshot(subgraph);
      const refused = await edit({ bestPracticeId: draft.id, body: 'Rewritten' });
      expect(refused).toEqual({
        bestPractice: null,
        userErrors: [{ code: 'NOT_EDITABLE', message: expect.stringContaining(status), field: 'bestPracticeId' }],
      });
      expect(await snapshot(subgraph)).toEqual(before);
    }

    const other = await draftOf(await openLesson(subgraph));
    await mutate(subgraph, mutations.submitBestPracticeForReview, { bestPracticeId: other.id }, nalag);
    await mutate(subgraph, mutations.returnBestPracticeToDraft, { bestPracticeId: other.id, reason: 'Say what it costs' }, secretariat);
    const reworked = await edit({ bestPracticeId: other.id, body: 'It costs two operators a day.' });
    expect(reworked.userErrors).toEqual([]);
    expect(reworked.bestPractice?.history?.at(-1)).toMatchObject({ from: 'DRAFT', to: 'DRAFT', reason: 'Edited: body' });
  });

  it('refuses invalid input field by field, all at once, as documenting does, and an unknown practice', async () => {
    const draft = await draftOf(await openLesson(subgraph));
    const refused: [Record<string, unknown>, { code: string; field: string }[]][] = [
      [{}, [{ code: 'INVALID_INPUT', field: 'bestPracticeId' }]],
      [{ title: ' ', language: 'klingon' }, [{ code: 'INVALID_INPUT', field: 'title' }, { code: 'INVALID_INPUT', field: 'language' }]],
      [{ summary: 'x'.repeat(2001) }, [{ code: 'INVALID_INPUT', field: 'summary' }]],
      [{ topics: [] }, [{ code: 'INVALID_INPUT', field: 'topics' }]],
      [{ topics: ['sanitation', 'no-such-topic'] }, [{ code: 'UNKNOWN_TOPIC', field: 'topics' }]],
      [{ bestPracticeId: unknownId, title: 'A title' }, [{ code: 'NOT_FOUND', field: 'bestPracticeId' }]],
    ];
    for (const [input, errors] of refused) {
      const before = await snapshot(subgraph);
      const payload = await edit({ bestPracticeId: draft.id, ...input }, secretariat);
      expect(payload.userErrors.map(({ code, field }) => ({ code, field })), JSON.stringify(input)).toEqual(errors);
      expect(await snapshot(subgraph)).toEqual(before);
    }
  });
});

describe('one best practice per exchange and author', () => {
  it('refuses a second one by the same association as ALREADY_DOCUMENTED, naming the first; another author may document it', async () => {
    // The demo story: NALAG documented the Agona West exchange.
    const before = await snapshot(subgraph);
    const again = await mutate<PracticePayload>(subgraph, mutations.documentBestPractice, practiceInput(), nalag);
    expect(again).toEqual({
      bestPractice: null,
      userErrors: [{ code: 'ALREADY_DOCUMENTED', message: expect.stringContaining(demo.bestPractices.agonaWestSanitationPlan), field: 'exchangeId' }],
    });
    expect(await snapshot(subgraph)).toEqual(before);

    const exchangeId = await openLesson(subgraph);
    await draftOf(exchangeId, secretariat);
    expect((await mutate<PracticePayload>(subgraph, mutations.documentBestPractice, practiceInput({ exchangeId }), secretariat)).userErrors).toMatchObject([
      { code: 'ALREADY_DOCUMENTED' },
    ]);
    expect((await draftOf(exchangeId, association('femp'))).documentingAssociation).toEqual({ id: demo.associations.femp });
  });

  it('refuses the loser of a race the same way, when the unique key catches what the first check could not see', async () => {
    const exchangeId = await openLesson(subgraph);
    const first = await draftOf(exchangeId);
    // The other transaction committed after this one looked: the check sees nothing, the insert collides.
    vi.spyOn(KnowledgeRepository.prototype, 'practiceOfAuthor').mockResolvedValueOnce(undefined);
    const before = await snapshot(subgraph);
    const loser = await mutate<PracticePayload>(subgraph, mutations.documentBestPractice, practiceInput({ exchangeId, title: 'The other one' }), nalag);
    expect(loser).toEqual({
      bestPractice: null,
      userErrors: [{ code: 'ALREADY_DOCUMENTED', message: expect.stringContaining(first.id), field: 'exchangeId' }],
    });
    expect(await snapshot(subgraph)).toEqual(before);
  });

  it('documents once when two ask at the same time', async () => {
    const exchangeId = await openLesson(subgraph);
    const both = await Promise.all(
      ['One', 'Two'].map((title) => mutate<PracticePayload>(subgraph, mutations.documentBestPractice, practiceInput({ exchangeId, title }), nalag)),
    );
    expect(both.filter((p) => p.bestPractice !== null)).toHaveLength(1);
    expect(both.flatMap((p) => p.userErrors.map((e) => e.code))).toEqual(['ALREADY_DOCUMENTED']);
  });
});

type EventPayload = {
  knowledgeEvent: {
    id: string;
    title: string;
    location: string | null;
    audiences: string[];
    practicesShared: { id: string }[];
    status: string;
    cancellationReason: string | null;
    cancelledAt: string | null;
    history: { kind: string; actor: string; reason: string | null; at: string }[] | null;
  } | null;
  userErrors: { code: string; message: string; field: string | null }[];
};

const vng = association('vng');
const scheduleInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Sanitation planning with every stakeholder',
  kind: 'WORKSHOP',
  date: '2031-05-20',
  location: 'Deventer',
  audiences: ['LOCAL_AND_REGIONAL_GOVERNMENT'],
  practiceIds: [demo.bestPractices.agonaWestSanitationPlan],
  ...overrides,
});

async function scheduled(overrides: Record<string, unknown> = {}, viewer = vng) {
  const payload = await mutate<EventPayload>(subgraph, mutations.scheduleKnowledgeEvent, scheduleInput(overrides), viewer);
  expect(payload.userErrors).toEqual([]);
  return payload.knowledgeEvent!;
}

describe('editing and cancelling a knowledge event', () => {
  it('edits the fields given, with an entry in its history', async () => {
    const event = await scheduled();
    const edited = await mutate<EventPayload>(
      subgraph,
      mutations.updateKnowledgeEvent,
      { knowledgeEventId: event.id, location: 'Online', audiences: ['DONOR_COMMUNITY', 'DONOR_COMMUNITY'], practiceIds: [], idempotencyKey: 'move-online' },
      vng,
    );
    expect(edited.userErrors).toEqual([]);
    expect(edited.knowledgeEvent).toMatchObject({ title: event.title, location: 'Online', audiences: ['DONOR_COMMUNITY'], practicesShared: [], status: 'SCHEDULED' });
    expect(edited.knowledgeEvent!.history!.map(({ kind, reason }) => ({ kind, reason }))).toEqual([
      { kind: 'SCHEDULED', reason: null },
      { kind: 'UPDATED', reason: 'Edited: location, audiences, practiceIds' },
    ]);
  });

  it('refuses invalid edits, all at once, writing nothing', async () => {
    const event = await scheduled();
    const refused: [Record<string, unknown>, { code: string; field: string }[]][] = [
      [{}, [{ code: 'INVALID_INPUT', field: 'knowledgeEventId' }]],
      [{ title: ' ', date: '2001-01-01', audiences: [] }, [{ code: 'INVALID_INPUT', field: 'title' }, { code: 'DATE_IN_PAST', field: 'date' }, { code: 'INVALID_INPUT', field: 'audiences' }]],
      [{ practiceIds: [demo.bestPractices.communityEcotourism] }, [{ code: 'PRACTICE_NOT_PUBLISHED', field: 'practiceIds' }]],
      [{ knowledgeEventId: unknownId, title: 'A title' }, [{ code: 'NOT_FOUND', field: 'knowledgeEventId' }]],
    ];
    for (const [input, errors] of refused) {
      const before = await snapshot(subgraph);
      const payload = await mutate<EventPayload>(subgraph, mutations.updateKnowledgeEvent, { knowledgeEventId: event.id, ...input }, secretariat);
      expect(payload.userErrors.map(({ code, field }) => ({ code, field })), JSON.stringify(input)).toEqual(errors);
      expect(await snapshot(subgraph)).toEqual(before);
    }
  });

  it('cancels with a reason; the event stays readable, and a cancelled one changes no more', async () => {
    const event = await scheduled();
    const blank = await mutate<EventPayload>(subgraph, mutations.cancelKnowledgeEvent, { knowledgeEventId: event.id, reason: '  ' }, vng);
    expect(blank.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: 'reason' }]);

    const cancelled = await mutate<EventPayload>(subgraph, mutations.cancelKnowledgeEvent, { knowledgeEventId: event.id, reason: ' The venue flooded ' }, secretariat);
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.knowledgeEvent).toMatchObject({ status: 'CANCELLED', cancellationReason: 'The venue flooded', cancelledAt: expect.any(String) });
    expect(cancelled.knowledgeEvent!.history!.map((h) => [h.kind, h.actor])).toEqual([
      ['SCHEDULED', `ASSOCIATION:${demo.associations.vng}`],
      ['CANCELLED', 'STAFF'],
    ]);

    const read = await subgraph.execute<{ knowledgeEvent: { status: string; cancellationReason: string; history: unknown } }>(
      { query: `query($id: ID!) { knowledgeEvent(id: $id) { status cancellationReason history { kind } } }`, variables: { id: event.id } },
      donor,
    );
    expect(read.data?.knowledgeEvent).toEqual({ status: 'CANCELLED', cancellationReason: 'The venue flooded', history: null });

    const before = await snapshot(subgraph);
    for (const [mutation, input] of [
      [mutations.cancelKnowledgeEvent, { knowledgeEventId: event.id, reason: 'Again' }],
      [mutations.updateKnowledgeEvent, { knowledgeEventId: event.id, title: 'Back on' }],
    ] as const) {
      expect((await mutate<EventPayload>(subgraph, mutation, input, vng)).userErrors).toMatchObject([{ code: 'EVENT_CANCELLED', field: 'knowledgeEventId' }]);
    }
    expect(await snapshot(subgraph)).toEqual(before);
  });
});

describe('the lists, filtered and counted', () => {
  type Events = { knowledgeEvents: { totalCount: number; nodes: { id: string }[] } };
  async function events(filter: Record<string, unknown>, first = 100) {
    const result = await subgraph.execute<Events>({
      query: `query($filter: KnowledgeEventFilter, $first: Int) { knowledgeEvents(filter: $filter, first: $first) { totalCount nodes { id } } }`,
      variables: { filter, first },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.knowledgeEvents;
  }

  it('filters knowledge events by audience, dates, status and topic, sub-topics included, and counts them all', async () => {
    const online = await scheduled({ title: 'Waste for donors', date: '2030-02-01', audiences: ['DONOR_COMMUNITY'], practiceIds: [] });
    const ids = async (filter: Record<string, unknown>) => (await events(filter)).nodes.map((n) => n.id);

    // The Brussels briefing of the demo shares the Agona West plan: sanitation, public health, citizen participation.
    expect(await ids({ topic: 'water' })).toContain(brussels);
    expect(await ids({ topic: 'Sanitation' })).toContain(brussels);
    expect(await ids({ topic: 'tourism' })).not.toContain(brussels);
    expect(await ids({ audience: 'DONOR_COMMUNITY', from: '2030-01-01', to: '2030-12-31' })).toEqual([online.id]);
    expect(await ids({ to: '2017-12-31' })).toEqual([brussels]);
    expect(await ids({ audience: 'CENTRAL_GOVERNMENT', from: '2018-01-01', status: 'SCHEDULED' })).not.toContain(online.id);

    const all = await events({});
    const page = await events({}, 1);
    expect(page.nodes).toHaveLength(1);
    expect(page.totalCount).toBe(all.nodes.length);
    expect((await events({ audience: 'DONOR_COMMUNITY', from: '2030-01-01', to: '2030-12-31' }, 1)).totalCount).toBe(1);

  });

  it('counts best practices and lessons across every page, with the filter', async () => {
    const result = await subgraph.execute<{ bestPractices: { totalCount: number; nodes: unknown[] }; water: { totalCount: number }; lessonsToDocument: { totalCount: number; nodes: unknown[] } }>(
      {
        query: `{ bestPractices(first: 1) { totalCount nodes { id } } water: bestPractices(filter: { topic: "water", status: PUBLISHED }) { totalCount }
          lessonsToDocument(first: 100) { totalCount nodes { title } } }`,
      },
      secretariat,
    );
    expect(result.errors).toBeUndefined();
    const [{ n }] = (await subgraph.database.db.select({ n: count() }).from(bestPractices)) as [{ n: number }];
    expect(result.data!.bestPractices).toMatchObject({ totalCount: n, nodes: [expect.anything()] });
    expect(result.data!.water.totalCount).toBeGreaterThan(0);
    expect(result.data!.lessonsToDocument.totalCount).toBe(result.data!.lessonsToDocument.nodes.length);
  });
});

describe('membership', () => {
  it('takes away the right to document once the municipality left the association, once per event', async () => {
    const exchangeId = await openLesson(subgraph, { hostMunicipalityId: m.jinja, municipalityIds: [m.jinja], participantOfficialIds: [] });
    const ulga = association('ulga');
    const left = envelope('MunicipalityLeftAssociation', 'municipalities', { associationId: demo.associations.ulga, municipalityId: m.jinja, at: new Date().toISOString() });
    await subgraph.events.deliver(left);
    const afterLeaving = await snapshot(subgraph);
    await subgraph.events.deliver(left);
    expect(await snapshot(subgraph)).toEqual(afterLeaving);
    expect(await errorCode(subgraph, mutations.documentBestPractice, { input: practiceInput({ exchangeId }) }, ulga)).toBe('FORBIDDEN');
  });

  it('lets an association the completed exchange names document it, without a member among its municipalities', async () => {
    const exchangeId = await openLesson(subgraph, { associationIds: [demo.associations.sis.toUpperCase()] });
    expect((await draftOf(exchangeId, association('sis'))).documentingAssociation).toEqual({ id: demo.associations.sis });
  });
});
