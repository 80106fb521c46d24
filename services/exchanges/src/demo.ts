// The exchanges of the demo story: the Agona West sanitation exchange of spring 2017,
// which produced a joint sanitation management plan, and the Villa de Leyva study
// visit to Ronda, under way now. Ids of other services' entities come from `demo`.
import { count } from 'drizzle-orm';
import { demo, demoId, EventRecorder, type Database, type Transaction } from '@connect/kit';
import {
  evaluations,
  exchangeAssociations,
  exchangeParticipants,
  exchanges,
  exchangeTransitions,
  outcomes,
  serviceTableSet,
  type EvaluationRow,
  type ExchangeStatus,
} from './db/tables.ts';
import { nextStatus } from './lifecycle.ts';
import { exchangeCompleted, type CompletedRequest } from './announcements.ts';
import { ratedPeers } from './access.ts';

const x = demo.exchanges;
const o = demo.officials;
const a = demo.associations;
const m = demo.municipalities;

type Step = { to: ExchangeStatus; at: string; reason?: string };

/** The recorded history of an exchange, every step checked against the lifecycle. */
function history(exchangeId: string, key: string, planned: string, steps: Step[]) {
  let current: ExchangeStatus = 'PLANNED';
  const rows: (typeof exchangeTransitions.$inferInsert)[] = [
    { id: demoId(`exchange-transition:${key}:PLANNED`), exchangeId, fromStatus: null, toStatus: current, at: new Date(planned), actor: 'secretariat', reason: 'Planned from the accepted match' },
  ];
  for (const step of steps) {
    const next = nextStatus(current, step.to);
    // The seed is this service's own data: a refused step is a fault in this file.
    if (!next.ok) throw new Error(`demo history of ${key}: ${next.refusal.message}`);
    rows.push({ id: demoId(`exchange-transition:${key}:${step.to}`), exchangeId, fromStatus: current, toStatus: next.status, at: new Date(step.at), actor: 'secretariat', reason: step.reason ?? null });
    current = next.status;
  }
  return rows;
}

interface EvaluationSeed {
  exchange: keyof typeof x;
  phase: EvaluationRow['phase'];
  followUpMonths?: number;
  author: keyof typeof o;
  as: EvaluationRow['respondentRole'];
  rating: number;
  indicators: Record<string, number>;
  narrative: string;
  at: string;
}

/** An evaluation row with an id derived from what makes it unique in the story. */
function evaluation(e: EvaluationSeed): typeof evaluations.$inferInsert {
  const when = e.phase === 'AFTER' ? `after-${e.followUpMonths}` : e.phase.toLowerCase();
  return {
    id: demoId(`evaluation:${e.exchange}:${when}:${e.author}`),
    exchangeId: x[e.exchange],
    phase: e.phase,
    followUpMonths: e.followUpMonths ?? null,
    authorOfficialId: o[e.author],
    respondentRole: e.as,
    overallRating: e.rating,
    indicators: Object.entries(e.indicators).map(([indicator, score]) => ({ indicator, score })),
    narrative: e.narrative,
    submittedAt: new Date(e.at),
  };
}

