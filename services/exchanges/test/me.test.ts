import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@connect/kit/testing';
import { meId, type Viewer } from '@connect/kit';
import type { Context } from '../src/server.ts';
import { a, association, o, official, staff, startDemoExchanges, succeed, x } from './support.ts';

// Me.evaluationsDue, as the gateway asks for it: an _entities reference to the viewer's
// own Me. On the demo story: Agona West completed on 2017-06-30 (its follow-ups are all
// open), the Villa de Leyva study visit is under way.
let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startDemoExchanges();
});
afterAll(() => subgraph?.dispose());

type Due = { exchange: { id: string }; phase: string; followUpMonths: number | null; respondentRole: string | null; dueOn: string };

async function due(viewer: Viewer, id: string | null = meId(viewer)): Promise<Due[] | null> {
  const result = await subgraph.execute<{ _entities: ({ evaluationsDue: Due[] } | null)[] }>(
    {
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Me { evaluationsDue { exchange { id } phase followUpMonths respondentRole dueOn } } } }`,
      variables: { reps: [{ __typename: 'Me', id }] },
    },
    viewer,
  );
  expect(result.errors).toBeUndefined();
  return result.data!._entities[0]?.evaluationsDue ?? null;
}

const agona = (months: number, respondentRole: string, dueOn: string): Due => ({
  exchange: { id: x.agonaWestSanitation },
  phase: 'AFTER',
  followUpMonths: months,
  respondentRole,
  dueOn,
});

describe('the evaluations due of the viewer', () => {
  it('lists the follow-ups an official has not given, once they opened, with their side', async () => {
    // Pieter van Dijk gave the baseline and the evaluation at the end.
    expect(await due(official(o.pieterVanDijk))).toEqual([agona(3, 'PEER', '2017-09-30'), agona(6, 'PEER', '2017-12-30'), agona(12, 'PEER', '2018-06-30')]);
    // George Freeman gave the end and the six months; he speaks for the requester.
    expect(await due(official(o.georgeFreeman))).toEqual([agona(3, 'REQUESTER', '2017-09-30'), agona(12, 'REQUESTER', '2018-06-30')]);
  });

  it('drops an evaluation once given', async () => {
    const george = official(o.georgeFreeman);
    await succeed(subgraph, 'recordEvaluation', { exchangeId: x.agonaWestSanitation, phase: 'AFTER', followUpMonths: 3, overallRating: 5 }, george);
    expect(await due(george)).toEqual([agona(12, 'REQUESTER', '2018-06-30')]);
  });

  it('lists for an association the phase its exchanges take now and every follow-up of those completed', async () => {
    const fcm = await due(association(a.fcm));
    expect(fcm).toEqual([{ exchange: { id: x.villaDeLeyvaEcotourism }, phase: 'DURING', followUpMonths: null, respondentRole: 'ASSOCIATION', dueOn: '2026-12-04' }]);
    const femp = await due(association(a.femp));
    expect(femp!.map((d) => [d.exchange.id, d.phase, d.followUpMonths])).toEqual([
      [x.agonaWestSanitation, 'AFTER', 0],
      [x.agonaWestSanitation, 'AFTER', 3],
      [x.agonaWestSanitation, 'AFTER', 6],
      [x.agonaWestSanitation, 'AFTER', 12],
      [x.villaDeLeyvaEcotourism, 'DURING', null],
    ]);
  });

  it('answers only the viewer’s own Me: anyone else’s is nobody, and staff have none due', async () => {
    expect(await due(official(o.georgeFreeman), meId(official(o.pieterVanDijk)))).toBeNull();
    expect(await due(staff, meId(official(o.pieterVanDijk)))).toBeNull();
    expect(await due(staff)).toEqual([]);
    expect(await due({ role: 'ANONYMOUS' }, 'ANONYMOUS')).toBeNull();
  });
});
