// `me` and the inbox through the gateway: what the services already tell each other
// reaches the people concerned, once, and each reads and marks only their own. Runs on
// PGlite with in-process events, and on PostgreSQL with JetStream when DATABASE_URL and
// NATS_URL are set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.ts';

const george: Viewer = { role: 'OFFICIAL', officialId: demo.officials.georgeFreeman };
const pieter: Viewer = { role: 'OFFICIAL', officialId: demo.officials.pieterVanDijk };
const nalag: Viewer = { role: 'ASSOCIATION', associationId: demo.associations.nalag };
const staff: Viewer = { role: 'STAFF' };

interface Notification {
  id: string;
  kind: string;
  requestId: string | null;
  exchangeId: string | null;
  readAt: string | null;
}

const inboxQuery = `query($unread: Boolean) { me { id role official { fullName } municipality { name }
  notifications(first: 100, unread: $unread) { totalCount unreadCount nodes { id kind requestId exchangeId readAt } } } }`;

describe('me and the inbox, through the gateway', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform();
    await platform.settle();
  }, 600_000);
  afterAll(() => platform?.dispose());

  async function inboxOf(viewer: Viewer, unread?: boolean) {
    const result = await platform.query<{ me: { id: string; role: string; notifications: { totalCount: number; unreadCount: number; nodes: Notification[] } } }>(
      inboxQuery,
      { unread },
      viewer,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.me;
  }

  it('answers who the viewer is, and nothing for anonymous callers', async () => {
    const me = await inboxOf(george);
    expect(me).toMatchObject({ id: `OFFICIAL:${demo.officials.georgeFreeman}`, role: 'OFFICIAL', official: { fullName: 'George Freeman' }, municipality: { name: 'Agona West' } });
    expect((await platform.query(`{ me { id } }`)).data).toEqual({ me: null });
  });

  it('tells the participants of the demo exchanges that evaluations are due, from the exchanges seed', async () => {
    const evaluationsDue = (await inboxOf(pieter)).notifications.nodes.filter((n) => n.kind === 'EVALUATION_DUE');
    expect(evaluationsDue.map((n) => n.exchangeId)).toContain(demo.exchanges.agonaWestSanitation);
  });

  it('tells the contact official their request was validated, once, and lets them mark it read', async () => {
    const drafted = await platform.query<{ draftRequest: { request: { id: string } } }>(
      `mutation($input: DraftRequestInput!) { draftRequest(input: $input) { request { id } userErrors { code message } } }`,
      {
        input: {
          title: 'Desludging schedules for the market toilets',
          challenge: 'The market toilets overflow on market days because desludging runs on a fixed weekly round.',
          expectedOutcome: 'A desludging schedule that follows market days.',
          topics: ['sanitation'],
          preferredFormats: ['EXPERT_ASSIGNMENT'],
          languages: ['en'],
          earliestStart: '2027-02-01',
          latestEnd: '2027-11-30',
        },
      },
      george,
    );
    const requestId = drafted.data!.draftRequest.request.id;
    await platform.query(`mutation($id: ID!) { submitRequest(input: { requestId: $id }) { userErrors { code } } }`, { id: requestId }, george);
    await platform.query(`mutation($id: ID!) { endorseRequest(input: { requestId: $id, note: "NALAG supports it." }) { userErrors { code } } }`, { id: requestId }, nalag);
    const validated = await platform.query<{ validateRequest: { userErrors: unknown[] } }>(
      `mutation($id: ID!) { validateRequest(input: { requestId: $id, criteriaChecked: [DEMAND_DRIVEN, PEER_TO_PEER, PUBLIC_BENEFIT], note: "Clear." }) { userErrors { code message } } }`,
      { id: requestId },
      staff,
    );
    expect(validated.data?.validateRequest.userErrors).toEqual([]);
    await platform.settle();

    const before = await inboxOf(george);
    const about = before.notifications.nodes.filter((n) => n.requestId === requestId);
    expect(about.map((n) => n.kind)).toEqual(['REQUEST_VALIDATED']);
    expect((await inboxOf(pieter)).notifications.nodes.some((n) => n.requestId === requestId)).toBe(false);

    const mark = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { notifications { id readAt } me { notifications { unreadCount } } userErrors { code } } }`;
    const refused = await platform.query<{ markNotificationsRead: { userErrors: { code: string }[] } }>(mark, { ids: [about[0]!.id] }, pieter);
    expect(refused.data?.markNotificationsRead.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const marked = await platform.query<{ markNotificationsRead: { me: { notifications: { unreadCount: number } } } }>(mark, { ids: [about[0]!.id] }, george);
    expect(marked.data?.markNotificationsRead.me.notifications.unreadCount).toBe(before.notifications.unreadCount - 1);
    const unread = await inboxOf(george, true);
    expect(unread.notifications.nodes.some((n) => n.id === about[0]!.id)).toBe(false);
  });
});
