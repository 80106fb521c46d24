import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@connect/kit/testing';
import { loadPlatformConfig, type Viewer } from '@connect/kit';
import type { Context } from '../src/server.ts';
import { o, official, recordedEvents, refusedWithoutWriting, run, staff, startDemoExchanges, succeed, x } from './support.ts';

// Corrections by the author within CORRECTION_WINDOW_DAYS, with the values before kept:
// on the demo story, where the Villa de Leyva study visit is under way and Agona West's
// evaluations date from 2017.
let subgraph: TestSubgraph<Context>;

const javier = official(o.javierMoreno);
const andrea = official(o.andreaGomez);
const george = official(o.georgeFreeman);

beforeAll(async () => {
  subgraph = await startDemoExchanges();
});
afterAll(() => subgraph?.dispose());

async function duringPeerAverage(): Promise<unknown> {
  const result = await subgraph.execute<any>({ query: `{ impact { averageRatings { phase respondentRole average count } } }` }, staff);
  return result.data!.impact.averageRatings.find((r: { phase: string; respondentRole: string }) => r.phase === 'DURING' && r.respondentRole === 'PEER');
}

describe('the correction window', () => {
  it('is CORRECTION_WINDOW_DAYS, 14 days unless configured', () => {
    expect(loadPlatformConfig({}).correctionWindowDays).toBe(14);
    expect(loadPlatformConfig({ CORRECTION_WINDOW_DAYS: '30' }).correctionWindowDays).toBe(30);
    expect(() => loadPlatformConfig({ CORRECTION_WINDOW_DAYS: 'a fortnight' })).toThrow(/CORRECTION_WINDOW_DAYS/);
  });
});

describe('correcting an evaluation', () => {
  let evaluationId: string;

  it('replaces the values by its author’s, keeps the ones before, and tells matching', async () => {
    const recorded = await succeed(subgraph, 'recordEvaluation', { exchangeId: x.villaDeLeyvaEcotourism, phase: 'DURING', overallRating: 3, narrative: 'Slow start.', indicators: [{ indicator: 'progress', score: 3 }] }, javier);
    evaluationId = recorded.evaluation!.id;
    expect(await duringPeerAverage()).toMatchObject({ average: 3, count: 1 });

    const corrected = await succeed(
      subgraph,
      'correctEvaluation',
      { evaluationId, overallRating: 5, narrative: 'A good start.', indicators: [{ indicator: 'progress', score: 5 }], reason: 'I mixed up two visits' },
      javier,
    );
    expect(corrected.evaluation).toEqual({
      id: evaluationId,
      overallRating: 5,
      narrative: 'A good start.',
      indicators: [{ indicator: 'progress', score: 5 }],
      corrections: [{ reason: 'I mixed up two visits', previousOverallRating: 3, previousNarrative: 'Slow start.', previousIndicators: [{ indicator: 'progress', score: 3 }] }],
    });
    // Impact counts the corrected rating, once.
    expect(await duringPeerAverage()).toMatchObject({ average: 5, count: 1 });
    expect((await recordedEvents(subgraph, 'EvaluationCorrected')).at(-1)).toEqual({
      evaluationId,
      exchangeId: x.villaDeLeyvaEcotourism,
      phase: 'DURING',
      respondentRole: 'PEER',
      overallRating: 5,
      authorOfficialId: o.javierMoreno,
      ratedOfficialIds: [],
      associationId: null,
      correctedAt: expect.any(String),
    });
  });

  it('is for the author alone', async () => {
    for (const viewer of [andrea, staff] as Viewer[]) {
      const { payload, errors } = await run(subgraph, 'correctEvaluation', { evaluationId, overallRating: 1 }, viewer);
      expect(payload).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses once the window has closed, naming when, and bad input, writing nothing', async () => {
    const agona = await subgraph.execute<any>({ query: `{ exchange(id: "${x.agonaWestSanitation}") { evaluations { id author { id } phase } } }` }, staff);
    const old = agona.data!.exchange.evaluations.find((e: { author: { id: string }; phase: string }) => e.author.id === o.georgeFreeman && e.phase === 'BEFORE');
    const closed = await refusedWithoutWriting(subgraph, 'correctEvaluation', { evaluationId: old.id, overallRating: 5 }, george);
    expect(closed).toEqual([
      {
        code: 'CORRECTION_WINDOW_CLOSED',
        message: 'An evaluation may be corrected for 14 days after it was recorded (2017-03-27T10:00:00.000Z); the window closed at 2017-04-10T10:00:00.000Z',
        field: 'evaluationId',
      },
    ]);
    const bad = await refusedWithoutWriting(subgraph, 'correctEvaluation', { evaluationId, overallRating: 9, narrative: 'x'.repeat(4001) }, javier);
    expect(bad.map((e) => e.field)).toEqual(['overallRating', 'narrative']);
    expect((await refusedWithoutWriting(subgraph, 'correctEvaluation', { evaluationId: 'first', overallRating: 4 }, javier))[0]!.code).toBe('INVALID_INPUT');
  });
});

describe('correcting an outcome', () => {
  it('replaces the values by whoever recorded it, keeping the ones before; anyone else is refused', async () => {
    const recorded = await succeed(subgraph, 'recordOutcome', { exchangeId: x.villaDeLeyvaEcotourism, kind: 'NEW_IDEA', description: 'Guide course', sdgTargets: ['8.9'] }, andrea);
    const outcomeId = recorded.outcome!.id;
    for (const viewer of [javier, staff] as Viewer[]) {
      const { errors } = await run(subgraph, 'correctOutcome', { outcomeId, kind: 'PLAN_ADOPTED', description: 'x' }, viewer);
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const corrected = await succeed(
      subgraph,
      'correctOutcome',
      { outcomeId, kind: 'PLAN_ADOPTED', description: 'Guide training course adopted by the town council', sdgTargets: ['8.9', '11.4'], reason: 'The council adopted it' },
      andrea,
    );
    expect(corrected.outcome).toEqual({
      id: outcomeId,
      kind: 'PLAN_ADOPTED',
      description: 'Guide training course adopted by the town council',
      sdgTargets: ['8.9', '11.4'],
      corrections: [{ reason: 'The council adopted it', previousKind: 'NEW_IDEA', previousDescription: 'Guide course', previousSdgTargets: ['8.9'] }],
    });
    const byKind = await subgraph.execute<any>({ query: `{ impact { outcomesByKind { kind count } } }` }, staff);
    expect(byKind.data!.impact.outcomesByKind).toContainEqual({ kind: 'PLAN_ADOPTED', count: 2 });
    expect(byKind.data!.impact.outcomesByKind).not.toContainEqual(expect.objectContaining({ kind: 'NEW_IDEA' }));
  });

  it('refuses outcomes recorded before their recorder was kept', async () => {
    const agona = await subgraph.execute<any>({ query: `{ exchange(id: "${x.agonaWestSanitation}") { outcomes { id } } }` }, staff);
    const { errors } = await run(subgraph, 'correctOutcome', { outcomeId: agona.data!.exchange.outcomes[0].id, kind: 'NEW_IDEA', description: 'x' }, staff);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
