import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@connect/kit/testing';
import type { Context } from '../src/server.ts';
import type { Viewer } from '@connect/kit';
import { a, association, battambangPlan, inventory, o, official, recordedEvents, refusedWithoutWriting, staff, succeed, x, type MutationName, startDemoExchanges } from './support.ts';

// Evaluations before, during and after, from each side, and outcomes, on the demo story:
// Agona West is COMPLETED, the Villa de Leyva study visit IN_PROGRESS, and Battambang's
// exchange is planned here (PLANNED).
let subgraph: TestSubgraph<Context>;
let battambang: string;

beforeAll(async () => {
  subgraph = await startDemoExchanges();
  battambang = (await succeed(subgraph, 'planExchange', battambangPlan(), staff)).exchange!.id;
});
afterAll(() => subgraph?.dispose());

const refused = (name: MutationName, input: Record<string, unknown>, viewer: Viewer) => refusedWithoutWriting(subgraph, name, input, viewer);

const george = official(o.georgeFreeman);
const pieter = official(o.pieterVanDijk);
const andrea = official(o.andreaGomez);

describe('recording an evaluation', () => {
  it('takes each phase only while the exchange stands where that phase belongs', async () => {
    const cases: [string, string, Viewer, string][] = [
      [battambang, 'DURING', official(o.sokhaChan), 'A DURING evaluation cannot be recorded for an exchange in status PLANNED: it takes BEFORE evaluations now.'],
      [x.villaDeLeyvaEcotourism, 'BEFORE', andrea, 'A BEFORE evaluation cannot be recorded for an exchange in status IN_PROGRESS: it takes DURING evaluations now.'],
      [x.villaDeLeyvaEcotourism, 'AFTER', andrea, 'An AFTER evaluation cannot be recorded for an exchange in status IN_PROGRESS: it takes DURING evaluations now.'],
      [x.agonaWestSanitation, 'DURING', george, 'A DURING evaluation cannot be recorded for an exchange in status COMPLETED: it takes AFTER evaluations now.'],
    ];
    for (const [exchangeId, phase, viewer, message] of cases) {
      const input = { exchangeId, phase, overallRating: 4, respondentRole: 'REQUESTER', followUpMonths: phase === 'AFTER' ? 0 : null };
      expect(await refused('recordEvaluation', input, viewer)).toEqual([{ code: 'PHASE_NOT_OPEN', message, field: 'phase' }]);
    }
  });

  it('refuses ratings, indicators, narratives and follow-ups out of bounds, all at once', async () => {
    const errors = await refused(
      'recordEvaluation',
      {
        exchangeId: x.agonaWestSanitation,
        phase: 'AFTER',
        followUpMonths: 9,
        overallRating: 6,
        indicators: [{ indicator: 'relevance', score: 0 }, { indicator: ' Relevance ', score: 3 }, { indicator: ' ', score: 3 }],
        narrative: 'x'.repeat(4001),
      },
      george,
    );
    expect(errors.map((e) => [e.field, e.message])).toEqual([
      ['overallRating', 'overallRating must be a whole number from 1 to 5, got 6'],
      ['indicators', 'indicators must be a whole number from 1 to 5, got 0'],
      ['indicators', 'indicators scores "Relevance" twice'],
      ['indicators', 'indicators is required and cannot be blank'],
      ['narrative', 'narrative is at most 4000 characters, got 4001'],
      ['followUpMonths', 'followUpMonths must be 0, 3, 6 or 12, got 9'],
    ]);
    expect((await refused('recordEvaluation', { exchangeId: x.agonaWestSanitation, phase: 'AFTER', overallRating: 5 }, george))[0]!.message).toBe(
      'an AFTER evaluation says followUpMonths: 0 at the end, or 3, 6 or 12',
    );
    expect((await refused('recordEvaluation', { exchangeId: battambang, phase: 'BEFORE', overallRating: 5, followUpMonths: 0 }, official(o.sokhaChan)))[0]).toEqual({
      code: 'INVALID_INPUT',
      message: 'followUpMonths belongs to AFTER evaluations only',
      field: 'followUpMonths',
    });
  });

  it('records one evaluation per author, phase and follow-up', async () => {
    // George Freeman wrote the AFTER evaluations at 0 and 6 months; 3 and 12 are still open.
    const duplicate = await refused('recordEvaluation', { exchangeId: x.agonaWestSanitation, phase: 'AFTER', followUpMonths: 6, overallRating: 5 }, george);
    expect(duplicate).toEqual([{ code: 'EVALUATION_ALREADY_RECORDED', message: 'You already evaluated this exchange at phase AFTER, 6 months after', field: 'phase' }]);
    const twelve = await succeed(
      subgraph,
      'recordEvaluation',
      {
        exchangeId: x.agonaWestSanitation,
        phase: 'AFTER',
        followUpMonths: 12,
        overallRating: 5,
        indicators: [{ indicator: ' sustainability ', score: 5 }],
        narrative: 'A year on, the plan has its own budget line and the desludging schedule holds.',
      },
      george,
    );
    expect(twelve.evaluation).toEqual({
      id: expect.any(String),
      phase: 'AFTER',
      followUpMonths: 12,
      // The host works in Agona West, the municipality that asked: the requester's side.
      respondentRole: 'REQUESTER',
      overallRating: 5,
      narrative: 'A year on, the plan has its own budget line and the desludging schedule holds.',
      indicators: [{ indicator: 'sustainability', score: 5 }],
      author: { id: o.georgeFreeman },
      authorAssociation: null,
    });
    expect((await recordedEvents(subgraph, 'EvaluationRecorded')).at(-1)).toEqual({
      evaluationId: twelve.evaluation!.id,
      exchangeId: x.agonaWestSanitation,
      phase: 'AFTER',
      respondentRole: 'REQUESTER',
      overallRating: 5,
      authorOfficialId: o.georgeFreeman,
      // The requester rates the peers: the match's official and the experts.
      ratedOfficialIds: [o.pieterVanDijk, o.martaIbanez],
      associationId: null,
    });
  });

  it('lets each side speak only for itself', async () => {
    const base = { exchangeId: x.agonaWestSanitation, phase: 'AFTER', followUpMonths: 3, overallRating: 4 };
    expect(await refused('recordEvaluation', { ...base, respondentRole: 'REQUESTER' }, pieter)).toEqual([
      { code: 'INVALID_INPUT', message: 'You take part in this exchange on the PEER side, so you answer as PEER', field: 'respondentRole' },
    ]);
    expect(await refused('recordEvaluation', { ...base, respondentRole: 'ASSOCIATION' }, pieter)).toEqual([
      { code: 'INVALID_INPUT', message: 'An official answers as REQUESTER or PEER', field: 'respondentRole' },
    ]);
    expect(await refused('recordEvaluation', { ...base, respondentRole: 'PEER' }, association(a.nalag))).toEqual([
      { code: 'INVALID_INPUT', message: 'An association answers as ASSOCIATION', field: 'respondentRole' },
    ]);
    // Andrea Gómez takes part in the study visit as PARTICIPANT: her role does not say her side.
    const visit = { exchangeId: x.villaDeLeyvaEcotourism, phase: 'DURING', overallRating: 4 };
    expect(await refused('recordEvaluation', visit, andrea)).toEqual([
      { code: 'INVALID_INPUT', message: 'Say whether you answer as REQUESTER or PEER: your role does not tell', field: 'respondentRole' },
    ]);

    const peer = await succeed(subgraph, 'recordEvaluation', base, pieter);
    expect(peer.evaluation).toMatchObject({ respondentRole: 'PEER', followUpMonths: 3, author: { id: o.pieterVanDijk } });
    expect((await recordedEvents(subgraph, 'EvaluationRecorded')).at(-1)).toMatchObject({ respondentRole: 'PEER', ratedOfficialIds: [] });

    // Javier Moreno hosts the visit in Ronda, not in Villa de Leyva which asked: a peer.
    expect(await refused('recordEvaluation', { ...visit, respondentRole: 'REQUESTER' }, official(o.javierMoreno))).toEqual([
      { code: 'INVALID_INPUT', message: 'You take part in this exchange on the PEER side, so you answer as PEER', field: 'respondentRole' },
    ]);
  });

  it('records an association’s evaluation in its own name', async () => {
    const fcm = await succeed(subgraph, 'recordEvaluation', { exchangeId: x.villaDeLeyvaEcotourism, phase: 'DURING', overallRating: 5, narrative: 'Our members follow the visit closely.' }, association(a.fcm));
    expect(fcm.evaluation).toMatchObject({ respondentRole: 'ASSOCIATION', author: null, authorAssociation: { id: a.fcm } });
    expect((await recordedEvents(subgraph, 'EvaluationRecorded')).at(-1)).toEqual({
      evaluationId: fcm.evaluation!.id,
      exchangeId: x.villaDeLeyvaEcotourism,
      phase: 'DURING',
      respondentRole: 'ASSOCIATION',
      overallRating: 5,
      authorOfficialId: null,
      ratedOfficialIds: [],
      associationId: a.fcm,
    });
    // The association speaks once per phase, whoever of its staff writes.
    expect((await refused('recordEvaluation', { exchangeId: x.villaDeLeyvaEcotourism, phase: 'DURING', overallRating: 3 }, association(a.fcm)))[0]!.code).toBe(
      'EVALUATION_ALREADY_RECORDED',
    );
  });

  it('returns the first evaluation for a reused idempotency key, and refuses the key for another input', async () => {
    const input = { exchangeId: battambang, phase: 'BEFORE', overallRating: 4, narrative: 'Objectives: a plan the city can enforce.', idempotencyKey: 'sokha-before' };
    const sokha = official(o.sokhaChan);
    const first = await succeed(subgraph, 'recordEvaluation', input, sokha);
    const after = await inventory(subgraph);
    const again = await succeed(subgraph, 'recordEvaluation', input, sokha);
    expect(again.evaluation!.id).toBe(first.evaluation!.id);
    expect(await inventory(subgraph)).toEqual(after);
    expect((await refused('recordEvaluation', { ...input, overallRating: 2 }, sokha))[0]!.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // Sokha Chan hosts in Battambang, which asked: the requester rates Anouk Jansen.
    expect((await recordedEvents(subgraph, 'EvaluationRecorded')).at(-1)).toMatchObject({ respondentRole: 'REQUESTER', ratedOfficialIds: [o.anoukJansen] });
  });

  it('answers a malformed or unknown exchange id in the payload', async () => {
    expect(await refused('recordEvaluation', { exchangeId: 'ronda', phase: 'DURING', overallRating: 4 }, andrea)).toEqual([
      { code: 'INVALID_INPUT', message: 'exchangeId must be a UUID, got "ronda"', field: 'exchangeId' },
    ]);
    const unknownId = '00000000-0000-4000-8000-000000000000';
    expect((await refused('recordEvaluation', { exchangeId: unknownId, phase: 'DURING', overallRating: 4 }, andrea))[0]!.code).toBe('NOT_FOUND');
  });
});

describe('recording an outcome', () => {
  it('records outcomes only while the exchange runs or after it completed', async () => {
    const input = { exchangeId: battambang, kind: 'NEW_IDEA', description: 'Floodplain zoning', sdgTargets: ['11.3'] };
    expect(await refused('recordOutcome', input, staff)).toEqual([
      { code: 'STATUS_NOT_ALLOWED', message: 'Outcomes are recorded for an exchange IN_PROGRESS or COMPLETED; this one is PLANNED', field: 'exchangeId' },
    ]);
  });

  it('refuses descriptions and SDG targets that are not', async () => {
    const errors = await refused(
      'recordOutcome',
      { exchangeId: x.agonaWestSanitation, kind: 'NEW_IDEA', description: ' ', sdgTargets: ['6.2', '18.1', '6', '06.2', '6.2.1', 'six'] },
      staff,
    );
    expect(errors).toEqual([
      { code: 'INVALID_INPUT', message: 'description is required and cannot be blank', field: 'description' },
      { code: 'INVALID_INPUT', message: 'sdgTargets are SDG targets such as 6.2, 17.16 or 6.a (goal 1 to 17); not 18.1, 6, 06.2, 6.2.1, six', field: 'sdgTargets' },
    ]);
  });

  it('records what the study visit and the Agona West exchange achieved, by a participant or staff', async () => {
    const idea = await succeed(
      subgraph,
      'recordOutcome',
      { exchangeId: x.villaDeLeyvaEcotourism, kind: 'NEW_IDEA', description: ' A training course for community guides ', sdgTargets: ['8.9', '11.4', '8.9'], idempotencyKey: 'guides' },
      official(o.javierMoreno),
    );
    expect(idea.outcome).toEqual({ id: expect.any(String), kind: 'NEW_IDEA', description: 'A training course for community guides', sdgTargets: ['8.9', '11.4'] });
    const after = await inventory(subgraph);
    const again = await succeed(
      subgraph,
      'recordOutcome',
      { exchangeId: x.villaDeLeyvaEcotourism, kind: 'NEW_IDEA', description: ' A training course for community guides ', sdgTargets: ['8.9', '11.4', '8.9'], idempotencyKey: 'guides' },
      official(o.javierMoreno),
    );
    expect(again.outcome!.id).toBe(idea.outcome!.id);
    expect(await inventory(subgraph)).toEqual(after);

    const budget = await succeed(
      subgraph,
      'recordOutcome',
      { exchangeId: x.agonaWestSanitation, kind: 'CONCRETE_SOLUTION', description: 'A budget line for sanitation', sdgTargets: ['6.b'] },
      staff,
    );
    expect(budget.outcome!.sdgTargets).toEqual(['6.b']);
    const result = await subgraph.execute<{ exchange: { outcomes: { description: string }[] } }>({
      query: `query($id: ID!) { exchange(id: $id) { outcomes { description } } }`,
      variables: { id: x.agonaWestSanitation },
    });
    expect(result.data!.exchange.outcomes.at(-1)).toEqual({ description: 'A budget line for sanitation' });
    // Outcomes tell no other service: the catalogue has no event for them.
    expect(await recordedEvents(subgraph)).not.toContainEqual(expect.objectContaining({ description: 'A budget line for sanitation' }));
  });

  it('takes no outcome for a cancelled exchange', async () => {
    await succeed(subgraph, 'cancelExchange', { exchangeId: battambang, reason: 'The council postponed the plan' }, staff);
    expect((await refused('recordOutcome', { exchangeId: battambang, kind: 'NEW_IDEA', description: 'None' }, staff))[0]!.message).toBe(
      'Outcomes are recorded for an exchange IN_PROGRESS or COMPLETED; this one is CANCELLED',
    );
    expect((await refused('recordEvaluation', { exchangeId: battambang, phase: 'BEFORE', overallRating: 3 }, official(o.sokhaChan)))[0]!.message).toBe(
      'A BEFORE evaluation cannot be recorded for an exchange in status CANCELLED: it takes no evaluation.',
    );
  });
});
