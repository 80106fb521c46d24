import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@connect/kit/testing';
import { demo, type Viewer } from '@connect/kit';
import { exchangeTransitions } from '../src/db/tables.ts';
import { followUpOpensOn, today } from '../src/follow-ups.ts';
import type { Context } from '../src/server.ts';
import { a, association, battambangPlan, o, official, recordedEvents, refusedWithoutWriting, staff, startDemoExchanges, succeed, x } from './support.ts';

// Follow-ups tied to time, the secretariat recording one for its author, the association
// on EvaluationRecorded, evaluations a page at a time, and the filters of `exchanges`.
// On the demo story: the Villa de Leyva study visit is completed here, today.
let subgraph: TestSubgraph<Context>;
let battambang: string;

const andrea = official(o.andreaGomez);
const javier = official(o.javierMoreno);
const after = (months: number, extra: Record<string, unknown> = {}) => ({
  exchangeId: x.villaDeLeyvaEcotourism,
  phase: 'AFTER',
  followUpMonths: months,
  overallRating: 4,
  ...extra,
});

beforeAll(async () => {
  subgraph = await startDemoExchanges();
  battambang = (await succeed(subgraph, 'planExchange', battambangPlan(), staff)).exchange!.id;
  await succeed(subgraph, 'completeExchange', { exchangeId: x.villaDeLeyvaEcotourism }, staff);
});
afterAll(() => subgraph?.dispose());

