import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '@connect/kit';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import { nextStatus, requests, type Context, type RequestStatus } from '../src/server.ts';

let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(requests, { seedDemo: true });
});
afterAll(() => subgraph?.dispose());

const unknownId = '00000000-0000-4000-8000-000000000000';
/** The secretariat sees every request, drafts included (visibility has its own suite). */
const staff = { role: 'STAFF' } as const;

interface Page {
  nodes: { reference: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const references = (page: Page | undefined) => page?.nodes.map((n) => n.reference);

async function listRequests(args: string, variables: Record<string, unknown> = {}) {
  const vars = Object.keys(variables).map((name) => `$${name}: ${name === 'after' ? 'String' : 'ID'}`);
  const result = await subgraph.execute<{ requests: Page }>({
    query: `query${vars.length ? `(${vars.join(', ')})` : ''} { requests${args} { nodes { reference } pageInfo { hasNextPage endCursor } } }`,
    variables,
  }, staff);
  expect(result.errors).toBeUndefined();
  return result.data!.requests;
}

describe('requests subgraph', () => {
  it('reads the Agona West request with its validation and its history, oldest first', async () => {
    const result = await subgraph.execute({
      query: `query($id: ID!) { request(id: $id) { id reference title challenge expectedOutcome topics { code } preferredFormats languages
        requestingMunicipality { id } contact { id } earliestStart latestEnd status submittedAt createdAt
        validation { decision criteriaChecked note decidedAt }
        history { from to at actor reason } } }`,
      variables: { id: demo.requests.agonaWestSanitation },
    }, { role: 'STAFF' }); // the note and the reasons are for the request's parties
    expect(result.errors).toBeUndefined();
    const request = (result.data as { request: Record<string, unknown> }).request;
    expect(request).toMatchObject({
      id: demo.requests.agonaWestSanitation,
      reference: 'REQ-2017-0001',
      title: 'A joint sanitation management plan for Agona West',
      topics: [{ code: 'sanitation' }, { code: 'solid-waste' }, { code: 'public-health' }],
      preferredFormats: ['EXPERT_ASSIGNMENT', 'STUDY_VISIT'],
      languages: ['en'],
      requestingMunicipality: { id: demo.municipalities.agonaWest },
      contact: { id: demo.officials.georgeFreeman },
      earliestStart: '2017-03-01',
      latestEnd: '2017-12-31',
      status: 'COMPLETED',
      submittedAt: '2017-01-16T09:00:00.000Z',
      createdAt: '2017-01-09T09:00:00.000Z',
      validation: {
        decision: 'VALIDATED',
        criteriaChecked: ['DEMAND_DRIVEN', 'PEER_TO_PEER', 'PUBLIC_BENEFIT', 'FEASIBLE_WINDOW'],
        decidedAt: '2017-01-30T09:00:00.000Z',
      },
    });
    const history = request.history as { from: string | null; to: string; at: string; actor: string }[];
    expect(history.map((t) => [t.from, t.to, t.at.slice(0, 10)])).toEqual([
      [null, 'DRAFT', '2017-01-09'],
      ['DRAFT', 'SUBMITTED', '2017-01-16'],
      ['SUBMITTED', 'VALIDATED', '2017-01-30'],
      ['VALIDATED', 'MATCHED', '2017-02-20'],
      ['MATCHED', 'IN_EXCHANGE', '2017-04-03'],
      ['IN_EXCHANGE', 'COMPLETED', '2017-06-30'],
    ]);
    expect(history[0]!.actor).toBe(`OFFICIAL:${demo.officials.georgeFreeman}`);
    expect(history[2]!.actor).toBe('STAFF');
  });

  it('tells a rejected request why, and has no decision for requests not yet decided', async () => {
    const result = await subgraph.execute({
      query: `{ rejected: requestByReference(reference: "REQ-2018-0001") { status validation { decision note } }
        submitted: requestByReference(reference: "REQ-2026-0004") { status validation { decision } }
        draft: requestByReference(reference: "REQ-2026-0005") { status submittedAt earliestStart validation { decision } history { to } }
        withdrawn: requestByReference(reference: "REQ-2018-0002") { status validation { decision } history { to actor reason } } }`,
    }, staff);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      rejected: {
        status: 'REJECTED',
        validation: {
          decision: 'REJECTED',
          note: 'Asks for construction funding rather than know-how; CONNECT exchanges expertise, not capital.',
        },
      },
      submitted: { status: 'SUBMITTED', validation: null },
      draft: { status: 'DRAFT', submittedAt: null, earliestStart: null, validation: null, history: [{ to: 'DRAFT' }] },
      withdrawn: {
        status: 'WITHDRAWN',
        validation: null,
        history: [
          { to: 'DRAFT', actor: `OFFICIAL:${demo.officials.andreaGomez}`, reason: null },
          { to: 'SUBMITTED', actor: `OFFICIAL:${demo.officials.andreaGomez}`, reason: null },
          {
            to: 'WITHDRAWN',
            actor: `OFFICIAL:${demo.officials.andreaGomez}`,
            reason: 'The department of Boyacá took the rural aqueducts into its own water programme.',
          },
        ],
      },
    });
  });

  it('keeps every demo history within the lifecycle table, ending at the request’s status', async () => {
    const result = await subgraph.execute<{ requests: { nodes: { status: RequestStatus; history: { from: RequestStatus | null; to: RequestStatus }[] }[] } }>({
      query: `{ requests(first: 100) { nodes { status history { from to } } } }`,
    }, staff);
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.requests.nodes;
    expect(nodes).toHaveLength(9);
    for (const { status, history } of nodes) {
      expect(history[0]).toEqual({ from: null, to: 'DRAFT' });
      for (const [previous, change] of history.slice(0, -1).map((t, i) => [t, history[i + 1]!] as const)) {
        expect(change.from).toBe(previous.to);
        expect(nextStatus(previous.to, change.to)).toEqual({ ok: true, status: change.to });
      }
      expect(history.at(-1)!.to).toBe(status);
    }
    expect(nodes.map((n) => n.status).sort()).toEqual(
      ['CLOSED', 'COMPLETED', 'DRAFT', 'IN_EXCHANGE', 'MATCHED', 'REJECTED', 'SUBMITTED', 'VALIDATED', 'WITHDRAWN'],
    );
  });

  it('finds a request by its reference, however it is typed, and null for one that does not exist', async () => {
    const result = await subgraph.execute({
      query: `{ typed: requestByReference(reference: " req-2026-0001 ") { id title } unknown: requestByReference(reference: "REQ-1999-0001") { id } }`,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      typed: { id: demo.requests.villaDeLeyvaEcotourism, title: 'Community-based ecotourism around the historic centre' },
      unknown: null,
    });
    expect((await subgraph.execute({ query: `query($id: ID!) { request(id: $id) { id } }`, variables: { id: unknownId } })).data).toEqual({
      request: null,
    });
  });

  it('lists requests by reference and pages through them with opaque cursors', async () => {
    const first = await listRequests('(first: 4)');
    expect(references(first)).toEqual(['REQ-2017-0001', 'REQ-2017-0002', 'REQ-2018-0001', 'REQ-2018-0002']);
    expect(first.pageInfo.hasNextPage).toBe(true);

    const rest = await listRequests('(first: 100, after: $after)', { after: first.pageInfo.endCursor });
    expect(references(rest)).toEqual(['REQ-2026-0001', 'REQ-2026-0002', 'REQ-2026-0003', 'REQ-2026-0004', 'REQ-2026-0005']);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const all = await listRequests('');
    expect(all.nodes).toHaveLength(9);
    expect(all.pageInfo.hasNextPage).toBe(false);
  });

  it('filters requests by status, by municipality and by topic code, alone or together', async () => {
    expect(references(await listRequests('(filter: { status: VALIDATED })'))).toEqual(['REQ-2026-0003']);
    expect(references(await listRequests('(filter: { municipalityId: $m })', { m: demo.municipalities.agonaWest }))).toEqual([
      'REQ-2017-0001',
      'REQ-2026-0004',
    ]);
    expect(references(await listRequests('(filter: { topic: "cultural-heritage" })'))).toEqual(['REQ-2026-0001', 'REQ-2026-0005']);
    // A parent topic also finds its sub-topics: tourism finds ecotourism and cultural heritage.
    expect(references(await listRequests('(filter: { topic: "tourism" })'))).toEqual(['REQ-2017-0002', 'REQ-2026-0001', 'REQ-2026-0005']);
    expect(references(await listRequests('(filter: { topic: "solid-waste", municipalityId: $m })', { m: demo.municipalities.jinja }))).toEqual([
      'REQ-2026-0003',
    ]);
    expect(references(await listRequests('(filter: { status: DRAFT, municipalityId: $m })', { m: demo.municipalities.jinja }))).toEqual([]);
    expect(references(await listRequests('(filter: { topic: "no-such-topic" })'))).toEqual([]);
  });

  it('pages a filtered list without losing or repeating a request', async () => {
    const first = await listRequests('(first: 1, filter: { topic: "solid-waste" })');
    expect(references(first)).toEqual(['REQ-2017-0001']);
    const second = await listRequests('(first: 1, after: $after, filter: { topic: "solid-waste" })', { after: first.pageInfo.endCursor });
    expect(references(second)).toEqual(['REQ-2026-0003']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses pages over 100, foreign cursors, malformed ids and malformed references with a code', async () => {
    const refusals = [
      `{ requests(first: 101) { nodes { id } } }`,
      `{ requests(first: 0) { nodes { id } } }`,
      `{ requests(after: "bogus") { nodes { id } } }`,
      `{ requests(filter: { municipalityId: "agona-west" }) { nodes { id } } }`,
      `{ request(id: "42") { id } }`,
      `{ requestByReference(reference: "REQ-17-1") { id } }`,
      `{ requestByReference(reference: "'; drop table requests.request; --") { id } }`,
    ];
    for (const query of refusals) {
      const result = await subgraph.execute({ query });
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
    const malformedReference = await subgraph.execute({ query: `{ requestByReference(reference: "REQ-17-1") { id } }` });
    expect(malformedReference.errors?.[0]?.message).toBe('reference must look like REQ-2017-0001, got "REQ-17-1"');
  });

  it('gives each municipality its requests by reference, page by page', async () => {
    const query = `query($reps: [_Any!]!, $after: String) { _entities(representations: $reps) { ... on Municipality { id
      requests(first: 1, after: $after) { nodes { reference } pageInfo { hasNextPage endCursor } } } } }`;
    const reps = [{ __typename: 'Municipality', id: demo.municipalities.battambang }];
    const first = await subgraph.execute<{ _entities: { requests: Page }[] }>({ query, variables: { reps } }, staff);
    expect(first.errors).toBeUndefined();
    const page = first.data!._entities[0]!.requests;
    expect(references(page)).toEqual(['REQ-2026-0002']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await subgraph.execute<{ _entities: { requests: Page }[] }>({ query, variables: { reps, after: page.pageInfo.endCursor } }, staff);
    expect(references(second.data!._entities[0]!.requests)).toEqual(['REQ-2026-0005']);
    expect(second.data!._entities[0]!.requests.pageInfo.hasNextPage).toBe(false);

    const tooMany = await subgraph.execute({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Municipality { requests(first: 101) { nodes { id } } } } }`,
      variables: { reps },
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves every key through _entities, in the order asked, with null or no requests for unknown ids', async () => {
    const result = await subgraph.execute({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Request { reference status } ... on Municipality { id requests { nodes { reference } } } } }`,
      variables: {
        reps: [
          { __typename: 'Municipality', id: demo.municipalities.jinja },
          { __typename: 'Request', id: demo.requests.battambangUrbanPlanning },
          { __typename: 'Request', id: unknownId },
          { __typename: 'Municipality', id: demo.municipalities.deventer },
          { __typename: 'Request', id: 'not-a-uuid' },
          { __typename: 'Municipality', id: 'not-a-uuid' },
          { __typename: 'Request', id: demo.requests.sandgerdiHarbour },
          { __typename: 'Request', id: demo.requests.sandgerdiHarbour.toUpperCase() },
          { __typename: 'Municipality', id: demo.municipalities.jinja.toUpperCase() },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: demo.municipalities.jinja, requests: { nodes: [{ reference: 'REQ-2018-0001' }, { reference: 'REQ-2026-0003' }] } },
      { reference: 'REQ-2026-0002', status: 'MATCHED' },
      null,
      { id: demo.municipalities.deventer, requests: { nodes: [] } },
      null,
      null,
      { reference: 'REQ-2017-0002', status: 'CLOSED' },
      { reference: 'REQ-2017-0002', status: 'CLOSED' },
      { id: demo.municipalities.jinja, requests: { nodes: [{ reference: 'REQ-2018-0001' }, { reference: 'REQ-2026-0003' }] } },
    ]);
  });

  it('batches entity references: statements do not grow with the number of representations', async () => {
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Request { reference topics { code } requestingMunicipality { id } contact { id } validation { decision } history { to } }
      ... on Municipality { requests { nodes { reference validation { decision } history { to } } } } } }`;
    const statementsFor = async (requestIds: string[], municipalityIds: string[]) => {
      const reps = [
        ...requestIds.map((id) => ({ __typename: 'Request', id })),
        ...municipalityIds.map((id) => ({ __typename: 'Municipality', id })),
      ];
      subgraph.database.statements.reset();
      const result = await subgraph.execute<{ _entities: unknown[] }>({ query, variables: { reps } }, staff);
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toHaveLength(reps.length);
      return subgraph.database.statements.count;
    };
    const few = await statementsFor([demo.requests.jinjaWaste], [demo.municipalities.hoorn]);
    const many = await statementsFor(Object.values(demo.requests), Object.values(demo.municipalities));
    // requests, requests of municipalities, then validations and histories of both at once
    expect(few).toBe(4);
    expect(many).toBe(few);
  });

  it('seeds the demo story only once', async () => {
    expect(await requests.seedDemo!(subgraph.database.db)).toBe(false);
  });
});