export async function seedDemo(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(exchanges);
    if ((existing?.n ?? 0) > 0) return false;

    const seeded = await tx.insert(exchanges).values([
      {
        id: x.agonaWestSanitation,
        title: 'Sanitation management planning in Agona West',
        requestId: demo.requests.agonaWestSanitation,
        matchId: demo.matches.agonaWestPieter,
        format: 'EXPERT_ASSIGNMENT',
        status: 'COMPLETED',
        hostMunicipalityId: m.agonaWest,
        hostCountryCode: 'GH',
        startsOn: '2017-04-03',
        endsOn: '2017-06-30',
        location: 'Agona Swedru, Ghana',
        createdAt: new Date('2017-02-27T09:00:00Z'),
        updatedAt: new Date('2017-06-30T16:00:00Z'),
      },
      {
        id: x.villaDeLeyvaEcotourism,
        title: 'Study visit: community guiding in Ronda',
        requestId: demo.requests.villaDeLeyvaEcotourism,
        matchId: demo.matches.villaDeLeyvaJavier,
        format: 'STUDY_VISIT',
        status: 'IN_PROGRESS',
        hostMunicipalityId: m.ronda,
        hostCountryCode: 'ES',
        startsOn: '2026-11-16',
        endsOn: '2026-12-04',
        location: 'Ronda, Spain',
        createdAt: new Date('2026-10-05T09:00:00Z'),
        updatedAt: new Date('2026-11-16T08:00:00Z'),
      },
    ]).returning();

    const steps = await tx.insert(exchangeTransitions).values([
      ...history(x.agonaWestSanitation, 'agonaWestSanitation', '2017-02-27T09:00:00Z', [
        { to: 'IN_PROGRESS', at: '2017-04-03T08:00:00Z', reason: 'Pieter van Dijk arrived in Agona Swedru' },
        { to: 'COMPLETED', at: '2017-06-30T16:00:00Z', reason: 'The Municipal Assembly adopted the joint sanitation plan' },
      ]),
      ...history(x.villaDeLeyvaEcotourism, 'villaDeLeyvaEcotourism', '2026-10-05T09:00:00Z', [
        { to: 'IN_PROGRESS', at: '2026-11-16T08:00:00Z', reason: 'Andrea Gómez Rojas arrived in Ronda' },
      ]),
    ]).returning();

    const participants = await tx.insert(exchangeParticipants).values([
      { exchangeId: x.agonaWestSanitation, officialId: o.georgeFreeman, role: 'HOST' },
      { exchangeId: x.agonaWestSanitation, officialId: o.pieterVanDijk, role: 'EXPERT' },
      { exchangeId: x.agonaWestSanitation, officialId: o.martaIbanez, role: 'EXPERT' },
      { exchangeId: x.villaDeLeyvaEcotourism, officialId: o.javierMoreno, role: 'HOST' },
      { exchangeId: x.villaDeLeyvaEcotourism, officialId: o.andreaGomez, role: 'PARTICIPANT' },
    ]).returning();

    await tx.insert(exchangeAssociations).values([
      { exchangeId: x.agonaWestSanitation, associationId: a.nalag },
      { exchangeId: x.agonaWestSanitation, associationId: a.vng },
      { exchangeId: x.agonaWestSanitation, associationId: a.femp },
      { exchangeId: x.villaDeLeyvaEcotourism, associationId: a.fcm },
      { exchangeId: x.villaDeLeyvaEcotourism, associationId: a.femp },
    ]);

    const evaluated = await tx.insert(evaluations).values([
      evaluation({ exchange: 'agonaWestSanitation', phase: 'BEFORE', author: 'georgeFreeman', as: 'REQUESTER', rating: 4, at: '2017-03-27T10:00:00Z',
        indicators: { relevance: 5, 'clarity of objectives': 4 },
        narrative: 'Our objective is one sanitation plan that the assembly, the desludging contractors and the communities all own. Today each works on its own.' }),
      evaluation({ exchange: 'agonaWestSanitation', phase: 'BEFORE', author: 'pieterVanDijk', as: 'PEER', rating: 4, at: '2017-03-29T14:00:00Z',
        indicators: { relevance: 4, 'clarity of objectives': 4 },
        narrative: 'Deventer faced the same questions with its sewerage plan. The hard part will be bringing every stakeholder to the table, not the engineering.' }),
      evaluation({ exchange: 'agonaWestSanitation', phase: 'DURING', author: 'georgeFreeman', as: 'REQUESTER', rating: 4, at: '2017-05-15T11:00:00Z',
        indicators: { progress: 4, 'stakeholder involvement': 4 },
        narrative: 'Three stakeholder workshops held and the desludging contractors have joined. The draft plan is taking shape.' }),
      evaluation({ exchange: 'agonaWestSanitation', phase: 'AFTER', followUpMonths: 0, author: 'georgeFreeman', as: 'REQUESTER', rating: 5, at: '2017-07-05T09:00:00Z',
        indicators: { relevance: 5, applicability: 5, 'stakeholder involvement': 5 },
        narrative: 'Thanks to CONNECT we brought many stakeholders together and built a joint plan for sanitation management in Agona West.' }),
      evaluation({ exchange: 'agonaWestSanitation', phase: 'AFTER', followUpMonths: 0, author: 'pieterVanDijk', as: 'PEER', rating: 5, at: '2017-07-07T13:00:00Z',
        indicators: { relevance: 5, applicability: 4, 'stakeholder involvement': 5 },
        narrative: 'The assembly adopted the plan before the exchange ended. I take home ideas on involving citizens that Deventer can use.' }),
      evaluation({ exchange: 'agonaWestSanitation', phase: 'AFTER', followUpMonths: 6, author: 'georgeFreeman', as: 'REQUESTER', rating: 5, at: '2018-01-08T10:00:00Z',
        indicators: { applicability: 5, sustainability: 4 },
        narrative: 'Six months on, public toilets are desludged every week and the plan has its own line in the district budget.' }),
      evaluation({ exchange: 'villaDeLeyvaEcotourism', phase: 'BEFORE', author: 'andreaGomez', as: 'REQUESTER', rating: 4, at: '2026-11-09T15:00:00Z',
        indicators: { relevance: 5, 'clarity of objectives': 4 },
        narrative: 'We want to see how Ronda trains local guides and shares visitor income with the neighbourhoods of the historic centre.' }),
      evaluation({ exchange: 'villaDeLeyvaEcotourism', phase: 'BEFORE', author: 'javierMoreno', as: 'PEER', rating: 4, at: '2026-11-10T10:00:00Z',
        indicators: { relevance: 4, 'clarity of objectives': 4 },
        narrative: 'Villa de Leyva and Ronda share a protected historic centre and a tourism season; our guiding cooperative is the thing to see.' }),
      evaluation({ exchange: 'villaDeLeyvaEcotourism', phase: 'DURING', author: 'andreaGomez', as: 'REQUESTER', rating: 5, at: '2026-11-25T17:00:00Z',
        indicators: { progress: 5, 'stakeholder involvement': 5 },
        narrative: 'A week with the guiding cooperative and the heritage office: we already have a draft for a guide training course at home.' }),
    ]).returning();

    await tx.insert(outcomes).values([
      {
        id: demoId('outcome:agonaWestSanitation:desludging-schedule'),
        exchangeId: x.agonaWestSanitation,
        kind: 'CONCRETE_SOLUTION',
        description: 'Weekly desludging schedule for public toilets',
        sdgTargets: ['6.2'],
        recordedAt: new Date('2017-05-22T12:00:00Z'),
      },
      {
        id: demoId('outcome:agonaWestSanitation:sanitation-plan'),
        exchangeId: x.agonaWestSanitation,
        kind: 'PLAN_ADOPTED',
        description: 'Joint sanitation management plan for Agona West, adopted by the Municipal Assembly',
        sdgTargets: ['6.2', '6.3', '11.6'],
        recordedAt: new Date('2017-06-28T12:00:00Z'),
      },
      {
        id: demoId('outcome:agonaWestSanitation:environmental-health-teams'),
        exchangeId: x.agonaWestSanitation,
        kind: 'CONNECTION',
        description: 'Working relationship between the environmental health teams of Agona West and Deventer',
        sdgTargets: ['17.16'],
        recordedAt: new Date('2017-06-30T15:00:00Z'),
      },
    ]);
    await announce(tx, seeded, participants, steps, evaluated);
    return true;
  });
}

