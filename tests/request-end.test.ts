// A request that ends ends its matching, across services: the requester withdraws it
// (requests), matching learns it by event, withdraws the matches still open with the
// reason and refuses to rank, propose or take answers for it any more. Through the
// gateway; on PostgreSQL with NATS when DATABASE_URL and NATS_URL are set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import { clientFor, ok, type Ask } from './support/client.ts';
import { startTestPlatform, type TestPlatform } from './support/platform.ts';

const george: Viewer = { role: 'OFFICIAL', officialId: demo.officials.georgeFreeman };
const pieter: Viewer = { role: 'OFFICIAL', officialId: demo.officials.pieterVanDijk };
const staff: Viewer = { role: 'STAFF' };

let platform: TestPlatform;
let as: (viewer?: Viewer) => Ask;
beforeAll(async () => {
  platform = await startTestPlatform();
  as = clientFor(platform, 'in-process');
  await platform.settle();
}, 600_000);
afterAll(() => platform?.dispose());

type Payload = { userErrors: { code: string; message: string }[] };
const codes = (payload: Payload) => payload.userErrors.map((e) => e.code);

interface MatchView { id: string; status: string; official: { id: string }; history: { to: string; actor: string; reason: string | null }[] }

describe('a withdrawn request, through the gateway', () => {
  it('closes its open matches with the reason and refuses further matching, proposals and answers', async () => {
    ok(await as(pieter)(
      `mutation($input: DeclareExpertiseInput!) { declareExpertise(input: $input) { userErrors { code } } }`,
      { input: {
        topics: [{ topic: 'sanitation', level: 'EXPERT', yearsOfExperience: 18 }],
        summary: 'Sanitation planning: faecal sludge, sewerage and public toilets.',
        languages: ['en'], availability: [{ from: '2028-01-01', to: '2028-12-31' }], formatsAccepted: ['EXPERT_ASSIGNMENT'], maxConcurrentEngagements: 3,
      } },
    ));
    const drafted = ok(await as(george)<{ draftRequest: Payload & { request: { id: string } } }>(
      `mutation($input: DraftRequestInput!) { draftRequest(input: $input) { request { id } userErrors { code message } } }`,
      { input: {
        title: 'Emptying the market toilets on time',
        challenge: 'The market toilets overflow because the septic tanks are emptied irregularly.',
        expectedOutcome: 'An emptying schedule the Assembly can adopt.',
        topics: ['sanitation'], preferredFormats: ['EXPERT_ASSIGNMENT'], languages: ['en'],
        earliestStart: '2028-02-01', latestEnd: '2028-11-30', idempotencyKey: 'request-end',
      } },
    )).draftRequest;
    expect(codes(drafted)).toEqual([]);
    const requestId = drafted.request.id;
    expect(codes(ok(await as(george)<{ submitRequest: Payload }>(`mutation($id: ID!) { submitRequest(input: { requestId: $id }) { userErrors { code message } } }`, { id: requestId })).submitRequest)).toEqual([]);
    expect(codes(ok(await as(staff)<{ validateRequest: Payload }>(
      `mutation($id: ID!) { validateRequest(input: { requestId: $id, criteriaChecked: [DEMAND_DRIVEN, PEER_TO_PEER, PUBLIC_BENEFIT], note: "Clear." }) { userErrors { code message } } }`,
      { id: requestId },
    )).validateRequest)).toEqual([]);
    await platform.settle();

    const matchesQuery = `query($id: ID!) { request(id: $id) { status matches { id status official { id } history { to actor reason } } } }`;
    const read = async () => ok(await as(staff)<{ request: { status: string; matches: MatchView[] } }>(matchesQuery, { id: requestId })).request;
    const before = await read();
    const pieterMatch = before.matches.find((m) => m.official.id === demo.officials.pieterVanDijk)!;
    expect(pieterMatch.status).toBe('SUGGESTED');
    const propose = `mutation($id: ID!) { proposeMatch(input: { matchId: $id }) { userErrors { code message } } }`;
    expect(codes(ok(await as(staff)<{ proposeMatch: Payload }>(propose, { id: pieterMatch.id })).proposeMatch)).toEqual([]);

    expect(codes(ok(await as(george)<{ withdrawRequest: Payload }>(
      `mutation($id: ID!) { withdrawRequest(input: { requestId: $id, reason: "Solved locally." }) { userErrors { code message } } }`,
      { id: requestId },
    )).withdrawRequest)).toEqual([]);
    await platform.settle();

    const after = await read();
    expect(after.status).toBe('WITHDRAWN');
    expect(after.matches.length).toBe(before.matches.length);
    for (const match of after.matches) {
      expect(match.status).toBe('WITHDRAWN');
      expect(match.history.at(-1)).toEqual({ to: 'WITHDRAWN', actor: 'SYSTEM', reason: 'The request was withdrawn.' });
    }

    const runMatching = ok(await as(staff)<{ runMatching: Payload }>(`mutation($id: ID!) { runMatching(input: { requestId: $id }) { userErrors { code message } } }`, { id: requestId })).runMatching;
    expect(codes(runMatching)).toEqual(['REQUEST_CLOSED']);
    const answer = ok(await as(pieter)<{ respondToProposal: Payload }>(
      `mutation($id: ID!) { respondToProposal(input: { matchId: $id, accept: true }) { userErrors { code message } } }`,
      { id: pieterMatch.id },
    )).respondToProposal;
    expect(codes(answer)).toEqual(['REQUEST_CLOSED']);
    expect((await read()).matches.find((m) => m.id === pieterMatch.id)?.status).toBe('WITHDRAWN');
  }, 600_000);
});
