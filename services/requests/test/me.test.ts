// `Me`, as this service extends it: the viewer's requests and how many stand in each
// status. Only the viewer's own Me resolves; a representation of anyone else is null.
import { describe, expect, it } from 'vitest';
import { demo, meId, type Viewer } from '@connect/kit';
import { envelope } from './fixtures/directory.ts';
import { association, donor, official, requestsSuite, staff } from './fixtures/requests.ts';

const client = requestsSuite();

interface MeView {
  requests: { nodes: { reference: string; status: string; requestingMunicipality: { id: string } }[]; totalCount: number };
  requestCounts: { status: string; count: number }[];
}

async function me(viewer: Viewer, id: string | null = meId(viewer), status?: string) {
  const result = await client.subgraph.execute<{ _entities: (MeView | null)[] }>(
    {
      query: `query($r: [_Any!]!, $status: RequestStatus) { _entities(representations: $r) { ... on Me {
        requests(status: $status, first: 100) { nodes { reference status requestingMunicipality { id } } totalCount }
        requestCounts { status count } } } }`,
      variables: { r: [{ __typename: 'Me', id }], status },
    },
    viewer,
  );
  expect(result.errors).toBeUndefined();
  return result.data!._entities[0] ?? null;
}

/** Every request the secretariat sees, with its municipality. */
async function all() {
  return (await me(staff))!.requests.nodes;
}

function countsOf(nodes: { status: string }[]) {
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.status, (counts.get(n.status) ?? 0) + 1);
  return counts;
}

describe('Me in the requests service', () => {
  it("gives an official their municipality's requests, drafts included, and counts them by status", async () => {
    const george = official('georgeFreeman');
    await client.draft(george);
    const view = (await me(george))!;
    const expected = (await all()).filter((r) => r.requestingMunicipality.id === demo.municipalities.agonaWest);
    expect(view.requests.nodes.map((n) => n.reference)).toEqual(expected.map((r) => r.reference));
    expect(view.requests.nodes.some((n) => n.status === 'DRAFT')).toBe(true);
    expect(view.requests.totalCount).toBe(expected.length);
    expect(new Map(view.requestCounts.map((c) => [c.status, c.count]))).toEqual(countsOf(expected));
    const drafts = (await me(george, meId(george), 'DRAFT'))!.requests;
    expect(drafts.nodes.every((n) => n.status === 'DRAFT')).toBe(true);
    expect(drafts.totalCount).toBe(countsOf(expected).get('DRAFT'));
  });

  it("gives an association its members' requests (no drafts) and those it endorsed", async () => {
    const nalag = association('nalag');
    const george = official('georgeFreeman');
    const draft = await client.draft(george);
    await client.succeed('submitRequest', { requestId: draft.id }, george);
    await client.succeed('endorseRequest', { requestId: draft.id }, nalag);
    const view = (await me(nalag))!;
    const expected = (await all()).filter((r) => r.requestingMunicipality.id === demo.municipalities.agonaWest && r.status !== 'DRAFT');
    expect(view.requests.nodes.map((n) => n.reference)).toEqual(expected.map((r) => r.reference));
    expect(view.requests.nodes.map((n) => n.reference)).toContain(draft.reference);
    expect(view.requestCounts.reduce((sum, c) => sum + c.count, 0)).toBe(expected.length);
    // In lifecycle order.
    const order = ['DRAFT', 'SUBMITTED', 'VALIDATED', 'REJECTED', 'MATCHED', 'IN_EXCHANGE', 'COMPLETED', 'CLOSED', 'WITHDRAWN'];
    const positions = view.requestCounts.map((c) => order.indexOf(c.status));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));

    // Once Agona West has left NALAG, only the request NALAG endorsed stays its work.
    await client.subgraph.events.deliver(
      envelope('MunicipalityLeftAssociation', { municipalityId: demo.municipalities.agonaWest, associationId: demo.associations.nalag, at: new Date().toISOString() }),
    );
    const after = (await me(nalag))!;
    expect(after.requests.nodes.map((n) => n.reference)).toEqual([draft.reference]);
    expect(after.requestCounts).toEqual([{ status: 'SUBMITTED', count: 1 }]);
  });

  it("resolves only the viewer's own Me: another id, another role or an anonymous caller get null", async () => {
    const george = official('georgeFreeman');
    expect(await me(george, meId(official('pieterVanDijk')))).toBeNull();
    expect(await me(george, `ASSOCIATION:${demo.associations.nalag}`)).toBeNull();
    expect(await me({ role: 'ANONYMOUS' }, 'ANONYMOUS')).toBeNull();
    // A donor has a Me but no requests of their own.
    expect(await me(donor)).toEqual({ requests: { nodes: [], totalCount: 0 }, requestCounts: [] });
  });
});