/**
 * What the story's exchanges knew of their requests and matches when they ran. On the
 * platform these arrive by event from the requests and matching seeds, but only after
 * every seed has run, so the seed's own events name them from the story.
 */
const storyRequests: Record<string, CompletedRequest> = {
  [x.agonaWestSanitation]: { municipalityId: m.agonaWest, topics: ['sanitation', 'solid-waste', 'public-health'], peerMunicipalityIds: [m.deventer, m.vitoriaGasteiz] },
  [x.villaDeLeyvaEcotourism]: { municipalityId: m.villaDeLeyva, topics: ['ecotourism', 'cultural-heritage'], peerMunicipalityIds: [m.ronda] },
};
const matchOfficials: Record<string, string> = {
  [x.agonaWestSanitation]: o.pieterVanDijk,
  [x.villaDeLeyvaEcotourism]: o.javierMoreno,
};

/**
 * The events the story's starts, completions and evaluations recorded, as startExchange,
 * completeExchange and recordEvaluation record them: the directory learns who shares an
 * exchange from them, matching the peers' engagements and ratings, knowledge the lesson
 * to document.
 */
async function announce(
  tx: Transaction,
  seeded: (typeof exchanges.$inferSelect)[],
  participants: (typeof exchangeParticipants.$inferSelect)[],
  steps: (typeof exchangeTransitions.$inferSelect)[],
  evaluated: EvaluationRow[],
): Promise<void> {
  const events = new EventRecorder(tx, serviceTableSet);
  for (const step of steps) {
    const exchange = seeded.find((e) => e.id === step.exchangeId)!;
    const participantOfficialIds = participants.filter((p) => p.exchangeId === exchange.id).map((p) => p.officialId);
    const at = step.at.toISOString();
    if (step.toStatus === 'IN_PROGRESS') {
      await events.record('ExchangeStarted', { exchangeId: exchange.id, requestId: exchange.requestId, participantOfficialIds, at });
    }
    if (step.toStatus === 'COMPLETED') {
      await events.record('ExchangeCompleted', await exchangeCompleted(tx, exchange, participantOfficialIds, at, storyRequests[exchange.id]));
    }
  }
  for (const evaluation of evaluated) {
    const exchangeId = evaluation.exchangeId;
    const parties = { participants: participants.filter((p) => p.exchangeId === exchangeId), matchOfficialId: matchOfficials[exchangeId] ?? null };
    await events.record('EvaluationRecorded', {
      evaluationId: evaluation.id,
      exchangeId,
      phase: evaluation.phase,
      respondentRole: evaluation.respondentRole,
      overallRating: evaluation.overallRating,
      authorOfficialId: evaluation.authorOfficialId,
      ratedOfficialIds: evaluation.respondentRole === 'REQUESTER' ? ratedPeers(parties) : [],
      associationId: evaluation.authorAssociationId,
    });
  }
}
