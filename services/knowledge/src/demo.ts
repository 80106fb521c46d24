// The knowledge side of the demo story: the best practice documented from the Agona
// West sanitation exchange of 2017 and shared with donors in Brussels, and a draft
// being written from the Villa de Leyva study visit in Ronda, each with the history of
// its review. Other services' facts (the completed Agona West exchange as a lesson to
// document, association membership, where officials work) arrive as in use, from the
// events the exchanges and municipalities seeds record. The topic
// taxonomy is not demo data: a migration inserts it, so it is there with or without the seed.
import { count } from 'drizzle-orm';
import { actorOf, demo, demoId, type Database } from '@connect/kit';
import {
  bestPracticeHistory,
  bestPracticeMunicipalities,
  bestPractices,
  bestPracticeTopics,
  knowledgeEventPractices,
  knowledgeEventHistory,
  knowledgeEvents,
  type BestPracticeStatus,
} from './db/tables.ts';

const p = demo.bestPractices;
const m = demo.municipalities;
const a = demo.associations;
const nalag = actorOf({ role: 'ASSOCIATION', associationId: a.nalag });
const secretariat = actorOf({ role: 'STAFF' });

type ReviewStep = [from: BestPracticeStatus | null, to: BestPracticeStatus, at: string, actor: string, reason?: string];

/** History rows of a demo practice, with stable ids. */
function reviewHistory(practice: keyof typeof p, steps: ReviewStep[]) {
  return steps.map(([fromStatus, toStatus, at, actor, reason], n) => ({
    id: demoId(`best-practice-transition:${practice}:${n + 1}`),
    bestPracticeId: p[practice],
    fromStatus,
    toStatus,
    at: new Date(at),
    actor,
    reason: reason ?? null,
  }));
}

const agonaWestSanitationPlanBody = [
  'Context. Agona Swedru, the capital of Agona West, had grown faster than its sanitation services. Public toilets were emptied when they overflowed, refuse blocked the open drains, and the work was spread over the Municipal Assembly, private desludging operators, market associations and the health directorate, with no plan they shared.',
  "Approach. Through CONNECT, Pieter van Dijk (Deventer) and Marta Ibáñez Ruiz (Vitoria-Gasteiz) joined George Freeman's environmental health team on an expert assignment from April to June 2017. Rather than write a plan for the municipality, they ran stakeholder workshops in which assembly members, traditional authorities, market traders, desludging operators, schools and the health directorate mapped the sanitation chain together, from toilet to treatment, and agreed who does what. The associations NALAG, VNG and FEMP took part and carried the lessons to their members.",
  'Results. The Municipal Assembly adopted the joint sanitation management plan. A weekly desludging schedule for public toilets was the first concrete step, and the environmental health teams of Agona West and Deventer keep working together.',
  '"Thanks to CONNECT we brought many stakeholders together and built a joint plan for sanitation management in Agona West." (George Freeman, Municipal Environmental Health Officer, Agona West)',
  "What to watch for. Agree early with the finance committee which actions the assembly's budget carries and which the operators' fees cover. Keep the stakeholder forum meeting after the experts leave: it is what keeps the plan alive.",
].join('\n\n');

const communityEcotourismBody = [
  'Context. Visitors to the colonial centre of Villa de Leyva arrive on day trips with guides from elsewhere; little of what they spend stays with the families who live there, and the busiest streets wear out.',
  'Approach. Ronda trains and licenses residents as guides to its historic town, routes groups through the quieter neighbourhoods, and returns part of the guiding fees to neighbourhood associations for the upkeep of façades and paths. On a study visit in November 2026, Andrea Gómez Rojas followed the guides, the licensing office and a neighbourhood association with Javier Moreno Castillo.',
  'Results so far. A first outline for community-run guiding around the centre of Villa de Leyva; to be completed after the visit.',
].join('\n\n');

