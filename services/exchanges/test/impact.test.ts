import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPayloads, Viewer } from '@connect/kit';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import { exchanges, type Context } from '../src/server.ts';
import { exchangeTransitions } from '../src/db/tables.ts';
import { donor, envelope, staff, succeed, startDemoExchanges } from './support.ts';

// Impact figures: first on the demo story, then on exchanges planned here for the test,
// whose figures are known in advance.
const allFigures = `requestsByStatus { status count } exchangesByFormat { format count } exchangesByCountry { countryCode count }
  outcomesByKind { kind count } outcomesBySdgTarget { target count } averageRatings { phase respondentRole average count }
  medianDaysSubmissionToValidation medianDaysValidationToExchangeStart`;

async function impactOf(subgraph: TestSubgraph<Context>, filter: Record<string, unknown> = {}, viewer: Viewer = donor) {
  const result = await subgraph.execute<{ impact: Record<string, unknown> }>(
    { query: `query($filter: ImpactFilter) { impact(filter: $filter) { ${allFigures} } }`, variables: { filter } },
    viewer,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.impact;
}

const counted = (pairs: [string, number][], key: string) => pairs.map(([value, count]) => ({ [key]: value, count }));

describe('impact of the demo story', () => {
  let subgraph: TestSubgraph<Context>;
  beforeAll(async () => {
    subgraph = await startDemoExchanges();
  });
  afterAll(() => subgraph?.dispose());

  it('tells donors what the first exchanges achieved', async () => {
    expect(await impactOf(subgraph)).toEqual({
      requestsByStatus: counted(
        ['DRAFT', 'SUBMITTED', 'VALIDATED', 'REJECTED', 'MATCHED', 'IN_EXCHANGE', 'COMPLETED', 'CLOSED', 'WITHDRAWN'].map((s) => [s, 1]),
        'status',
      ),
      exchangesByFormat: counted([['EXPERT_ASSIGNMENT', 1], ['STUDY_VISIT', 1]], 'format'),
      // By the country that asked: the study visit in Ronda answered Villa de Leyva, Colombia.
      exchangesByCountry: counted([['CO', 1], ['GH', 1]], 'countryCode'),
      outcomesByKind: counted([['CONCRETE_SOLUTION', 1], ['CONNECTION', 1], ['PLAN_ADOPTED', 1]], 'kind'),
      outcomesBySdgTarget: counted([['6.2', 2], ['6.3', 1], ['11.6', 1], ['17.16', 1]], 'target'),
      averageRatings: [
        { phase: 'BEFORE', respondentRole: 'REQUESTER', average: 4, count: 2 },
        { phase: 'BEFORE', respondentRole: 'PEER', average: 4, count: 2 },
        { phase: 'DURING', respondentRole: 'REQUESTER', average: 4.5, count: 2 },
        { phase: 'AFTER', respondentRole: 'REQUESTER', average: 5, count: 2 },
        { phase: 'AFTER', respondentRole: 'PEER', average: 5, count: 1 },
      ],
      // Every validated request of the story was validated two weeks after submission.
      medianDaysSubmissionToValidation: 14,
      // Agona West started 63 days after validation (less an hour), Villa de Leyva 287: the median is halfway.
      medianDaysValidationToExchangeStart: 175,
    });
  });

  it('narrows to Ghana, to a topic, to a format and to a period', async () => {
    const ghana = await impactOf(subgraph, { countryCode: 'gh' });
    expect(ghana.requestsByStatus).toEqual(counted([['SUBMITTED', 1], ['COMPLETED', 1]], 'status'));
    expect(ghana.exchangesByCountry).toEqual(counted([['GH', 1]], 'countryCode'));
    expect(ghana.outcomesByKind).toHaveLength(3);
    expect(ghana.averageRatings).toContainEqual({ phase: 'DURING', respondentRole: 'REQUESTER', average: 4, count: 1 });
    expect(ghana.medianDaysValidationToExchangeStart).toBe(63);

    const heritage = await impactOf(subgraph, { topic: 'cultural-heritage' });
    expect(heritage.requestsByStatus).toEqual(counted([['DRAFT', 1], ['IN_EXCHANGE', 1]], 'status'));
    expect(heritage.exchangesByFormat).toEqual(counted([['STUDY_VISIT', 1]], 'format'));
    expect(heritage.outcomesBySdgTarget).toEqual([]);
    expect(heritage.medianDaysValidationToExchangeStart).toBe(287);

    // A parent topic counts its sub-topics: tourism holds cultural heritage.
    const tourism = await impactOf(subgraph, { topic: 'tourism' });
    type Counts = { status: string; count: number }[];
    for (const row of heritage.requestsByStatus as Counts) {
      expect((tourism.requestsByStatus as Counts).find((r) => r.status === row.status)?.count).toBeGreaterThanOrEqual(row.count);
    }
    expect(tourism.exchangesByFormat).toEqual(expect.arrayContaining(heritage.exchangesByFormat as unknown[]));

    const visits = await impactOf(subgraph, { format: 'STUDY_VISIT' });
    expect(visits.requestsByStatus).toHaveLength(9);
    expect(visits.exchangesByCountry).toEqual(counted([['CO', 1]], 'countryCode'));
    expect(visits.outcomesByKind).toEqual([]);

    const thisYear = await impactOf(subgraph, { from: '2026-01-01', to: '2026-12-31' });
    expect(thisYear.requestsByStatus).toEqual(counted(['DRAFT', 'SUBMITTED', 'VALIDATED', 'MATCHED', 'IN_EXCHANGE'].map((s) => [s, 1]), 'status'));
    expect(thisYear.exchangesByFormat).toEqual(counted([['STUDY_VISIT', 1]], 'format'));
    expect(thisYear.medianDaysSubmissionToValidation).toBe(14);

    // The last day of the period is included; the Agona West request was submitted on 2017-01-16.
    expect((await impactOf(subgraph, { from: '2017-01-16', to: '2017-01-16' })).requestsByStatus).toEqual(counted([['COMPLETED', 1]], 'status'));
    expect((await impactOf(subgraph, { from: '2017-01-17', to: '2017-01-31' })).requestsByStatus).toEqual([]);

    const nothing = await impactOf(subgraph, { countryCode: 'UG', format: 'ROUNDTABLE' });
    expect(nothing).toMatchObject({ exchangesByFormat: [], averageRatings: [], medianDaysSubmissionToValidation: 14, medianDaysValidationToExchangeStart: null });
    expect((await impactOf(subgraph, { countryCode: 'FR' })).medianDaysSubmissionToValidation).toBeNull();
  });

  it('refuses filters that could never match', async () => {
    for (const filter of [{ from: '2027-01-01', to: '2026-01-01' }, { countryCode: 'Ghana' }, { topic: 'water & sanitation' }, { from: '2017-02-30' }]) {
      const result = await subgraph.execute({ query: `query($filter: ImpactFilter) { impact(filter: $filter) { medianDaysSubmissionToValidation } }`, variables: { filter } }, staff);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
    }
  });

  it('shows how the waits spread, in bands of days', async () => {
    const bands = `daysSubmissionToValidation { fromDays toDays count } daysValidationToExchangeStart { fromDays toDays count }`;
    const result = await subgraph.execute<{ impact: Record<string, unknown> }>({ query: `{ impact { ${bands} } }` }, donor);
    expect(result.data!.impact).toEqual({
      // Two weeks for every validated request: the band from 14 to 30 days.
      daysSubmissionToValidation: [{ fromDays: 14, toDays: 30, count: expect.any(Number) }],
      // 63 days for Agona West, 287 for Villa de Leyva: the last band has no end.
      daysValidationToExchangeStart: [
        { fromDays: 60, toDays: 90, count: 1 },
        { fromDays: 180, toDays: null, count: 1 },
      ],
    });
  });

  it('lists the exchanges behind a figure', async () => {
    const titles = async (filter: Record<string, unknown>) => {
      const result = await subgraph.execute<{ exchanges: { nodes: { hostCountryCode: string; format: string }[] } }>(
        { query: `query($filter: ExchangeFilter) { exchanges(filter: $filter) { nodes { hostCountryCode format } } }`, variables: { filter } },
        donor,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.exchanges.nodes;
    };
    // Counted for Colombia, the country that asked, though hosted in Spain.
    expect(await titles({ countedIn: { countryCode: 'CO' } })).toEqual([{ hostCountryCode: 'ES', format: 'STUDY_VISIT' }]);
    expect(await titles({ countedIn: { topic: 'sanitation' }, outcomeKind: 'PLAN_ADOPTED' })).toEqual([{ hostCountryCode: 'GH', format: 'EXPERT_ASSIGNMENT' }]);
    expect(await titles({ sdgTarget: '17.16' })).toHaveLength(1);
    expect(await titles({ countedIn: { format: 'ROUNDTABLE' } })).toEqual([]);
    // Only the Agona West exchange has a peer's AFTER evaluation.
    expect(await titles({ countedIn: {}, ratedAt: 'AFTER', ratedBy: 'PEER' })).toEqual([{ hostCountryCode: 'GH', format: 'EXPERT_ASSIGNMENT' }]);
    expect(await titles({ ratedAt: 'DURING' })).toHaveLength(2);
    const refused = await subgraph.execute({ query: `{ exchanges(filter: { sdgTarget: "goal six" }) { nodes { id } } }` }, donor);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads each figure in one statement, and only the figures asked for', async () => {
    subgraph.database.statements.reset();
    await impactOf(subgraph);
    expect(subgraph.database.statements.count).toBe(8);
    subgraph.database.statements.reset();
    await subgraph.execute({ query: `{ impact { exchangesByCountry { countryCode count } } }` }, donor);
    expect(subgraph.database.statements.count).toBe(1);
  });
});

describe('impact of exchanges planned for the test', () => {
  // Three municipalities; five requests with known delays between submission and
  // validation (10, 20 and 40 days) and a draft; four exchanges, one of them cancelled.
  let subgraph: TestSubgraph<Context>;
  const ghana = randomUUID();
  const cambodia = randomUUID();
  const netherlands = randomUUID();
  const [r1, r2, r3, r4, r5, unknownRequest] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const [requester1, requester2, requester3] = [randomUUID(), randomUUID(), randomUUID()];
  const [expert1, expert2, expert3, expert4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const association = randomUUID();
  const now = Date.now();
  const daysAgo = (days: number) => new Date(now - days * 86_400_000).toISOString();

  async function tell<T extends 'MunicipalityRegistered' | 'RequestStatusChanged' | 'ProposalAccepted'>(type: T, payload: EventPayloads[T]) {
    expect(await subgraph.events.deliver(envelope(type, payload))).toBe(true);
  }

  function request(requestId: string, municipalityId: string, topics: string[], to: string, dates: { created: string; submitted?: string; validated?: string }) {
    return tell('RequestStatusChanged', {
      requestId,
      reference: 'REQ',
      municipalityId,
      title: 'A request',
      challenge: 'A challenge',
      topics,
      preferredFormats: [],
      languages: ['en'],
      earliestStart: null,
      latestEnd: null,
      from: null,
      to,
      at: dates.validated ?? dates.submitted ?? dates.created,
      submittedAt: dates.submitted ?? null,
      validatedAt: dates.validated ?? null,
    });
  }

  async function plan(requestId: string, format: string, host: string, startsOn: string, people: { officialId: string; role: string }[]) {
    const matchId = randomUUID();
    const peer = people.find((p) => p.role === 'EXPERT')!.officialId;
    await tell('ProposalAccepted', { matchId, requestId, officialId: peer, at: daysAgo(5) });
    const input = { matchId, title: `Exchange from ${startsOn}`, format, startsOn, endsOn: startsOn, hostMunicipalityId: host, participants: people, associationIds: [association] };
    return (await succeed(subgraph, 'planExchange', input, staff)).exchange!.id;
  }

  const evaluate = (exchangeId: string, officialId: string | null, phase: string, rating: number, extra: Record<string, unknown> = {}) =>
    succeed(
      subgraph,
      'recordEvaluation',
      { exchangeId, phase, overallRating: rating, ...extra },
      officialId ? { role: 'OFFICIAL', officialId } : { role: 'ASSOCIATION', associationId: association },
    );

  beforeAll(async () => {
    subgraph = await startTestSubgraph(exchanges);
    for (const [id, country] of [[ghana, 'GH'], [cambodia, 'KH'], [netherlands, 'NL']] as const) {
      await tell('MunicipalityRegistered', { municipalityId: id, name: 'Municipality', countryCode: country, kind: 'CITY', population: null, languages: ['en'] });
    }
    await request(r1, ghana, ['sanitation'], 'MATCHED', { created: daysAgo(25), submitted: daysAgo(20), validated: daysAgo(10) });
    await request(r2, cambodia, ['land-use'], 'MATCHED', { created: daysAgo(55), submitted: daysAgo(50), validated: daysAgo(30) });
    await request(r3, ghana, ['drainage'], 'MATCHED', { created: daysAgo(105), submitted: daysAgo(100), validated: daysAgo(60) });
    await request(r4, cambodia, ['sanitation'], 'SUBMITTED', { created: '2024-04-24T09:00:00Z', submitted: '2024-05-01T09:00:00Z' });
    await request(r5, netherlands, ['public-space'], 'DRAFT', { created: '2025-01-05T09:00:00Z' });

    // X1: Ghana's sanitation request, hosted at home; completed with two outcomes.
    const x1 = await plan(r1, 'EXPERT_ASSIGNMENT', ghana, '2024-03-04', [{ officialId: requester1, role: 'HOST' }, { officialId: expert1, role: 'EXPERT' }]);
    await evaluate(x1, requester1, 'BEFORE', 3);
    await evaluate(x1, expert1, 'BEFORE', 5);
    await succeed(subgraph, 'startExchange', { exchangeId: x1 }, staff);
    await evaluate(x1, requester1, 'DURING', 4);
    await succeed(subgraph, 'recordOutcome', { exchangeId: x1, kind: 'CONCRETE_SOLUTION', description: 'Desludging', sdgTargets: ['6.2', '6.a'] }, staff);
    await succeed(subgraph, 'recordOutcome', { exchangeId: x1, kind: 'NEW_IDEA', description: 'Composting', sdgTargets: ['6.10', '11.6'] }, staff);
    await succeed(subgraph, 'completeExchange', { exchangeId: x1 }, staff);
    await evaluate(x1, requester1, 'AFTER', 5, { followUpMonths: 0 });
    // The three-month follow-up opens three months after completion: the exchange ran in 2024.
    await subgraph.database.db
      .update(exchangeTransitions)
      .set({ at: new Date('2024-04-30T16:00:00Z') })
      .where(and(eq(exchangeTransitions.exchangeId, x1), eq(exchangeTransitions.toStatus, 'COMPLETED')));
    await evaluate(x1, requester1, 'AFTER', 4, { followUpMonths: 3 });

    // X2: Cambodia's request, a study visit to the Netherlands; under way.
    const x2 = await plan(r2, 'STUDY_VISIT', netherlands, '2024-04-01', [{ officialId: expert2, role: 'HOST' }, { officialId: requester2, role: 'PARTICIPANT' }, { officialId: randomUUID(), role: 'EXPERT' }]);
    await evaluate(x2, null, 'BEFORE', 2);
    await succeed(subgraph, 'startExchange', { exchangeId: x2 }, staff);
    await succeed(subgraph, 'recordOutcome', { exchangeId: x2, kind: 'CONNECTION', description: 'Twinning', sdgTargets: ['17.16', '6.2'] }, staff);

    // X3: cancelled after its baseline: counted nowhere.
    const x3 = await plan(r3, 'ROUNDTABLE', ghana, '2024-05-06', [{ officialId: requester3, role: 'HOST' }, { officialId: expert3, role: 'EXPERT' }]);
    await evaluate(x3, requester3, 'BEFORE', 1);
    await succeed(subgraph, 'cancelExchange', { exchangeId: x3, reason: 'No venue' }, staff);

    // X4: for a request this service never heard of, hosted in the Netherlands; planned.
    await plan(unknownRequest, 'WORK_PLACEMENT', netherlands, '2025-06-02', [{ officialId: randomUUID(), role: 'HOST' }, { officialId: expert4, role: 'EXPERT' }]);
  });
  afterAll(() => subgraph?.dispose());

  it('counts what the exchanges achieved, leaving the cancelled one out', async () => {
    expect(await impactOf(subgraph, {}, staff)).toEqual({
      requestsByStatus: counted([['DRAFT', 1], ['SUBMITTED', 1], ['MATCHED', 3]], 'status'),
      exchangesByFormat: counted([['EXPERT_ASSIGNMENT', 1], ['WORK_PLACEMENT', 1], ['STUDY_VISIT', 1]], 'format'),
      // X2 counts for Cambodia, which asked; X4, whose request is unknown, for its host.
      exchangesByCountry: counted([['GH', 1], ['KH', 1], ['NL', 1]], 'countryCode'),
      outcomesByKind: counted([['CONCRETE_SOLUTION', 1], ['NEW_IDEA', 1], ['CONNECTION', 1]], 'kind'),
      outcomesBySdgTarget: counted([['6.2', 2], ['6.10', 1], ['6.a', 1], ['11.6', 1], ['17.16', 1]], 'target'),
      averageRatings: [
        { phase: 'BEFORE', respondentRole: 'REQUESTER', average: 3, count: 1 },
        { phase: 'BEFORE', respondentRole: 'PEER', average: 5, count: 1 },
        { phase: 'BEFORE', respondentRole: 'ASSOCIATION', average: 2, count: 1 },
        { phase: 'DURING', respondentRole: 'REQUESTER', average: 4, count: 1 },
        { phase: 'AFTER', respondentRole: 'REQUESTER', average: 4.5, count: 2 },
      ],
      // 10, 20 and 40 days.
      medianDaysSubmissionToValidation: 20,
      // X1 started 10 days after validation, X2 30 days: X3 never started, X4's request is unknown.
      medianDaysValidationToExchangeStart: 20,
    });
  });

  it('follows the filter into every figure', async () => {
    const ghanaOnly = await impactOf(subgraph, { countryCode: 'GH' });
    expect(ghanaOnly).toMatchObject({
      requestsByStatus: counted([['MATCHED', 2]], 'status'),
      exchangesByCountry: counted([['GH', 1]], 'countryCode'),
      outcomesByKind: counted([['CONCRETE_SOLUTION', 1], ['NEW_IDEA', 1]], 'kind'),
      medianDaysSubmissionToValidation: 25,
      medianDaysValidationToExchangeStart: 10,
    });
    expect(ghanaOnly.averageRatings).not.toContainEqual(expect.objectContaining({ respondentRole: 'ASSOCIATION' }));

    const sanitation = await impactOf(subgraph, { topic: 'Sanitation' });
    expect(sanitation).toMatchObject({
      requestsByStatus: counted([['SUBMITTED', 1], ['MATCHED', 1]], 'status'),
      exchangesByFormat: counted([['EXPERT_ASSIGNMENT', 1]], 'format'),
      medianDaysSubmissionToValidation: 10,
    });

    const visits = await impactOf(subgraph, { format: 'STUDY_VISIT' });
    expect(visits).toMatchObject({
      exchangesByCountry: counted([['KH', 1]], 'countryCode'),
      outcomesBySdgTarget: counted([['6.2', 1], ['17.16', 1]], 'target'),
      averageRatings: [{ phase: 'BEFORE', respondentRole: 'ASSOCIATION', average: 2, count: 1 }],
      medianDaysValidationToExchangeStart: 30,
    });

    const spring2024 = await impactOf(subgraph, { from: '2024-03-01', to: '2024-05-31' });
    expect(spring2024).toMatchObject({
      requestsByStatus: counted([['SUBMITTED', 1]], 'status'),
      exchangesByFormat: counted([['EXPERT_ASSIGNMENT', 1], ['STUDY_VISIT', 1]], 'format'),
      medianDaysSubmissionToValidation: null,
    });
    expect((await impactOf(subgraph, { from: '2025-01-01', to: '2025-01-31' })).requestsByStatus).toEqual(counted([['DRAFT', 1]], 'status'));
    expect((await impactOf(subgraph, { from: '2025-06-01' })).exchangesByCountry).toEqual(counted([['NL', 1]], 'countryCode'));
  });
});
