// Matching after a request ends, the secretariat's withdrawal of a match, the events
// that tell the official's inbox, the paged matches of a request and the viewer's
// pending proposals.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPayloads } from '@connect/kit';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import { matching, type Context } from '../src/server.ts';
import { envelope, matchById, matchesOf, official, picture, recordedEvents, run, staff, succeed, World, type UserErrorShape } from './support.ts';

let subgraph: TestSubgraph<Context>;
beforeAll(async () => {
  subgraph = await startTestSubgraph(matching);
});
afterAll(() => subgraph?.dispose());

const world = () => new World(subgraph);

/** A request of a world of its own with three peers: one left SUGGESTED, one PROPOSED, one ACCEPTED. */
async function requestWithMatches() {
  const w = world();
  const suggested = await w.registerPeer();
  const proposed = await w.registerPeer();
  const accepted = await w.registerPeer();
  const municipalityId = await w.registerMunicipality();
  const requestId = await w.validateRequest({ municipalityId });
  const matchOf = async (officialId: string) => (await matchesOf(subgraph, requestId)).find((m) => m.official.id === officialId)!.id;
  const ids = { suggested: await matchOf(suggested.officialId), proposed: await matchOf(proposed.officialId), accepted: await matchOf(accepted.officialId) };
  await succeed(subgraph, 'proposeMatch', { matchId: ids.proposed }, staff);
  await succeed(subgraph, 'proposeMatch', { matchId: ids.accepted }, staff);
  await succeed(subgraph, 'respondToProposal', { matchId: ids.accepted, accept: true }, official(accepted.officialId));
  const statusChange = (to: string, at = new Date().toISOString()) =>
    envelope('RequestStatusChanged', { ...w.requestProfile(requestId, municipalityId), from: 'MATCHED', to, at, submittedAt: null, validatedAt: null } satisfies EventPayloads['RequestStatusChanged'], 'requests');
  return { requestId, ids, officials: { suggested, proposed, accepted }, statusChange };
}

const withdrawnEvents = async (requestId: string) =>
  (await recordedEvents(subgraph)).filter((e) => e.type === 'MatchWithdrawn' && (e.payload as { requestId: string }).requestId === requestId);

describe('a request that has ended', () => {
  it.each([
    ['COMPLETED', 'The request was completed.'],
    ['CLOSED', 'The request was closed.'],
    ['WITHDRAWN', 'The request was withdrawn.'],
  ])('once %s, its open matches are withdrawn with the reason and announced once; answered ones stay', async (to, reason) => {
    const { requestId, ids, officials, statusChange } = await requestWithMatches();
    const at = new Date(Date.now() + 1_000).toISOString();
    const event = statusChange(to, at);
    expect(await subgraph.events.deliver(event)).toBe(true);
    expect((await matchById(subgraph, ids.suggested))?.status).toBe('WITHDRAWN');
    expect((await matchById(subgraph, ids.accepted))?.status).toBe('ACCEPTED');
    const proposed = await matchById(subgraph, ids.proposed);
    expect(proposed?.history.at(-1)).toEqual({ from: 'PROPOSED', to: 'WITHDRAWN', actor: 'SYSTEM', reason, at });
    const announced = await withdrawnEvents(requestId);
    expect(announced.map((e) => e.payload).sort((a, b) => String((a as { matchId: string }).matchId).localeCompare((b as { matchId: string }).matchId))).toEqual(
      [
        { matchId: ids.suggested, requestId, officialId: officials.suggested.officialId, reason, at },
        { matchId: ids.proposed, requestId, officialId: officials.proposed.officialId, reason, at },
      ].sort((a, b) => a.matchId.localeCompare(b.matchId)),
    );
    // The same event again, and the withdrawal's other event: nothing more is withdrawn or announced.
    const before = await picture(subgraph);
    expect(await subgraph.events.deliver(event)).toBe(false);
    await subgraph.events.deliver(envelope('RequestWithdrawn', { requestId, at }, 'requests'));
    expect((await picture(subgraph)).matches).toEqual(before.matches);
    expect(await withdrawnEvents(requestId)).toHaveLength(2);
  });

  it('refuses runMatching, proposals and answers as REQUEST_CLOSED, changing nothing', async () => {
    const { requestId, ids, officials, statusChange } = await requestWithMatches();
    // The end withdraws the open matches; what is refused below is acting on them anyway.
    await subgraph.events.deliver(statusChange('COMPLETED'));
    const before = await picture(subgraph);
    const refusal = async (name: 'runMatching' | 'proposeMatch' | 'respondToProposal', input: object, viewer = staff) => {
      const { payload, errors } = await run<{ userErrors: UserErrorShape[] }>(subgraph, name, input, viewer);
      expect(errors).toBeUndefined();
      return payload!.userErrors.map((e) => e.code);
    };
    expect(await refusal('runMatching', { requestId })).toEqual(['REQUEST_CLOSED']);
    expect(await refusal('proposeMatch', { matchId: ids.suggested })).toEqual(['REQUEST_CLOSED']);
    expect(await refusal('respondToProposal', { matchId: ids.proposed, accept: true }, official(officials.proposed.officialId))).toEqual(['REQUEST_CLOSED']);
    expect(await picture(subgraph)).toEqual(before);
  });

  it('stays ended when an older status arrives late, and an end told before the validation is kept', async () => {
    const { requestId, statusChange } = await requestWithMatches();
    await subgraph.events.deliver(statusChange('CLOSED', '2099-01-02T00:00:00.000Z'));
    await subgraph.events.deliver(statusChange('MATCHED', '2099-01-03T00:00:00.000Z'));
    const { payload } = await run<{ userErrors: UserErrorShape[] }>(subgraph, 'runMatching', { requestId }, staff);
    expect(payload?.userErrors.map((e) => e.code)).toEqual(['REQUEST_CLOSED']);

    const w = world();
    await w.registerPeer();
    const municipalityId = await w.registerMunicipality();
    const early = randomUUID();
    await subgraph.events.deliver(
      envelope('RequestStatusChanged', { ...w.requestProfile(early, municipalityId), from: 'VALIDATED', to: 'WITHDRAWN', at: new Date().toISOString(), submittedAt: null, validatedAt: null }, 'requests'),
    );
    await subgraph.events.deliver(envelope('RequestValidated', w.requestProfile(early, municipalityId), 'requests'));
    expect(await matchesOf(subgraph, early)).toEqual([]);
  });
});

