import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import { matching, type Context } from '../src/server.ts';
import { startDemoMatching } from './support.ts';

let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startDemoMatching();
});
afterAll(() => subgraph?.dispose());

const unknownId = '00000000-0000-4000-8000-000000000000';

interface Ranked {
  id: string;
  rank: number;
  score: number;
  status: string;
  official: { id: string };
  factors: { factor: string; weight: number; value: number; contribution: number; explanation: string }[];
}

const rankedMatches = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Request { id matches {
  id rank score status official { id } factors { factor weight value contribution explanation } } } } }`;

async function matchesOf(requestIds: string[]) {
  const result = await subgraph.execute<{ _entities: ({ id: string; matches: Ranked[] } | null)[] }>({
    query: rankedMatches,
    variables: { reps: requestIds.map((id) => ({ __typename: 'Request', id })) },
  });
  expect(result.errors).toBeUndefined();
  return result.data!._entities;
}

describe('matching subgraph', () => {
  it('reads one match with its score, its explained factors and the people it links', async () => {
    const result = await subgraph.execute({
      query: `query($id: ID!) { match(id: $id) { id rank score status proposedAt respondedAt createdAt
        request { id } official { id } factors { factor weight value contribution explanation } } }`,
      variables: { id: demo.matches.agonaWestPieter },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.match).toMatchObject({
      id: demo.matches.agonaWestPieter,
      rank: 1,
      score: 0.82,
      status: 'ACCEPTED',
      proposedAt: '2017-02-10T10:00:00.000Z',
      respondedAt: '2017-02-20T08:30:00.000Z',
      createdAt: '2017-02-06T09:00:00.000Z',
      request: { id: demo.requests.agonaWestSanitation },
      official: { id: demo.officials.pieterVanDijk },
    });
    const match = result.data?.match as Ranked;
    expect(match.factors.map((f) => f.factor)).toEqual([
      'TOPIC_FIT', 'TEXT_RELEVANCE', 'ROLE_SIMILARITY', 'CONTEXT_SIMILARITY', 'EXPERIENCE', 'FAIRNESS',
    ]);
    expect(match.factors[0]).toEqual({
      factor: 'TOPIC_FIT',
      weight: 0.35,
      value: 0.9,
      contribution: 0.315,
      explanation: 'Declares EXPERT level in sanitation, a topic of the request, with 18 years of experience.',
    });
  });

  it('answers null for a match that does not exist, and refuses a malformed id', async () => {
    const missing = await subgraph.execute({ query: `query($id: ID!) { match(id: $id) { id } }`, variables: { id: unknownId } });
    expect(missing.errors).toBeUndefined();
    expect(missing.data).toEqual({ match: null });
    const malformed = await subgraph.execute({ query: `{ match(id: "42") { id } }` });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.data).toEqual({ match: null });
  });

  it('ranks the peers of the Agona West sanitation request by score: Pieter, Marta, then Sigrún', async () => {
    const [request] = await matchesOf([demo.requests.agonaWestSanitation]);
    expect(request?.matches.map((m) => [m.id, m.rank, m.status])).toEqual([
      [demo.matches.agonaWestPieter, 1, 'ACCEPTED'],
      [demo.matches.agonaWestMarta, 2, 'ACCEPTED'],
      [demo.matches.agonaWestSigrun, 3, 'SUGGESTED'],
    ]);
  });

  it('explains every demo score: contributions are weight × value and add up to it, and ranks follow scores', async () => {
    const requests = await matchesOf(Object.values(demo.requests));
    const all = requests.flatMap((r) => r?.matches ?? []);
    expect(all.map((m) => m.id).sort()).toEqual(Object.values(demo.matches).sort());
    for (const request of requests) {
      const ranked = request?.matches ?? [];
      expect(ranked.map((m) => m.rank)).toEqual(ranked.map((_, i) => i + 1));
      for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.score).toBeLessThanOrEqual(ranked[i - 1]!.score);
      for (const match of ranked) {
        expect(match.factors).toHaveLength(6);
        const units = match.factors.reduce((sum, f) => sum + Math.round(f.contribution * 10_000), 0);
        expect(units).toBe(Math.round(match.score * 10_000));
        for (const f of match.factors) {
          expect(f.contribution).toBeCloseTo(f.weight * f.value, 4);
          expect(f.explanation).toMatch(/^[A-Z].+\.$/);
        }
      }
    }
  });

  it('gives a request without matches an empty list', async () => {
    const [drainage, unknown] = await matchesOf([demo.requests.agonaWestDrainage, unknownId]);
    expect(drainage).toEqual({ id: demo.requests.agonaWestDrainage, matches: [] });
    expect(unknown).toEqual({ id: unknownId, matches: [] });
  });

  it('lists what an official knows, deepest first, with the topic as a stub', async () => {
    const result = await subgraph.execute({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Official { id
        expertise { topic { code } level yearsOfExperience summary } } } }`,
      variables: { reps: [{ __typename: 'Official', id: demo.officials.pieterVanDijk }, { __typename: 'Official', id: demo.officials.graceNamutebi }] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: demo.officials.pieterVanDijk,
        expertise: [
          { topic: { code: 'sanitation' }, level: 'EXPERT', yearsOfExperience: 18, summary: expect.stringContaining('septic tanks') },
          { topic: { code: 'drainage' }, level: 'EXPERIENCED', yearsOfExperience: 10, summary: expect.stringContaining('storm water') },
        ],
      },
      { id: demo.officials.graceNamutebi, expertise: [] },
    ]);
  });

  it("lists an official's proposals newest first, leaving out matches never put to them", async () => {
    const result = await subgraph.execute({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Official {
        proposals { id status proposedAt request { id } } } } }`,
      variables: {
        reps: [
          { __typename: 'Official', id: demo.officials.martaIbanez },
          { __typename: 'Official', id: demo.officials.sigrunArnadottir },
          { __typename: 'Official', id: demo.officials.pieterVanDijk },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        proposals: [
          { id: demo.matches.battambangMarta, status: 'DECLINED', proposedAt: '2026-10-12T10:00:00.000Z', request: { id: demo.requests.battambangUrbanPlanning } },
          { id: demo.matches.agonaWestMarta, status: 'ACCEPTED', proposedAt: '2017-02-10T10:00:00.000Z', request: { id: demo.requests.agonaWestSanitation } },
        ],
      },
      // Sigrún is only SUGGESTED twice: nobody has asked her yet.
      { proposals: [] },
      // Pieter's Jinja match is SUGGESTED, so only Agona West is a proposal.
      { proposals: [{ id: demo.matches.agonaWestPieter, status: 'ACCEPTED', proposedAt: '2017-02-10T10:00:00.000Z', request: { id: demo.requests.agonaWestSanitation } }] },
    ]);
  });

  it('resolves Match, Request and Official through _entities, in the order asked, null for malformed or unknown matches', async () => {
    const result = await subgraph.execute({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Match { id rank } ... on Request { id matches { id } } ... on Official { id proposals { id } } } }`,
      variables: {
        reps: [
          { __typename: 'Official', id: demo.officials.anoukJansen },
          { __typename: 'Match', id: demo.matches.jinjaPieter },
          { __typename: 'Request', id: demo.requests.battambangUrbanPlanning },
          { __typename: 'Match', id: unknownId },
          { __typename: 'Match', id: 'not-a-uuid' },
          { __typename: 'Request', id: 'not-a-uuid' },
          { __typename: 'Official', id: 'not-a-uuid' },
          { __typename: 'Official', id: unknownId },
          { __typename: 'Match', id: demo.matches.jinjaPieter.toUpperCase() },
          { __typename: 'Request', id: demo.requests.battambangUrbanPlanning.toUpperCase() },
          { __typename: 'Official', id: demo.officials.anoukJansen.toUpperCase() },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { id: demo.officials.anoukJansen, proposals: [{ id: demo.matches.battambangAnouk }] },
      { id: demo.matches.jinjaPieter, rank: 1 },
      { id: demo.requests.battambangUrbanPlanning, matches: [{ id: demo.matches.battambangAnouk }, { id: demo.matches.battambangMarta }] },
      null,
      null,
      null,
      null,
      { id: unknownId, proposals: [] },
      // Upper-case ids name the same rows: references are read in their stored form.
      { id: demo.matches.jinjaPieter, rank: 1 },
      { id: demo.requests.battambangUrbanPlanning, matches: [{ id: demo.matches.battambangAnouk }, { id: demo.matches.battambangMarta }] },
      { id: demo.officials.anoukJansen, proposals: [{ id: demo.matches.battambangAnouk }] },
    ]);
  });

  it('batches: any number of requests, officials and matches cost one statement per kind of row', async () => {
    const reps = [
      ...Object.values(demo.requests).map((id) => ({ __typename: 'Request', id })),
      ...Object.values(demo.officials).map((id) => ({ __typename: 'Official', id })),
      ...Object.values(demo.matches).map((id) => ({ __typename: 'Match', id })),
    ];
    subgraph.database.statements.reset();
    const result = await subgraph.execute({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Request { matches { id score } } ... on Official { expertise { level } proposals { id } } ... on Match { rank } } }`,
      variables: { reps },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toHaveLength(reps.length);
    // matches of requests, expertise of officials, proposals of officials, matches by id
    expect(subgraph.database.statements.count).toBe(4);

    subgraph.database.statements.reset();
    await matchesOf([demo.requests.jinjaWaste]);
    expect(subgraph.database.statements.count).toBe(1);
  });

  it('tells the secretariat the history of each demo match: who proposed it, who answered, when and what they said', async () => {
    const historyQuery = { query: `query($id: ID!) { match(id: $id) { responseNote history { from to at actor reason } } }`, variables: { id: demo.matches.battambangMarta } };
    const result = await subgraph.execute(historyQuery, { role: 'STAFF' });
    expect(result.errors).toBeUndefined();
    const note = 'Land-use planning is outside my field; I could only advise on the water network of the districts.';
    expect(result.data?.match).toEqual({
      responseNote: note,
      history: [
        { from: 'SUGGESTED', to: 'PROPOSED', at: '2026-10-12T10:00:00.000Z', actor: 'STAFF', reason: null },
        { from: 'PROPOSED', to: 'DECLINED', at: '2026-10-16T14:00:00.000Z', actor: `OFFICIAL:${demo.officials.martaIbanez}`, reason: note },
      ],
    });
    const suggested = await subgraph.execute({ query: `{ match(id: "${demo.matches.jinjaPieter}") { responseNote history { to } } }` });
    expect(suggested.data?.match).toEqual({ responseNote: null, history: [] });
    // The answer is between the official and the secretariat: the requester does not read it.
    const requester = await subgraph.execute(historyQuery, { role: 'OFFICIAL', officialId: demo.officials.sokhaChan });
    expect(requester.data?.match).toMatchObject({ responseNote: null, history: [{ reason: null }, { reason: null }] });
    expect(new Set(requester.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    const herself = await subgraph.execute(historyQuery, { role: 'OFFICIAL', officialId: demo.officials.martaIbanez });
    expect(herself.errors).toBeUndefined();
    expect(herself.data?.match).toMatchObject({ responseNote: note });
  });

  it("shows what a peer declared about helping, and null for an official who declared nothing", async () => {
    const result = await subgraph.execute({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Official {
        expertProfile { summary languages availability { from to } formatsAccepted maxConcurrentEngagements declaredAt } } } }`,
      variables: { reps: [{ __typename: 'Official', id: demo.officials.martaIbanez }, { __typename: 'Official', id: demo.officials.sokhaChan }] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        expertProfile: {
          summary: expect.stringContaining('wastewater treatment'),
          languages: [],
          availability: [
            { from: '2027-02-01', to: '2027-06-30' },
            { from: '2027-09-01', to: '2027-11-30' },
          ],
          formatsAccepted: ['EXPERT_ASSIGNMENT', 'ROUNDTABLE'],
          maxConcurrentEngagements: 2,
          declaredAt: '2026-09-01T09:00:00.000Z',
        },
      },
      { expertProfile: null },
    ]);
  });

  it('batches profiles, availability and histories too: one statement each, whatever the number of officials and matches', async () => {
    const reps = [
      ...Object.values(demo.officials).map((id) => ({ __typename: 'Official', id })),
      ...Object.values(demo.matches).map((id) => ({ __typename: 'Match', id })),
    ];
    subgraph.database.statements.reset();
    const result = await subgraph.execute({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Official { expertProfile { availability { from } } } ... on Match { history { to } } } }`,
      variables: { reps },
    });
    expect(result.errors).toBeUndefined();
    // matches by id, their histories, profiles, availability of the profiles
    expect(subgraph.database.statements.count).toBe(4);
  });

  it('seeds the demo story only once', async () => {
    expect(await matching.seedDemo!(subgraph.database.db)).toBe(false);
  });
});
