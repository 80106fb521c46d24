// A draft is its municipality's work in progress: only the officials of that
// municipality and the secretariat see it, on every path a request is read by. Every
// other request is readable by anyone.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import { anonymous, association, donor, official, requestsSuite, staff } from './fixtures/requests.ts';

const client = requestsSuite();

// Battambang's heritage request (REQ-2026-0005) is the demo story's draft.
const draft = demo.requests.battambangHeritage;
const battambang = demo.municipalities.battambang;

/** Every path to a request, read at once; each names whether it found the draft. */
async function whatSees(viewer: Viewer) {
  const result = await client.subgraph.execute<{
    byId: { id: string } | null;
    byReference: { id: string } | null;
    list: { nodes: { id: string }[] };
    drafts: { nodes: { id: string }[] };
    _entities: ({ id?: string; requests?: { nodes: { id: string }[] } } | null)[];
  }>(
    {
      query: `query($id: ID!, $reps: [_Any!]!, $m: ID) {
        byId: request(id: $id) { id }
        byReference: requestByReference(reference: "REQ-2026-0005") { id }
        list: requests(first: 100) { nodes { id } }
        drafts: requests(filter: { status: DRAFT, municipalityId: $m }) { nodes { id } }
        _entities(representations: $reps) { ... on Request { id } ... on Municipality { requests(first: 100) { nodes { id } } } } }`,
      variables: { id: draft, m: battambang, reps: [{ __typename: 'Request', id: draft }, { __typename: 'Municipality', id: battambang }] },
    },
    viewer,
  );
  expect(result.errors).toBeUndefined();
  const data = result.data!;
  return {
    byId: data.byId !== null,
    byReference: data.byReference !== null,
    inList: data.list.nodes.some((n) => n.id === draft),
    inFilteredList: data.drafts.nodes.some((n) => n.id === draft),
    asEntity: data._entities[0] !== null,
    inMunicipalityRequests: data._entities[1]!.requests!.nodes.some((n) => n.id === draft),
    others: data.list.nodes.length - (data.list.nodes.some((n) => n.id === draft) ? 1 : 0),
    battambangOthers: data._entities[1]!.requests!.nodes.filter((n) => n.id !== draft).length,
  };
}

const seesDraft = { byId: true, byReference: true, inList: true, inFilteredList: true, asEntity: true, inMunicipalityRequests: true };
const missesDraft = { byId: false, byReference: false, inList: false, inFilteredList: false, asEntity: false, inMunicipalityRequests: false };

describe('who sees a draft', () => {
  it.each([
    ['an official of its municipality', official('sokhaChan'), seesDraft],
    ['the secretariat', staff, seesDraft],
    ['an official of another municipality', official('georgeFreeman'), missesDraft],
    ['an official the directory never announced', { role: 'OFFICIAL', officialId: randomUUID() } as Viewer, missesDraft],
    ['an official token with a malformed id', { role: 'OFFICIAL', officialId: 'sokha' } as Viewer, missesDraft],
    ["the municipality's own association", association('nlcs'), missesDraft],
    ['a donor', donor, missesDraft],
    ['an anonymous reader', anonymous, missesDraft],
  ])('%s', async (_, viewer, expected) => {
    // Everyone sees the 8 requests that are not drafts, Battambang's matched request among them.
    expect(await whatSees(viewer)).toEqual({ ...expected, others: 8, battambangOthers: 1 });
  });

  it("shows an official's new draft to colleagues of the municipality only", async () => {
    const drafted = await client.subgraph.execute<{ draftRequest: { request: { id: string } } }>(
      {
        query: `mutation { draftRequest(input: { title: "Night markets", challenge: "Stalls block the river promenade at night.",
          expectedOutcome: "Rules for night markets.", topics: ["public-space"], preferredFormats: [ROUNDTABLE], languages: ["km", "en"] }) { request { id } } }`,
      },
      official('sokhaChan'),
    );
    const id = drafted.data!.draftRequest.request.id;
    const read = (viewer: Viewer) =>
      client.subgraph.execute<{ request: { id: string } | null }>({ query: `query($id: ID!) { request(id: $id) { id } }`, variables: { id } }, viewer);
    expect((await read(official('sokhaChan'))).data?.request?.id).toBe(id);
    expect((await read(staff)).data?.request?.id).toBe(id);
    expect((await read(official('anoukJansen'))).data?.request).toBeNull();
    expect((await read(anonymous)).data?.request).toBeNull();
  });

  it('costs an official no extra statement: their municipality is looked up in the same query', async () => {
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Request { reference history { to } } ... on Municipality { requests { nodes { reference } } } } }`;
    const statementsFor = async (viewer: Viewer, requestIds: string[], municipalityIds: string[]) => {
      const reps = [
        ...requestIds.map((id) => ({ __typename: 'Request', id })),
        ...municipalityIds.map((id) => ({ __typename: 'Municipality', id })),
      ];
      client.subgraph.database.statements.reset();
      const result = await client.subgraph.execute({ query, variables: { reps } }, viewer);
      expect(result.errors).toBeUndefined();
      return client.subgraph.database.statements.count;
    };
    const anonymousCost = await statementsFor(anonymous, [demo.requests.jinjaWaste], [demo.municipalities.hoorn]);
    const officialFew = await statementsFor(official('sokhaChan'), [demo.requests.jinjaWaste], [demo.municipalities.hoorn]);
    const officialMany = await statementsFor(official('sokhaChan'), Object.values(demo.requests), Object.values(demo.municipalities));
    expect(officialFew).toBe(anonymousCost);
    expect(officialMany).toBe(officialFew);
  });
});