export async function seedDemo(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(bestPractices);
    if ((existing?.n ?? 0) > 0) return false;

    await tx.insert(bestPractices).values([
      {
        id: p.agonaWestSanitationPlan,
        title: 'Building a joint sanitation management plan with every stakeholder at the table',
        summary:
          'Sanitation experts from Deventer and Vitoria-Gasteiz worked for three months with the environmental health team of Agona West, Ghana, bringing the assembly, traditional authorities, traders and desludging operators to one table. The joint sanitation management plan they wrote was adopted by the Municipal Assembly, and public toilets now follow a weekly desludging schedule.',
        body: agonaWestSanitationPlanBody,
        language: 'en',
        status: 'PUBLISHED',
        sourceExchangeId: demo.exchanges.agonaWestSanitation,
        documentingAssociationId: a.nalag,
        publishedAt: new Date('2017-09-15T10:00:00Z'),
        createdAt: new Date('2017-07-10T09:00:00Z'),
        updatedAt: new Date('2017-09-15T10:00:00Z'),
      },
      {
        id: p.communityEcotourism,
        title: 'Community-run guiding in a historic town',
        summary:
          "How Ronda trains residents as guides to its historic centre and shares the income with the neighbourhoods visitors walk through, and what Villa de Leyva takes from it for its own colonial centre.",
        body: communityEcotourismBody,
        language: 'en',
        status: 'DRAFT',
        sourceExchangeId: demo.exchanges.villaDeLeyvaEcotourism,
        createdAt: new Date('2026-11-24T15:00:00Z'),
        updatedAt: new Date('2026-11-24T15:00:00Z'),
      },
    ]);

    await tx.insert(bestPracticeTopics).values([
      { bestPracticeId: p.agonaWestSanitationPlan, topicCode: 'sanitation' },
      { bestPracticeId: p.agonaWestSanitationPlan, topicCode: 'public-health' },
      { bestPracticeId: p.agonaWestSanitationPlan, topicCode: 'citizen-participation' },
      { bestPracticeId: p.communityEcotourism, topicCode: 'ecotourism' },
      { bestPracticeId: p.communityEcotourism, topicCode: 'cultural-heritage' },
    ]);

    await tx.insert(bestPracticeMunicipalities).values([
      { bestPracticeId: p.agonaWestSanitationPlan, municipalityId: m.agonaWest },
      { bestPracticeId: p.agonaWestSanitationPlan, municipalityId: m.deventer },
      { bestPracticeId: p.agonaWestSanitationPlan, municipalityId: m.vitoriaGasteiz },
      { bestPracticeId: p.communityEcotourism, municipalityId: m.villaDeLeyva },
      { bestPracticeId: p.communityEcotourism, municipalityId: m.ronda },
    ]);

    // NALAG documented the Agona West plan; the secretariat asked once for the costs before publishing it.
    // The ecotourism draft was started by the secretariat during the study visit.
    await tx.insert(bestPracticeHistory).values([
      ...reviewHistory('agonaWestSanitationPlan', [
        [null, 'DRAFT', '2017-07-10T09:00:00Z', nalag],
        ['DRAFT', 'IN_REVIEW', '2017-08-14T11:00:00Z', nalag],
        ['IN_REVIEW', 'DRAFT', '2017-08-21T15:00:00Z', secretariat, "Say which actions the assembly's budget carries and which the operators' fees cover"],
        ['DRAFT', 'IN_REVIEW', '2017-09-04T10:00:00Z', nalag, 'Added what to watch for with the finance committee'],
        ['IN_REVIEW', 'PUBLISHED', '2017-09-15T10:00:00Z', secretariat],
      ]),
      ...reviewHistory('communityEcotourism', [
        [null, 'DRAFT', '2026-11-24T15:00:00Z', secretariat, 'Started during the study visit; to be completed after it'],
      ]),
    ]);

    await tx.insert(knowledgeEvents).values({
      id: demo.knowledgeEvents.brusselsDonorRoundtable,
      title: 'CONNECT: first exchanges, first results',
      kind: 'BRIEFING',
      date: '2017-10-12',
      location: 'Brussels',
      audiences: ['LOCAL_AND_REGIONAL_GOVERNMENT', 'CENTRAL_GOVERNMENT', 'DONOR_COMMUNITY'],
      organiserAssociationId: demo.associations.vng,
      createdAt: new Date('2017-09-20T09:00:00Z'),
      updatedAt: new Date('2017-09-20T09:00:00Z'),
    });
    await tx.insert(knowledgeEventHistory).values({
      eventId: demo.knowledgeEvents.brusselsDonorRoundtable,
      kind: 'SCHEDULED',
      at: new Date('2017-09-20T09:00:00Z'),
      actor: `ASSOCIATION:${demo.associations.vng}`,
      reason: null,
    });

    await tx.insert(knowledgeEventPractices).values({
      eventId: demo.knowledgeEvents.brusselsDonorRoundtable,
      bestPracticeId: p.agonaWestSanitationPlan,
    });
    return true;
  });
}
