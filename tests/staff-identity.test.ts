// A member of staff signs in as an account of the identity provider, often an e-mail
// address. The secretariat sees it in every history; nobody else does: they see the
// role and a pseudonym, the same one in each service's history for the same person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import { productionMode, startTestPlatform, type TestPlatform } from './support/platform.ts';

let platform: TestPlatform;

const alice: Viewer = { role: 'STAFF', subject: 'alice@secretariat.example' };
const bob: Viewer = { role: 'STAFF', subject: 'bob@secretariat.example' };
// FEMP: Vitoria-Gasteiz took part in the Agona West exchange, which NALAG has already documented.
const femp: Viewer = { role: 'ASSOCIATION', associationId: demo.associations.femp };
const readers: [string, Viewer | undefined][] = [
  ['an anonymous caller', undefined],
  ['an official', { role: 'OFFICIAL', officialId: demo.officials.andreaGomez }],
  ['a donor', { role: 'DONOR' }],
];

type Payload = { userErrors: { code: string }[] };
async function act(viewer: Viewer, mutation: string, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  const name = /\{\s*(\w+)\(/.exec(mutation)![1]!;
  const result = await platform.query<Record<string, Payload & Record<string, unknown>>>(mutation, { input }, viewer);
  expect(result.errors).toBeUndefined();
  expect(result.data![name]!.userErrors).toEqual([]);
  return result.data![name]!;
}

const historiesQuery = `query($request: ID!, $exchange: ID!) {
  request(id: $request) { history { actor } matches { id history { actor } } }
  exchange(id: $exchange) { history { actor } }
}`;

/** Every actor the histories of the Villa de Leyva request, its matches and its exchange show this reader. */
async function actorsShownTo(viewer: Viewer | undefined): Promise<string[]> {
  const result = await platform.query<{
    request: { history: { actor: string }[]; matches: { history: { actor: string }[] }[] };
    exchange: { history: { actor: string }[] };
  }>(historiesQuery, { request: demo.requests.villaDeLeyvaEcotourism, exchange: demo.exchanges.villaDeLeyvaEcotourism }, viewer);
  expect(result.errors).toBeUndefined();
  const { request, exchange } = result.data!;
  return [...request.history, ...request.matches.flatMap((m) => m.history), ...exchange.history].map((h) => h.actor);
}

let practiceId: string;

beforeAll(async () => {
  // Production mode: what a real deployment answers, masking and all.
  platform = await startTestPlatform(productionMode());
  await platform.settle();
  // Alice proposes the Villa de Leyva match still suggested and cancels its running exchange.
  const matches = await platform.query<{ request: { matches: { id: string; status: string }[] } }>(
    `{ request(id: "${demo.requests.villaDeLeyvaEcotourism}") { matches { id status } } }`,
    {},
    alice,
  );
  const suggested = matches.data!.request.matches.find((m) => m.status === 'SUGGESTED')!;
  await act(alice, `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { userErrors { code } } }`, { matchId: suggested.id });
  await act(alice, `mutation($input: CancelExchangeInput!) { cancelExchange(input: $input) { userErrors { code } } }`, {
    exchangeId: demo.exchanges.villaDeLeyvaEcotourism,
    reason: 'Funding moved to next year',
  });
  await platform.settle();

  // FEMP documents the Agona West lesson too; Bob sends it back with a reason.
  const documented = await act(
    femp,
    `mutation($input: DocumentBestPracticeInput!) { documentBestPractice(input: $input) { bestPractice { id } userErrors { code } } }`,
    { exchangeId: demo.exchanges.agonaWestSanitation, title: 'Desludging on a schedule', summary: 'A weekly round.', body: 'How the round works.', language: 'en' },
  );
  practiceId = (documented.bestPractice as { id: string }).id;
  await act(femp, `mutation($input: SubmitBestPracticeForReviewInput!) { submitBestPracticeForReview(input: $input) { userErrors { code } } }`, {
    bestPracticeId: practiceId,
  });
  await act(bob, `mutation($input: ReturnBestPracticeToDraftInput!) { returnBestPracticeToDraft(input: $input) { userErrors { code } } }`, {
    bestPracticeId: practiceId,
    reason: 'Say what it costs',
  });
});
afterAll(() => platform?.dispose());

describe('histories', () => {
  it('name the member of staff to the secretariat', async () => {
    const actors = await actorsShownTo({ role: 'STAFF' });
    expect(actors.filter((a) => a === 'STAFF:alice@secretariat.example')).toHaveLength(2);
  });

  it.each(readers)('show %s the role and a pseudonym, never the subject', async (_, viewer) => {
    const actors = await actorsShownTo(viewer);
    expect(JSON.stringify(actors)).not.toContain('alice');
    const pseudonyms = actors.filter((a) => a.startsWith('STAFF·'));
    // Alice proposed the match and cancelled the exchange (match and exchange histories): one pseudonym for her.
    expect(pseudonyms).toHaveLength(2);
    expect(new Set(pseudonyms).size).toBe(1);
    expect(pseudonyms[0]).toMatch(/^STAFF·[0-9a-f]{8}$/);
  });

  it('give each member of staff a pseudonym of their own, the same for every reader but staff', async () => {
    const history = async (viewer: Viewer) =>
      (await platform.query<{ bestPractice: { history: { actor: string }[] } }>(`{ bestPractice(id: "${practiceId}") { history { actor } } }`, {}, viewer)).data!
        .bestPractice.history.map((h) => h.actor);
    expect((await history({ role: 'STAFF' })).at(-1)).toBe('STAFF:bob@secretariat.example');
    const shownToAssociation = await history(femp);
    const bobsPseudonym = shownToAssociation.at(-1)!;
    expect(bobsPseudonym).toMatch(/^STAFF·[0-9a-f]{8}$/);
    expect(shownToAssociation[0]).toBe(`ASSOCIATION:${demo.associations.femp}`);
    const alicesPseudonym = (await actorsShownTo(undefined)).find((a) => a.startsWith('STAFF·'));
    expect(bobsPseudonym).not.toBe(alicesPseudonym);
  });
});

describe("The directory's history, read through the gateway,", () => {
  it('shows a member of staff by name to staff and by the same pseudonym as the other histories to the municipality', async () => {
    const villaDeLeyva = demo.municipalities.villaDeLeyva;
    const andrea: Viewer = { role: 'OFFICIAL', officialId: demo.officials.andreaGomez };
    const update = await platform.query<{ updateMunicipality: Payload }>(
      `mutation($id: ID!, $input: UpdateMunicipalityInput!) { updateMunicipality(id: $id, input: $input) { userErrors { code } } }`,
      { id: villaDeLeyva, input: { population: 19_000 } },
      alice,
    );
    expect(update.data?.updateMunicipality.userErrors).toEqual([]);
    const history = async (viewer: Viewer | undefined) =>
      (
        await platform.query<{ municipality: { history: { nodes: { actor: string; fields: string[] }[] } | null } }>(
          `{ municipality(id: "${villaDeLeyva}") { history(first: 1) { nodes { actor fields } } } }`,
          {},
          viewer,
        )
      ).data!.municipality.history;
    expect(await history({ role: 'STAFF' })).toEqual({ nodes: [{ actor: 'STAFF:alice@secretariat.example', fields: ['population'] }] });
    const alicesPseudonym = (await actorsShownTo(andrea)).find((a) => a.startsWith('STAFF·'));
    expect(await history(andrea)).toEqual({ nodes: [{ actor: alicesPseudonym, fields: ['population'] }] });
    expect(await history(undefined)).toBeNull();
  });
});