async function query<T = any>(text: string, variables: Record<string, unknown> = {}, viewer: Viewer = staff): Promise<T> {
  const result = await subgraph.execute<T>({ query: text, variables }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('follow-ups tied to time', () => {
  it('opens each follow-up N calendar months after the completion day', () => {
    expect(followUpOpensOn(new Date('2017-06-30T16:00:00Z'), 6)).toBe('2017-12-30');
    expect(followUpOpensOn(new Date('2026-08-31T10:00:00Z'), 6)).toBe('2027-02-28');
    expect(followUpOpensOn(new Date('2026-12-04T10:00:00Z'), 12)).toBe('2027-12-04');
  });

  it('takes the evaluation at the end on completion, and refuses a follow-up before it opens, naming the day', async () => {
    await succeed(subgraph, 'recordEvaluation', after(0, { respondentRole: 'REQUESTER' }), andrea);
    const opens = followUpOpensOn(new Date(), 3);
    expect(await refusedWithoutWriting(subgraph, 'recordEvaluation', after(3, { respondentRole: 'REQUESTER' }), andrea)).toEqual([
      {
        code: 'FOLLOW_UP_NOT_OPEN',
        message: `The 3-month follow-up opens on ${opens}, 3 months after the exchange completed on ${today()}`,
        field: 'followUpMonths',
      },
    ]);
  });

  it('lets the secretariat record an early follow-up for its author, with the reason kept', async () => {
    const errors = await refusedWithoutWriting(subgraph, 'recordEvaluation', after(12, { authorOfficialId: o.andreaGomez }), staff);
    expect(errors).toEqual([{ code: 'INVALID_INPUT', message: 'reason is required and cannot be blank', field: 'reason' }]);
    const stranger = await refusedWithoutWriting(subgraph, 'recordEvaluation', after(12, { authorOfficialId: o.georgeFreeman, reason: 'By phone' }), staff);
    expect(stranger.map((e) => e.code)).toEqual(['NOT_A_PARTICIPANT']);
    const byOfficial = await refusedWithoutWriting(subgraph, 'recordEvaluation', after(12, { reason: 'I am early' }), andrea);
    expect(byOfficial).toEqual([{ code: 'INVALID_INPUT', message: 'reason is for the secretariat recording an evaluation for its author', field: 'reason' }]);

    const reason = 'Andrea moves to another post in January; the follow-up was held at the closing visit';
    const recorded = await succeed(subgraph, 'recordEvaluation', after(12, { authorOfficialId: o.andreaGomez, respondentRole: 'REQUESTER', reason }), staff);
    expect(recorded.evaluation).toMatchObject({ followUpMonths: 12, respondentRole: 'REQUESTER', author: { id: o.andreaGomez } });
    const read = await query(`query($id: ID!) { exchange(id: $id) { evaluations { id recordedReason } } }`, { id: x.villaDeLeyvaEcotourism }, andrea);
    expect(read.exchange.evaluations.find((e: { id: string }) => e.id === recorded.evaluation!.id).recordedReason).toBe(reason);
    // The author's own evaluations carry no reason.
    expect(read.exchange.evaluations.filter((e: { recordedReason: string | null }) => e.recordedReason === null)).toHaveLength(4);
  });

  it('opens a follow-up once its months have passed since completion', async () => {
    await subgraph.database.db
      .update(exchangeTransitions)
      .set({ at: new Date(Date.now() - 100 * 86_400_000) })
      .where(and(eq(exchangeTransitions.exchangeId, x.villaDeLeyvaEcotourism), eq(exchangeTransitions.toStatus, 'COMPLETED')));
    await succeed(subgraph, 'recordEvaluation', after(3), javier);
    expect((await refusedWithoutWriting(subgraph, 'recordEvaluation', after(6), javier))[0]!.code).toBe('FOLLOW_UP_NOT_OPEN');
  });

  it('names the association on EvaluationRecorded for an association’s evaluation', async () => {
    const recorded = await succeed(subgraph, 'recordEvaluation', after(0), association(a.fcm));
    const events = await recordedEvents(subgraph, 'EvaluationRecorded');
    expect(events.find((e) => e.evaluationId === recorded.evaluation!.id)).toMatchObject({ respondentRole: 'ASSOCIATION', associationId: a.fcm, authorOfficialId: null });
    expect(events.find((e) => e.authorOfficialId === o.javierMoreno)!.associationId).toBeNull();
  });
});

describe('evaluations a page at a time', () => {
  const page = `query($first: Int, $after: String, $phase: EvaluationPhase) { exchanges(first: 10) { nodes { id
    evaluations { id phase }
    evaluationsConnection(first: $first, after: $after, phase: $phase) { totalCount nodes { id phase } pageInfo { hasNextPage endCursor } } } } }`;

  it('pages every exchange’s evaluations in the order of the old list, with a total, in one statement per kind', async () => {
    subgraph.database.statements.reset();
    const first = await query(page, { first: 2 });
    // exchanges, the unbounded lists, the pages, the counts: one statement each whatever the number of exchanges.
    expect(subgraph.database.statements.count).toBe(4);
    for (const exchange of first.exchanges.nodes) {
      expect(exchange.evaluationsConnection.totalCount).toBe(exchange.evaluations.length);
      expect(exchange.evaluationsConnection.nodes).toEqual(exchange.evaluations.slice(0, 2));
      expect(exchange.evaluationsConnection.pageInfo.hasNextPage).toBe(exchange.evaluations.length > 2);
    }
    const agona = first.exchanges.nodes.find((e: { id: string }) => e.id === x.agonaWestSanitation);
    const rest = await query(`query($after: String) { exchange(id: "${x.agonaWestSanitation}") { evaluationsConnection(first: 100, after: $after) { nodes { id phase } } } }`, {
      after: agona.evaluationsConnection.pageInfo.endCursor,
    });
    expect([...agona.evaluationsConnection.nodes, ...rest.exchange.evaluationsConnection.nodes]).toEqual(agona.evaluations);
  });

  it('keeps one phase when asked', async () => {
    const { exchanges } = await query(page, { first: 20, phase: 'AFTER' });
    for (const exchange of exchanges.nodes) {
      const afters = exchange.evaluations.filter((e: { phase: string }) => e.phase === 'AFTER');
      expect(exchange.evaluationsConnection).toMatchObject({ totalCount: afters.length, nodes: afters });
    }
  });

  it('refuses a cursor it did not issue', async () => {
    const result = await subgraph.execute({ query: page, variables: { after: Buffer.from(JSON.stringify(['yesterday', x.agonaWestSanitation])).toString('base64url') } }, staff);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('filters of exchanges', () => {
  const list = `query($filter: ExchangeFilter) { exchanges(filter: $filter, first: 1) { totalCount nodes { id } } }`;
  const ids = async (filter: Record<string, unknown>) => {
    const all = await query(`query($filter: ExchangeFilter) { exchanges(filter: $filter, first: 100) { totalCount nodes { id } } }`, { filter });
    expect(all.exchanges.totalCount).toBe(all.exchanges.nodes.length);
    return all.exchanges.nodes.map((n: { id: string }) => n.id).sort();
  };

  it('counts every page together', async () => {
    expect((await query(list, { filter: {} })).exchanges).toMatchObject({ totalCount: 3, nodes: [{ id: x.agonaWestSanitation }] });
  });

  it('selects by request, official, association, statuses and overlapping days', async () => {
    expect(await ids({ requestId: demo.requests.agonaWestSanitation })).toEqual([x.agonaWestSanitation]);
    expect(await ids({ officialId: o.anoukJansen.toUpperCase() })).toEqual([battambang]);
    expect(await ids({ associationId: a.femp })).toEqual([x.agonaWestSanitation, x.villaDeLeyvaEcotourism].sort());
    expect(await ids({ statuses: ['PLANNED', 'COMPLETED'] })).toEqual([x.agonaWestSanitation, x.villaDeLeyvaEcotourism, battambang].sort());
    expect(await ids({ statuses: ['PLANNED'], status: 'COMPLETED' })).toEqual([]);
    // Villa de Leyva runs 2026-11-16 to 2026-12-04, Battambang 2027-01-11 to 2027-02-19.
    expect(await ids({ from: '2026-12-04', to: '2027-01-11' })).toEqual([x.villaDeLeyvaEcotourism, battambang].sort());
    expect(await ids({ from: '2026-12-05', to: '2027-01-10' })).toEqual([]);
    expect(await ids({ to: '2017-04-03' })).toEqual([x.agonaWestSanitation]);
  });

  it('names the host’s country as hostCountryCode, and still reads the deprecated countryCode', async () => {
    expect(await ids({ hostCountryCode: 'KH' })).toEqual([battambang]);
    expect(await ids({ countryCode: 'KH' })).toEqual([battambang]);
    expect(await ids({ countryCode: 'GH', hostCountryCode: 'KH' })).toEqual([battambang]);
  });

  it('refuses filters that could never match', async () => {
    for (const filter of [{ officialId: 'george' }, { from: '2027-01-02', to: '2027-01-01' }]) {
      const result = await subgraph.execute({ query: list, variables: { filter } }, staff);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('impact names', () => {
  it('reads requesterCountryCode as the deprecated countryCode did, and names request statuses by the enum', async () => {
    const figures = (filter: Record<string, unknown>) =>
      query(`query($filter: ImpactFilter) { impact(filter: $filter) { requestsByStatus { status count } exchangesByCountry { countryCode count } } }`, { filter });
    const byRequester = await figures({ requesterCountryCode: 'CO' });
    expect(byRequester).toEqual(await figures({ countryCode: 'CO' }));
    expect(byRequester.impact.exchangesByCountry).toEqual([{ countryCode: 'CO', count: 1 }]);
    // Villa de Leyva's two requests: the ecotourism one in exchange, the water one withdrawn.
    expect(byRequester.impact.requestsByStatus).toEqual([
      { status: 'IN_EXCHANGE', count: 1 },
      { status: 'WITHDRAWN', count: 1 },
    ]);
    const type = await query(`{ __type(name: "RequestStatusCount") { fields { name type { ofType { name kind } } } } }`);
    expect(type.__type.fields.find((f: { name: string }) => f.name === 'status').type.ofType).toEqual({ name: 'RequestStatus', kind: 'ENUM' });
  });
});
