// The inbox: what other services' events tell each official and association, once, and
// `me`, through which they read it. Events are delivered here as the transport would
// deliver them; a replay is a delivery after the inbox of handled events is emptied.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { demo, type EventEnvelope, type EventPayloads, type EventType, type Viewer } from '@connect/kit';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import { clock } from '../src/clock.ts';
import * as tables from '../src/db/tables.ts';
import { monthsAfter } from '../src/notifications.ts';
import { municipalities, type Context } from '../src/server.ts';

let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(municipalities, { seedDemo: true });
});
afterAll(() => subgraph?.dispose());
afterEach(() => vi.restoreAllMocks());

const o = demo.officials;
const a = demo.associations;
const official = (officialId: string): Viewer => ({ role: 'OFFICIAL', officialId });
const association = (associationId: string): Viewer => ({ role: 'ASSOCIATION', associationId });

function envelope<T extends EventType>(type: T, payload: EventPayloads[T], source = 'exchanges'): EventEnvelope<T> {
  return { id: randomUUID(), type, source, occurredAt: new Date().toISOString(), payload };
}

async function deliver(...envelopes: EventEnvelope[]) {
  for (const e of envelopes) await subgraph.events.deliver(e);
}

/** Delivers the events again as a replay would: the record of handled events is gone. */
async function replay(...envelopes: EventEnvelope[]) {
  await subgraph.database.db.delete(tables.inbox);
  await deliver(...envelopes);
}

