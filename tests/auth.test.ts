// Identity at the edge: the gateway verifies tokens and vouches for the viewer; the
// subgraphs answer only calls that carry the gateway's signed viewer assertion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '@connect/gateway';
import { demo, DEVELOPMENT_JWT_SECRET, VIEWER_ASSERTION_HEADER, type Viewer } from '@connect/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.ts';

let platform: TestPlatform;
let gatewayUrl: string;

beforeAll(async () => {
  platform = await startTestPlatform({ transport: 'http' });
  gatewayUrl = platform.url!;
});
afterAll(() => platform?.dispose());

const contactQuery = `query($id: ID!) { official(id: $id) { fullName email } }`;

async function ask(authorization: string | undefined, query = contactQuery, variables: Record<string, unknown> = { id: demo.officials.georgeFreeman }) {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: { official: { email: string | null } }; errors?: { extensions: { code: string } }[] } };
}

const bearer = async (viewer: Viewer, secret = DEVELOPMENT_JWT_SECRET, ttl: string | number = '1h') => `Bearer ${await signToken(viewer, secret, ttl)}`;

describe('tokens at the gateway', () => {
  it('treats a call without a token as anonymous: no contact details', async () => {
    const { status, body } = await ask(undefined);
    expect(status).toBe(200);
    expect(body.data?.official.email).toBeNull();
  });

  it('forwards the viewer of a valid token to the subgraphs', async () => {
    const staff = await ask(await bearer({ role: 'STAFF' }));
    expect(staff.body.data?.official.email).toBe('george.freeman@agonawest.example');
    const himself = await ask(await bearer({ role: 'OFFICIAL', officialId: demo.officials.georgeFreeman }));
    expect(himself.body.data?.official.email).toBe('george.freeman@agonawest.example');
    // Sokha Chan shares no exchange with George Freeman (Pieter van Dijk does, and may see it).
    const someoneElse = await ask(await bearer({ role: 'OFFICIAL', officialId: demo.officials.sokhaChan }));
    expect(someoneElse.body.data?.official.email).toBeNull();
    expect(someoneElse.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it.each([
    ['an expired token', async () => bearer({ role: 'STAFF' }, DEVELOPMENT_JWT_SECRET, Math.floor(Date.now() / 1000) - 60)],
    ['a token signed with another secret', async () => bearer({ role: 'STAFF' }, 'x'.repeat(48))],
    ['a header that is not a bearer token', async () => 'Basic c3RhZmY6c3RhZmY='],
    ['a token that is not a JWT', async () => 'Bearer not.a.token'],
    ['an OFFICIAL token that names no official', async () => bearer({ role: 'OFFICIAL' })],
  ])('refuses %s with 401 UNAUTHENTICATED', async (_case, authorization) => {
    const { status, body } = await ask(await authorization());
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });
});

describe('subgraphs behind the gateway', () => {
  const directCalls: [string, string][] = [
    ['a query', JSON.stringify({ query: '{ municipalities { nodes { name } } }' })],
    ['_service', JSON.stringify({ query: '{ _service { sdl } }' })],
    ['_entities', JSON.stringify({ query: '{ _entities(representations: [{ __typename: "Official", id: "x" }]) { __typename } }' })],
    ['a body that is not even JSON', '{"query": '],
  ];

  it.each(directCalls)('refuse %s that does not carry the gateway\'s assertion, before reading it', async (_case, body) => {
    for (const listener of platform.listeners.slice(0, 5)) {
      for (const assertion of [undefined, 'not-an-assertion']) {
        const response = await fetch(listener.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(assertion ? { [VIEWER_ASSERTION_HEADER]: assertion } : {}) },
          body,
        });
        expect(response.status).toBe(401);
        expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      }
    }
  });
});

describe('staff and donors who sign in by name', () => {
  const runMatching = `mutation($input: RunMatchingInput!) { runMatching(input: $input) {
    request { matches { id status } } userErrors { code } } }`;
  const proposeMatch = `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) {
    match { status history { to actor } } userErrors { code } } }`;
  type Answer = { data: Record<string, { request?: { matches: { id: string; status: string }[] }; match?: { history: { to: string; actor: string }[] }; userErrors: { code: string }[] }> };
  const post = async (authorization: string, query: string, input: object): Promise<Answer> => (await ask(authorization, query, { input })).body as unknown as Answer;

  it('are named in histories, and keep idempotency keys of their own', async () => {
    const alice = await bearer({ role: 'STAFF', subject: 'alice@secretariat.example' });
    const bob = await bearer({ role: 'STAFF', subject: 'bob' });
    const input = { requestId: demo.requests.jinjaWaste, idempotencyKey: 'morning-run' };
    expect((await post(alice, runMatching, { ...input, limit: 2 })).data.runMatching!.userErrors).toEqual([]);
    // The same key with other input is another person's key, not a reuse of Alice's.
    const bobs = (await post(bob, runMatching, { ...input, limit: 3 })).data.runMatching!;
    expect(bobs.userErrors).toEqual([]);
    // Alice again with other input: that is her own key reused.
    expect((await post(alice, runMatching, { ...input, limit: 4 })).data.runMatching!.userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);

    const suggested = bobs.request!.matches.find((m) => m.status === 'SUGGESTED')!;
    const proposed = (await post(alice, proposeMatch, { matchId: suggested.id })).data.proposeMatch!;
    expect(proposed.userErrors).toEqual([]);
    expect(proposed.match!.history.at(-1)).toEqual({ to: 'PROPOSED', actor: 'STAFF:alice@secretariat.example' });
  });

  it('refuses a token whose subject has a form the platform does not accept', async () => {
    // signToken writes what it is given; the gateway is the one that checks.
    const token = await signToken({ role: 'STAFF', subject: 'alice; drop table' }, DEVELOPMENT_JWT_SECRET, '1h');
    const { status, body } = await ask(`Bearer ${token}`);
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });
});
