import { TransactionRollbackError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, demoId, encodeCursor } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import { evaluations } from '../src/db/tables.ts';
import { nextStatus } from '../src/lifecycle.ts';
import { exchanges, ExchangeRepository, type Context } from '../src/server.ts';
import { startDemoExchanges } from './support.ts';

const x = demo.exchanges;
const o = demo.officials;
const a = demo.associations;
const unknownId = '00000000-0000-4000-8000-000000000000';

let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startDemoExchanges();
});
afterAll(() => subgraph?.dispose());

type Page = { exchanges: { edges: { cursor: string; node: { title: string } }[]; nodes: { title: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

async function titles(filter: string): Promise<string[]> {
  const result = await subgraph.execute<Page>({ query: `{ exchanges(filter: ${filter}) { nodes { title } } }` });
  expect(result.errors).toBeUndefined();
  return result.data!.exchanges.nodes.map((n) => n.title);
}

describe('exchanges subgraph', () => {
  it('reads the Agona West exchange with its people, associations, evaluations and outcomes', async () => {
    // As the secretariat: who wrote an evaluation is for those the exchange concerns.
    const result = await subgraph.execute({
      query: `query($id: ID!) { exchange(id: $id) {
        id title format status hostCountryCode startsOn endsOn location
        request { id } match { id } hostMunicipality { id }
        participants { role official { id } }
        associations { id }
        evaluations { phase followUpMonths respondentRole overallRating author { id } }
        outcomes { kind description sdgTargets recordedAt } } }`,
      variables: { id: x.agonaWestSanitation },
    }, { role: 'STAFF' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      exchange: {
        id: x.agonaWestSanitation,
        title: 'Sanitation management planning in Agona West',
        format: 'EXPERT_ASSIGNMENT',
        status: 'COMPLETED',
        hostCountryCode: 'GH',
        startsOn: '2017-04-03',
        endsOn: '2017-06-30',
        location: 'Agona Swedru, Ghana',
        request: { id: demo.requests.agonaWestSanitation },
        match: { id: demo.matches.agonaWestPieter },
        hostMunicipality: { id: demo.municipalities.agonaWest },
        // The host first; then by official id, which puts Pieter before Marta.
        participants: [
          { role: 'HOST', official: { id: o.georgeFreeman } },
          { role: 'EXPERT', official: { id: o.pieterVanDijk } },
          { role: 'EXPERT', official: { id: o.martaIbanez } },
        ],
        associations: [{ id: a.vng }, { id: a.nalag }, { id: a.femp }],
        evaluations: [
          { phase: 'BEFORE', followUpMonths: null, respondentRole: 'REQUESTER', overallRating: 4, author: { id: o.georgeFreeman } },
          { phase: 'BEFORE', followUpMonths: null, respondentRole: 'PEER', overallRating: 4, author: { id: o.pieterVanDijk } },
          { phase: 'DURING', followUpMonths: null, respondentRole: 'REQUESTER', overallRating: 4, author: { id: o.georgeFreeman } },
          { phase: 'AFTER', followUpMonths: 0, respondentRole: 'REQUESTER', overallRating: 5, author: { id: o.georgeFreeman } },
          { phase: 'AFTER', followUpMonths: 0, respondentRole: 'PEER', overallRating: 5, author: { id: o.pieterVanDijk } },
          { phase: 'AFTER', followUpMonths: 6, respondentRole: 'REQUESTER', overallRating: 5, author: { id: o.georgeFreeman } },
        ],
        outcomes: [
          { kind: 'CONCRETE_SOLUTION', description: 'Weekly desludging schedule for public toilets', sdgTargets: ['6.2'], recordedAt: '2017-05-22T12:00:00.000Z' },
          {
            kind: 'PLAN_ADOPTED',
            description: 'Joint sanitation management plan for Agona West, adopted by the Municipal Assembly',
            sdgTargets: ['6.2', '6.3', '11.6'],
            recordedAt: '2017-06-28T12:00:00.000Z',
          },
          {
            kind: 'CONNECTION',
            description: 'Working relationship between the environmental health teams of Agona West and Deventer',
            sdgTargets: ['17.16'],
            recordedAt: '2017-06-30T15:00:00.000Z',
          },
        ],
      },
    });
  });

  it('reads the study visit under way in Ronda, with evaluations so far and no outcome yet', async () => {
    const result = await subgraph.execute({
      query: `query($id: ID!) { exchange(id: $id) { title format status hostCountryCode startsOn endsOn location
        participants { role official { id } } associations { id }
        evaluations { phase respondentRole overallRating submittedAt indicators { indicator score } } outcomes { kind } } }`,
      variables: { id: x.villaDeLeyvaEcotourism },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      exchange: {
        title: 'Study visit: community guiding in Ronda',
        format: 'STUDY_VISIT',
        status: 'IN_PROGRESS',
        hostCountryCode: 'ES',
        startsOn: '2026-11-16',
        endsOn: '2026-12-04',
        location: 'Ronda, Spain',
        participants: [
          { role: 'HOST', official: { id: o.javierMoreno } },
          { role: 'PARTICIPANT', official: { id: o.andreaGomez } },
        ],
        associations: [{ id: a.fcm }, { id: a.femp }],
        evaluations: [
          { phase: 'BEFORE', respondentRole: 'REQUESTER', overallRating: 4, submittedAt: '2026-11-09T15:00:00.000Z', indicators: [{ indicator: 'relevance', score: 5 }, { indicator: 'clarity of objectives', score: 4 }] },
          { phase: 'BEFORE', respondentRole: 'PEER', overallRating: 4, submittedAt: '2026-11-10T10:00:00.000Z', indicators: [{ indicator: 'relevance', score: 4 }, { indicator: 'clarity of objectives', score: 4 }] },
          { phase: 'DURING', respondentRole: 'REQUESTER', overallRating: 5, submittedAt: '2026-11-25T17:00:00.000Z', indicators: [{ indicator: 'progress', score: 5 }, { indicator: 'stakeholder involvement', score: 5 }] },
        ],
        outcomes: [],
      },
    });
  });

  it('answers null for an exchange that does not exist', async () => {
    const result = await subgraph.execute({ query: `query($id: ID!) { exchange(id: $id) { title } }`, variables: { id: unknownId } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ exchange: null });
  });

  it('lists exchanges by start date and filters by status, format and host country', async () => {
    const all = await subgraph.execute({ query: `{ exchanges { nodes { title startsOn } } }` });
    expect(all.data).toEqual({
      exchanges: {
        nodes: [
          { title: 'Sanitation management planning in Agona West', startsOn: '2017-04-03' },
          { title: 'Study visit: community guiding in Ronda', startsOn: '2026-11-16' },
        ],
      },
    });
    expect(await titles(`{ status: COMPLETED }`)).toEqual(['Sanitation management planning in Agona West']);
    expect(await titles(`{ status: IN_PROGRESS }`)).toEqual(['Study visit: community guiding in Ronda']);
    expect(await titles(`{ status: CANCELLED }`)).toEqual([]);
    expect(await titles(`{ format: STUDY_VISIT }`)).toEqual(['Study visit: community guiding in Ronda']);
    expect(await titles(`{ format: ROUNDTABLE }`)).toEqual([]);
    expect(await titles(`{ countryCode: "gh" }`)).toEqual(['Sanitation management planning in Agona West']);
    expect(await titles(`{ countryCode: "ES", format: STUDY_VISIT, status: IN_PROGRESS }`)).toEqual(['Study visit: community guiding in Ronda']);
    expect(await titles(`{ countryCode: "ES", status: COMPLETED }`)).toEqual([]);
  });

  it('pages through exchanges with opaque cursors', async () => {
    const first = await subgraph.execute<Page>({
      query: `{ exchanges(first: 1) { edges { cursor node { title } } pageInfo { hasNextPage endCursor } } }`,
    });
    const page = first.data!.exchanges;
    expect(page.edges.map((e) => e.node.title)).toEqual(['Sanitation management planning in Agona West']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: page.edges[0]!.cursor });

    const second = await subgraph.execute<Page>({
      query: `query($after: String) { exchanges(first: 1, after: $after) { nodes { title } pageInfo { hasNextPage endCursor } } }`,
      variables: { after: page.pageInfo.endCursor },
    });
    expect(second.data!.exchanges.nodes.map((n) => n.title)).toEqual(['Study visit: community guiding in Ronda']);
    expect(second.data!.exchanges.pageInfo.hasNextPage).toBe(false);

    const past = await subgraph.execute<Page>({
      query: `query($after: String) { exchanges(after: $after) { nodes { title } pageInfo { hasNextPage endCursor } } }`,
      variables: { after: second.data!.exchanges.pageInfo.endCursor },
    });
    expect(past.data!.exchanges).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('refuses pages over 100, foreign cursors and malformed ids with a code', async () => {
    const refusals = [
      `{ exchanges(first: 101) { nodes { id } } }`,
      `{ exchanges(first: 0) { nodes { id } } }`,
      `{ exchanges(after: "bogus") { nodes { id } } }`,
      // Well-formed pairs whose values Postgres would refuse as a date or a uuid.
      `{ exchanges(after: "${encodeCursor('yesterday', x.agonaWestSanitation)}") { nodes { id } } }`,
      `{ exchanges(after: "${encodeCursor('2017-02-30', x.agonaWestSanitation)}") { nodes { id } } }`,
      `{ exchanges(after: "${encodeCursor('2017-04-03', 'not-a-uuid')}") { nodes { id } } }`,
      `{ exchange(id: "42") { id } }`,
    ];
    for (const query of refusals) {
      const result = await subgraph.execute({ query });
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });

  it('resolves exchanges, evaluations and outcomes through _entities, in order, with null for unknown ids', async () => {
    const result = await subgraph.execute({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Exchange { title }
        ... on Evaluation { phase followUpMonths overallRating author { id } narrative }
        ... on Outcome { kind sdgTargets } } }`,
      variables: {
        reps: [
          { __typename: 'Outcome', id: demoId('outcome:agonaWestSanitation:sanitation-plan') },
          { __typename: 'Exchange', id: x.villaDeLeyvaEcotourism },
          { __typename: 'Evaluation', id: demoId('evaluation:agonaWestSanitation:after-0:georgeFreeman') },
          { __typename: 'Exchange', id: x.agonaWestSanitation.toUpperCase() },
          { __typename: 'Exchange', id: unknownId },
          { __typename: 'Evaluation', id: unknownId },
          { __typename: 'Outcome', id: unknownId },
          { __typename: 'Exchange', id: 'not-a-uuid' },
          { __typename: 'Evaluation', id: '42' },
          { __typename: 'Outcome', id: '' },
        ],
      },
    }, { role: 'STAFF' });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { kind: 'PLAN_ADOPTED', sdgTargets: ['6.2', '6.3', '11.6'] },
      { title: 'Study visit: community guiding in Ronda' },
      {
        phase: 'AFTER',
        followUpMonths: 0,
        overallRating: 5,
        author: { id: o.georgeFreeman },
        narrative: 'Thanks to CONNECT we brought many stakeholders together and built a joint plan for sanitation management in Agona West.',
      },
      { title: 'Sanitation management planning in Agona West' },
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('adds to requests, officials and municipalities the exchanges they are part of, by start date', async () => {
    const result = await subgraph.execute({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Request { id exchanges { title } } ... on Official { id exchanges { title } } ... on Municipality { id exchanges { title } } } }`,
      variables: {
        reps: [
          { __typename: 'Request', id: demo.requests.agonaWestSanitation },
          { __typename: 'Request', id: demo.requests.jinjaWaste },
          { __typename: 'Official', id: o.martaIbanez },
          { __typename: 'Official', id: o.andreaGomez },
          { __typename: 'Official', id: o.sokhaChan },
          { __typename: 'Municipality', id: demo.municipalities.ronda },
          { __typename: 'Municipality', id: demo.municipalities.villaDeLeyva },
          { __typename: 'Official', id: o.javierMoreno.toUpperCase() },
          { __typename: 'Request', id: 'REQ-2017-0001' },
          { __typename: 'Official', id: '42' },
          { __typename: 'Municipality', id: 'agona-west' },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
    const agona = { title: 'Sanitation management planning in Agona West' };
    const ronda = { title: 'Study visit: community guiding in Ronda' };
    expect(result.data?._entities).toEqual([
      { id: demo.requests.agonaWestSanitation, exchanges: [agona] },
      { id: demo.requests.jinjaWaste, exchanges: [] },
      { id: o.martaIbanez, exchanges: [agona] },
      { id: o.andreaGomez, exchanges: [ronda] },
      { id: o.sokhaChan, exchanges: [] },
      // Ronda hosts the study visit; Villa de Leyva, which asked for it, hosts nothing.
      { id: demo.municipalities.ronda, exchanges: [ronda] },
      { id: demo.municipalities.villaDeLeyva, exchanges: [] },
      { id: o.javierMoreno, exchanges: [ronda] },
      null,
      null,
      null,
    ]);
  });

  it('batches entity references: statements do not grow with the number of representations', async () => {
    const everyone = Object.values(o).map((id) => ({ __typename: 'Official', id }));
    const withEverything = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Official { exchanges {
      participants { role } associations { id } evaluations { phase } outcomes { kind } } } } }`;
    const statementsFor = async (query: string, reps: unknown[]) => {
      subgraph.database.statements.reset();
      const result = await subgraph.execute({ query, variables: { reps } });
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toHaveLength(reps.length);
      return subgraph.database.statements.count;
    };
    // One statement for the officials' exchanges, one each for participants,
    // associations, evaluations and outcomes of all of them.
    expect(await statementsFor(withEverything, [{ __typename: 'Official', id: o.georgeFreeman }])).toBe(5);
    expect(await statementsFor(withEverything, everyone)).toBe(5);

    const places = [
      ...Object.values(demo.requests).map((id) => ({ __typename: 'Request', id })),
      ...Object.values(demo.municipalities).map((id) => ({ __typename: 'Municipality', id })),
    ];
    const titlesOf = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Request { exchanges { title } } ... on Municipality { exchanges { title } } } }`;
    expect(await statementsFor(titlesOf, places)).toBe(2);

    const owned = [
      ...Object.values(x).map((id) => ({ __typename: 'Exchange', id })),
      ...['before', 'during', 'after-0', 'after-6'].map((phase) => ({ __typename: 'Evaluation', id: demoId(`evaluation:agonaWestSanitation:${phase}:georgeFreeman`) })),
      ...['desludging-schedule', 'sanitation-plan', 'environmental-health-teams'].map((key) => ({ __typename: 'Outcome', id: demoId(`outcome:agonaWestSanitation:${key}`) })),
      { __typename: 'Exchange', id: unknownId },
    ];
    const ownedQuery = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Exchange { id } ... on Evaluation { id } ... on Outcome { id } } }`;
    expect(await statementsFor(ownedQuery, owned)).toBe(3);
  });

  it('records a history of every status change that follows the lifecycle', async () => {
    const repository = new ExchangeRepository(subgraph.database.db);
    for (const [exchangeId, expected] of [
      [x.agonaWestSanitation, 'COMPLETED'],
      [x.villaDeLeyvaEcotourism, 'IN_PROGRESS'],
    ] as const) {
      const history = await repository.historyOf(exchangeId);
      expect(history[0]).toMatchObject({ fromStatus: null, toStatus: 'PLANNED', actor: 'secretariat' });
      for (const step of history.slice(1)) expect(nextStatus(step.fromStatus!, step.toStatus)).toEqual({ ok: true, status: step.toStatus });
      expect(history.at(-1)?.toStatus).toBe(expected);
    }
    const agona = await repository.historyOf(x.agonaWestSanitation);
    expect(agona.map((t) => [t.toStatus, t.at.toISOString().slice(0, 10)])).toEqual([
      ['PLANNED', '2017-02-27'],
      ['IN_PROGRESS', '2017-04-03'],
      ['COMPLETED', '2017-06-30'],
    ]);
  });

  it('keeps ratings and indicator scores between 1 and 5 and follow-ups on AFTER evaluations', async () => {
    const valid = {
      id: unknownId,
      exchangeId: x.villaDeLeyvaEcotourism,
      phase: 'DURING' as const,
      respondentRole: 'ASSOCIATION' as const,
      overallRating: 3,
      indicators: [{ indicator: 'relevance', score: 3 }],
    };
    // Each attempt runs in a transaction that is rolled back, so the demo story stays as it was.
    const refusalOf = (row: Partial<typeof evaluations.$inferInsert>) =>
      subgraph.database.db
        .transaction(async (tx) => {
          await tx.insert(evaluations).values({ ...valid, ...row });
          tx.rollback();
        })
        .then(
          () => 'accepted',
          (error: Error) => (error instanceof TransactionRollbackError ? 'accepted' : String((error.cause as Error | undefined)?.message ?? error.message)),
        );
    expect(await refusalOf({})).toBe('accepted');
    expect(await refusalOf({ phase: 'AFTER', followUpMonths: 12 })).toBe('accepted');
    expect(await refusalOf({ overallRating: 6 })).toContain('evaluation_overall_rating_1_to_5');
    expect(await refusalOf({ overallRating: 0 })).toContain('evaluation_overall_rating_1_to_5');
    expect(await refusalOf({ indicators: [{ indicator: 'relevance', score: 7 }] })).toContain('evaluation_indicator_scores_1_to_5');
    expect(await refusalOf({ indicators: [{ indicator: 'relevance', score: '5' as unknown as number }] })).toContain('evaluation_indicator_scores_1_to_5');
    expect(await refusalOf({ followUpMonths: 3 })).toContain('evaluation_follow_up_only_after');
    expect(await refusalOf({ phase: 'AFTER' })).toContain('evaluation_follow_up_only_after');
    expect(await refusalOf({ phase: 'AFTER', followUpMonths: -1 })).toContain('evaluation_follow_up_only_after');
  });

  it('seeds the demo story only once', async () => {
    expect(await exchanges.seedDemo!(subgraph.database.db)).toBe(false);
  });
});