interface Inbox {
  totalCount: number;
  unreadCount: number;
  nodes: { id: string; kind: string; title: string; requestId: string | null; exchangeId: string | null; matchId: string | null; bestPracticeId: string | null; readAt: string | null }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const inboxQuery = `query($first: Int, $after: String, $unread: Boolean) { me { notifications(first: $first, after: $after, unread: $unread) {
  totalCount unreadCount nodes { id kind title requestId exchangeId matchId bestPracticeId readAt } pageInfo { hasNextPage endCursor } } } }`;

async function inbox(viewer: Viewer, variables: Record<string, unknown> = { first: 100 }): Promise<Inbox> {
  const result = await subgraph.execute<{ me: { notifications: Inbox } }>({ query: inboxQuery, variables }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!.me.notifications;
}

const kindsAbout = async (viewer: Viewer, subject: string) =>
  (await inbox(viewer)).nodes.filter((n) => [n.requestId, n.exchangeId, n.matchId, n.bestPracticeId].includes(subject)).map((n) => n.kind).sort();

describe('me', () => {
  it("answers an official's role, official and municipality", async () => {
    const result = await subgraph.execute({ query: `{ me { id role official { fullName } association { name } municipality { name } } }` }, official(o.georgeFreeman));
    expect(result.data).toEqual({
      me: { id: `OFFICIAL:${o.georgeFreeman}`, role: 'OFFICIAL', official: { fullName: 'George Freeman' }, association: null, municipality: { name: 'Agona West' } },
    });
  });

  it("answers an association's association, and null for anonymous callers", async () => {
    const result = await subgraph.execute({ query: `{ me { role official { id } association { acronym } municipality { id } } }` }, association(a.nalag));
    expect(result.data).toEqual({ me: { role: 'ASSOCIATION', official: null, association: { acronym: 'NALAG' }, municipality: null } });
    expect((await subgraph.execute({ query: `{ me { id } }` }, { role: 'ANONYMOUS' })).data).toEqual({ me: null });
  });

  it("resolves a Me reference only when it is the viewer's own", async () => {
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Me { id official { fullName } } } }`;
    const reps = [
      { __typename: 'Me', id: `OFFICIAL:${o.georgeFreeman}` },
      { __typename: 'Me', id: `OFFICIAL:${o.pieterVanDijk}` },
    ];
    const result = await subgraph.execute({ query, variables: { reps } }, official(o.georgeFreeman));
    expect(result.data).toEqual({ _entities: [{ id: `OFFICIAL:${o.georgeFreeman}`, official: { fullName: 'George Freeman' } }, null] });
  });

  it('gives staff a Me without an inbox', async () => {
    const result = await subgraph.execute({ query: `{ me { role notifications { totalCount unreadCount nodes { id } } } }` }, { role: 'STAFF', subject: 'ann' });
    expect(result.data).toEqual({ me: { role: 'STAFF', notifications: { totalCount: 0, unreadCount: 0, nodes: [] } } });
  });
});

describe('what the events tell', () => {
  const requestId = randomUUID();
  const matchId = randomUUID();

  it('tells the proposed official of a proposal, once, even when the event is delivered again or replayed', async () => {
    const made = envelope('ProposalMade', { matchId, requestId, officialId: o.sokhaChan, at: '2026-12-01T10:00:00Z' }, 'matching');
    await deliver(made, made);
    await replay(made);
    expect(await kindsAbout(official(o.sokhaChan), matchId)).toEqual(['PROPOSAL_RECEIVED']);
  });

  it("tells the request's contact official that it was validated, and how a proposal was answered", async () => {
    const request = {
      requestId,
      reference: 'REQ-2026-0900',
      municipalityId: demo.municipalities.jinja,
      title: 'Landfill gas',
      challenge: 'Methane',
      topics: ['waste'],
      preferredFormats: [],
      languages: ['en'],
      earliestStart: null,
      latestEnd: null,
      contactOfficialId: o.graceNamutebi,
    };
    await deliver(
      envelope('RequestStatusChanged', { ...request, from: 'SUBMITTED', to: 'VALIDATED', at: '2026-12-01T09:00:00Z', submittedAt: null, validatedAt: '2026-12-01T09:00:00Z' }, 'requests'),
      envelope('ProposalAccepted', { matchId, requestId, officialId: o.sokhaChan, at: '2026-12-02T10:00:00Z' }, 'matching'),
      envelope('ProposalDeclined', { matchId: randomUUID(), requestId, officialId: o.andreaGomez, at: '2026-12-02T11:00:00Z' }, 'matching'),
    );
    expect(await kindsAbout(official(o.graceNamutebi), requestId)).toEqual(['PROPOSAL_ACCEPTED', 'PROPOSAL_DECLINED', 'REQUEST_VALIDATED']);
    // Nobody else hears of it.
    expect(await kindsAbout(official(o.georgeFreeman), requestId)).toEqual([]);
  });

  it('tells participants and associations of an exchange planned, changed and cancelled', async () => {
    const exchangeId = randomUUID();
    const plan = { exchangeId, requestId, format: 'STUDY_VISIT' as const, startsOn: '2027-03-01', endsOn: '2027-03-05', hostMunicipalityId: demo.municipalities.deventer };
    await deliver(
      envelope('ExchangePlanned', { ...plan, participantOfficialIds: [o.graceNamutebi, o.pieterVanDijk], associationIds: [a.ulga], at: '2026-12-03T10:00:00Z' }),
      envelope('ExchangeUpdated', { ...plan, changed: ['dates'], participantOfficialIds: [o.graceNamutebi, o.pieterVanDijk], associationIds: [a.ulga, a.vng], at: '2026-12-03T11:00:00Z' }),
      envelope('ExchangeCancelled', { exchangeId, requestId, participantOfficialIds: [o.graceNamutebi, o.pieterVanDijk], reason: 'Flooding', at: '2026-12-04T10:00:00Z' }),
    );
    expect(await kindsAbout(official(o.pieterVanDijk), exchangeId)).toEqual(['EXCHANGE_CANCELLED', 'EXCHANGE_CHANGED', 'EXCHANGE_PLANNED']);
    expect(await kindsAbout(association(a.ulga), exchangeId)).toEqual(['EXCHANGE_CANCELLED', 'EXCHANGE_CHANGED', 'EXCHANGE_PLANNED']);
    // VNG joined with the change, and hears of the cancellation from what the changes told.
    expect(await kindsAbout(association(a.vng), exchangeId)).toEqual(['EXCHANGE_CANCELLED', 'EXCHANGE_CHANGED']);
  });

  it('tells the association that drafted a best practice that it was returned, then published', async () => {
    const bestPracticeId = randomUUID();
    await deliver(
      envelope('BestPracticeReturned', { bestPracticeId, exchangeId: null, associationId: a.nalag, title: 'Sanitation', reason: 'Add figures', at: '2026-12-01T10:00:00Z' }, 'knowledge'),
      envelope('BestPracticePublished', { bestPracticeId, exchangeId: null, associationId: a.nalag, title: 'Sanitation', topics: ['sanitation'], at: '2026-12-02T10:00:00Z' }, 'knowledge'),
    );
    expect(await kindsAbout(association(a.nalag), bestPracticeId)).toEqual(['BEST_PRACTICE_PUBLISHED', 'BEST_PRACTICE_RETURNED']);
  });
});

describe('evaluations due', () => {
  const exchangeId = randomUUID();
  const requestId = randomUUID();
  const completedAt = new Date('2026-11-30T12:00:00Z');

  it('tells participants when an exchange starts and completes, and schedules 3-, 6- and 12-month follow-ups', async () => {
    const participantOfficialIds = [o.andreaGomez, o.javierMoreno];
    const completed = envelope('ExchangeCompleted', {
      exchangeId,
      requestId,
      title: 'Ecotourism',
      hostMunicipalityId: demo.municipalities.ronda,
      municipalityIds: [demo.municipalities.ronda, demo.municipalities.villaDeLeyva],
      participantOfficialIds,
      topics: ['tourism'],
      associationIds: [a.fcm],
      at: completedAt.toISOString(),
    });
    await deliver(envelope('ExchangeStarted', { exchangeId, requestId, participantOfficialIds, at: '2026-11-16T08:00:00Z' }), completed);
    await replay(completed);
    expect(await kindsAbout(official(o.andreaGomez), exchangeId)).toEqual(['EVALUATION_DUE', 'EVALUATION_DUE']);
    expect(await kindsAbout(association(a.fcm), exchangeId)).toEqual(['EVALUATION_DUE']);
    const scheduled = await subgraph.database.db.select().from(tables.followUps).where(eq(tables.followUps.exchangeId, exchangeId));
    expect(scheduled.map((f) => [f.recipient, f.months, f.dueAt.toISOString()]).sort()).toEqual(
      [`ASSOCIATION:${a.fcm}`, `OFFICIAL:${o.andreaGomez}`, `OFFICIAL:${o.javierMoreno}`]
        .flatMap((r) => [3, 6, 12].map((months) => [r, months, monthsAfter(completedAt, months).toISOString()]))
        .sort(),
    );
  });

  it('delivers each follow-up once, when it comes due', async () => {
    const at = (iso: string) => vi.spyOn(clock, 'now').mockReturnValue(new Date(iso));
    at('2027-02-27T12:00:00Z');
    expect(await kindsAbout(official(o.andreaGomez), exchangeId)).toEqual(['EVALUATION_DUE', 'EVALUATION_DUE']);
    at('2027-02-28T12:00:00Z');
    expect(await kindsAbout(official(o.andreaGomez), exchangeId)).toEqual(['EVALUATION_DUE', 'EVALUATION_DUE', 'FOLLOW_UP_DUE']);
    expect(await kindsAbout(official(o.andreaGomez), exchangeId)).toEqual(['EVALUATION_DUE', 'EVALUATION_DUE', 'FOLLOW_UP_DUE']);
    at('2028-01-01T00:00:00Z');
    const kinds = await kindsAbout(official(o.andreaGomez), exchangeId);
    expect(kinds.filter((k) => k === 'FOLLOW_UP_DUE')).toHaveLength(3);
    // The other participant's follow-ups wait for them to read their own inbox.
    const javier = await subgraph.database.db.select().from(tables.notifications).where(eq(tables.notifications.recipient, `OFFICIAL:${o.javierMoreno}`));
    expect(javier.filter((n) => n.kind === 'FOLLOW_UP_DUE')).toEqual([]);
  });

  it('counts 3 months to the last day of a shorter month', () => {
    expect(monthsAfter(new Date('2026-11-30T12:00:00Z'), 3).toISOString()).toBe('2027-02-28T12:00:00.000Z');
    expect(monthsAfter(new Date('2026-01-31T00:00:00Z'), 12).toISOString()).toBe('2027-01-31T00:00:00.000Z');
  });
});

describe('reading and marking', () => {
  const viewer = official(o.anoukJansen);

  beforeAll(async () => {
    for (let day = 1; day <= 3; day++) {
      await deliver(envelope('ProposalMade', { matchId: randomUUID(), requestId: randomUUID(), officialId: o.anoukJansen, at: `2026-12-0${day}T10:00:00Z` }, 'matching'));
    }
  });

  it('pages the inbox newest first with its counts', async () => {
    const first = await inbox(viewer, { first: 2 });
    expect(first).toMatchObject({ totalCount: 3, unreadCount: 3, pageInfo: { hasNextPage: true } });
    const second = await inbox(viewer, { first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes).toHaveLength(1);
    expect(new Set([...first.nodes, ...second.nodes].map((n) => n.id)).size).toBe(3);
  });

  it('marks by id only the recipient’s own, refusing another’s as NOT_FOUND and marking nothing', async () => {
    const mine = (await inbox(viewer)).nodes;
    const [others] = (await inbox(official(o.sokhaChan))).nodes;
    const mark = `mutation($ids: [ID!], $all: Boolean, $key: String) { markNotificationsRead(ids: $ids, all: $all, idempotencyKey: $key) {
      notifications { id readAt } me { notifications { unreadCount } } userErrors { code field } } }`;
    const refused = await subgraph.execute({ query: mark, variables: { ids: [mine[0]!.id, others!.id] } }, viewer);
    expect(refused.data?.markNotificationsRead).toEqual({ notifications: [], me: { notifications: { unreadCount: 3 } }, userErrors: [{ code: 'NOT_FOUND', field: 'ids' }] });

    const marked = await subgraph.execute<{ markNotificationsRead: { notifications: { id: string; readAt: string }[] } }>(
      { query: mark, variables: { ids: [mine[0]!.id], key: 'read-1' } },
      viewer,
    );
    expect(marked.data?.markNotificationsRead).toMatchObject({ notifications: [{ id: mine[0]!.id, readAt: expect.any(String) }], me: { notifications: { unreadCount: 2 } }, userErrors: [] });
    expect((await inbox(viewer, { unread: true })).totalCount).toBe(2);
    expect((await inbox(viewer, { unread: false })).nodes.map((n) => n.id)).toEqual([mine[0]!.id]);

    await subgraph.execute({ query: mark, variables: { all: true } }, viewer);
    expect((await inbox(viewer)).unreadCount).toBe(0);
    expect((await inbox(official(o.sokhaChan))).nodes.find((n) => n.id === others!.id)?.readAt).toBeNull();

    const neither = await subgraph.execute({ query: mark, variables: {} }, viewer);
    expect(neither.data?.markNotificationsRead).toMatchObject({ userErrors: [{ code: 'INVALID_INPUT', field: 'ids' }] });
    const staff = await subgraph.execute({ query: mark, variables: { all: true } }, { role: 'STAFF' });
    expect(staff.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('personal data', () => {
  it('exports an official’s notifications, erases them with the official, and notifies an erased official of nothing', async () => {
    const viewer = official(o.sigrunArnadottir);
    await deliver(envelope('ProposalMade', { matchId: randomUUID(), requestId: randomUUID(), officialId: o.sigrunArnadottir, at: '2026-12-01T10:00:00Z' }, 'matching'));
    const exported = await subgraph.execute<{ exportMyData: { municipalities: { inbox: { notifications: { kind: string }[] } } } }>(
      { query: `{ exportMyData { municipalities } }` },
      viewer,
    );
    expect(exported.data?.exportMyData.municipalities.inbox.notifications.map((n) => n.kind)).toEqual(['PROPOSAL_RECEIVED']);

    const erased = await subgraph.execute(
      { query: `mutation($input: EraseOfficialInput!) { eraseOfficial(input: $input) { userErrors { code } } }`, variables: { input: { officialId: o.sigrunArnadottir } } },
      { role: 'STAFF' },
    );
    expect(erased.data).toEqual({ eraseOfficial: { userErrors: [] } });
    await deliver(envelope('ProposalMade', { matchId: randomUUID(), requestId: randomUUID(), officialId: o.sigrunArnadottir, at: '2026-12-02T10:00:00Z' }, 'matching'));
    const left = await subgraph.database.db.select().from(tables.notifications).where(eq(tables.notifications.recipient, `OFFICIAL:${o.sigrunArnadottir}`));
    expect(left).toEqual([]);
  });
});