describe('withdrawMatch', () => {
  it('withdraws a suggested or a proposed match with the reason in its history, and announces it', async () => {
    const { requestId, ids, officials } = await requestWithMatches();
    for (const [matchId, from, officialId] of [
      [ids.suggested, 'SUGGESTED', officials.suggested.officialId],
      [ids.proposed, 'PROPOSED', officials.proposed.officialId],
    ] as const) {
      const payload = await succeed<{ match: { status: string; history: { from: string; to: string; reason: string | null }[] }; userErrors: UserErrorShape[] }>(
        subgraph, 'withdrawMatch', { matchId, reason: '  The peer moved to another post. ', idempotencyKey: `withdraw-${matchId}` }, staff,
      );
      expect(payload.match.status).toBe('WITHDRAWN');
      expect(payload.match.history.at(-1)).toMatchObject({ from, to: 'WITHDRAWN', reason: 'The peer moved to another post.' });
      const events = await withdrawnEvents(requestId);
      expect(events.at(-1)?.payload).toMatchObject({ matchId, requestId, officialId, reason: 'The peer moved to another post.' });
    }
    // A retry with the same key answers the same, and announces nothing more.
    const again = await succeed<{ match: { status: string }; userErrors: UserErrorShape[] }>(
      subgraph, 'withdrawMatch', { matchId: ids.proposed, reason: '  The peer moved to another post. ', idempotencyKey: `withdraw-${ids.proposed}` }, staff,
    );
    expect(again.match.status).toBe('WITHDRAWN');
    expect(await withdrawnEvents(requestId)).toHaveLength(2);
  });

  it('refuses an answered match, a blank reason and anyone but staff', async () => {
    const { ids, officials } = await requestWithMatches();
    const before = await picture(subgraph);
    const answered = await run<{ userErrors: UserErrorShape[] }>(subgraph, 'withdrawMatch', { matchId: ids.accepted, reason: 'Too late.' }, staff);
    expect(answered.payload?.userErrors.map((e) => e.code)).toEqual(['TRANSITION_NOT_ALLOWED']);
    const blank = await run<{ userErrors: UserErrorShape[] }>(subgraph, 'withdrawMatch', { matchId: ids.suggested, reason: ' ' }, staff);
    expect(blank.payload?.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'reason']]);
    const byOfficial = await run(subgraph, 'withdrawMatch', { matchId: ids.suggested, reason: 'Mine.' }, official(officials.suggested.officialId));
    expect(byOfficial.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await picture(subgraph)).toEqual(before);
  });
});

describe('proposals', () => {
  it('announce ProposalMade to the official', async () => {
    const w = world();
    const { officialId } = await w.registerPeer();
    const requestId = await w.validateRequest();
    const [match] = await matchesOf(subgraph, requestId);
    await succeed(subgraph, 'proposeMatch', { matchId: match!.id }, staff);
    const made = (await recordedEvents(subgraph)).filter((e) => e.type === 'ProposalMade' && (e.payload as { matchId: string }).matchId === match!.id);
    expect(made.map((e) => e.payload)).toEqual([{ matchId: match!.id, requestId, officialId, at: (await matchById(subgraph, match!.id))!.proposedAt }]);
  });
});

const pageQuery = `query($reps: [_Any!]!, $first: Int, $after: String, $status: MatchStatus) { _entities(representations: $reps) { ... on Request {
  matchesConnection(first: $first, after: $after, status: $status) { totalCount nodes { id rank status } edges { cursor } pageInfo { hasNextPage endCursor } } } } }`;

interface Page { totalCount: number; nodes: { id: string; rank: number; status: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }

async function pagesOf(requestIds: string[], variables: Record<string, unknown> = {}): Promise<Page[]> {
  const result = await subgraph.execute<{ _entities: { matchesConnection: Page }[] }>(
    { query: pageQuery, variables: { reps: requestIds.map((id) => ({ __typename: 'Request', id })), ...variables } },
    staff,
  );
  expect(result.errors).toBeUndefined();
  return result.data!._entities.map((e) => e.matchesConnection);
}

describe('Request.matchesConnection', () => {
  it('pages the matches by rank with a total, filtered by status, for many requests at the cost of one', async () => {
    const { requestId } = await requestWithMatches();
    const all = (await matchesOf(subgraph, requestId)).map((m) => m.id);
    const [first] = await pagesOf([requestId], { first: 2 });
    expect(first!.totalCount).toBe(3);
    expect(first!.nodes.map((n) => n.id)).toEqual(all.slice(0, 2));
    expect(first!.pageInfo.hasNextPage).toBe(true);
    const [second] = await pagesOf([requestId], { first: 2, after: first!.pageInfo.endCursor });
    expect(second!.nodes.map((n) => n.id)).toEqual(all.slice(2));
    expect(second!.pageInfo.hasNextPage).toBe(false);
    const [accepted] = await pagesOf([requestId], { status: 'ACCEPTED' });
    expect(accepted!.nodes.map((n) => n.status)).toEqual(['ACCEPTED']);
    expect(accepted!.totalCount).toBe(1);

    const others = [(await requestWithMatches()).requestId, (await requestWithMatches()).requestId];
    const cost = async (ids: string[]) => {
      subgraph.database.statements.reset();
      const pages = await pagesOf(ids, { first: 2 });
      expect(pages.every((p) => p.totalCount === 3 && p.nodes.length === 2)).toBe(true);
      return subgraph.database.statements.count;
    };
    expect(await cost([requestId, ...others])).toBe(await cost([requestId]));
  });
});

const meQuery = `query($reps: [_Any!]!, $first: Int, $after: String) { _entities(representations: $reps) { ... on Me {
  id pendingProposals(first: $first, after: $after) { totalCount nodes { id status official { id } } pageInfo { hasNextPage endCursor } } } } }`;

describe('Me.pendingProposals', () => {
  it("resolves only the viewer's own Me, with the proposals awaiting their answer", async () => {
    const { ids, officials } = await requestWithMatches();
    const peer = officials.proposed.officialId;
    const own = official(peer);
    const read = (viewer: typeof own, id: string, variables: Record<string, unknown> = {}) =>
      subgraph.execute<{ _entities: ({ id: string; pendingProposals: Page & { nodes: { id: string; official: { id: string } }[] } } | null)[] }>(
        { query: meQuery, variables: { reps: [{ __typename: 'Me', id }], ...variables } },
        viewer,
      );
    const mine = await read(own, `OFFICIAL:${peer}`);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!._entities[0]!.pendingProposals).toMatchObject({ totalCount: 1, nodes: [{ id: ids.proposed, status: 'PROPOSED' }] });
    // Someone else's Me is nothing to this viewer.
    const theirs = await read(own, `OFFICIAL:${officials.suggested.officialId}`);
    expect(theirs.data!._entities).toEqual([null]);
    // Staff see every unanswered proposal, a page at a time; others none.
    const desk = await read(staff, 'STAFF', { first: 1 });
    const deskPage = desk.data!._entities[0]!.pendingProposals;
    expect(deskPage.totalCount).toBeGreaterThanOrEqual(1);
    expect(deskPage.nodes).toHaveLength(1);
    const donor = await read({ role: 'DONOR' }, 'DONOR');
    expect(donor.data!._entities[0]!.pendingProposals).toMatchObject({ totalCount: 0, nodes: [] });
    // Answered, it is pending no more.
    await succeed(subgraph, 'respondToProposal', { matchId: ids.proposed, accept: false }, own);
    expect((await read(own, `OFFICIAL:${peer}`)).data!._entities[0]!.pendingProposals.totalCount).toBe(0);
  });
});
