// The matching side of the demo story: what the peers of the first CONNECT exchanges
// know, and how the platform ranked them for each request. Every score is built
// through `scoreMatch` from six assessed factors, and ranks follow the scores. The
// seed writes only this service's tables and records the peers' answers as events.
import { count } from 'drizzle-orm';
import { demo, EventRecorder, type Database, type Transaction } from '@connect/kit';
import { expertAvailability, expertise, expertProfiles, matches, matchTransitions, serviceTableSet } from './db/tables.ts';
import { nextStatus, type MatchStatus } from './lifecycle.ts';
import { rankByScore, scoreMatch, type FactorAssessment, type MatchFactorKind } from './scoring.ts';

const o = demo.officials;
const r = demo.requests;
const mt = demo.matches;

/** A candidate for a request as the platform assessed it, before scoring and ranking. */
interface Candidate {
  id: string;
  officialId: string;
  status: MatchStatus;
  proposedAt?: Date;
  respondedAt?: Date;
  responseNote?: string;
  assessments: Record<MatchFactorKind, FactorAssessment>;
}

interface Shortlist {
  requestId: string;
  /** When matching ran for the request. */
  computedAt: Date;
  candidates: Candidate[];
}

const at = (instant: string) => new Date(instant);

// The first exchanges had no history to learn from: a peer without ratings counts at
// the midpoint rather than at zero, so newcomers are not ranked out of the pool.
const noRatingsYet: FactorAssessment = {
  value: 0.5,
  explanation: 'No exchange on the platform yet, so no ratings: counted at the neutral midpoint.',
};
const freeToHelp: FactorAssessment = { value: 1, explanation: 'No current engagement on the platform.' };

const shortlists: Shortlist[] = [
  {
    requestId: r.agonaWestSanitation,
    computedAt: at('2017-02-06T09:00:00Z'),
    candidates: [
      {
        id: mt.agonaWestPieter,
        officialId: o.pieterVanDijk,
        status: 'ACCEPTED',
        proposedAt: at('2017-02-10T10:00:00Z'),
        respondedAt: at('2017-02-20T08:30:00Z'),
        responseNote: 'Glad to help: Deventer went through the same planning with its water board.',
        assessments: {
          TOPIC_FIT: { value: 0.9, explanation: 'Declares EXPERT level in sanitation, a topic of the request, with 18 years of experience.' },
          TEXT_RELEVANCE: { value: 0.8, explanation: 'His summary on planning sanitation services together with the water board and residents speaks directly to a joint sanitation management plan.' },
          ROLE_SIMILARITY: { value: 0.8, explanation: "Works in water and sanitation, next to the requester's environmental health function; both are on the municipal staff." },
          CONTEXT_SIMILARITY: { value: 0.9, explanation: 'Deventer (city, about 101,000 inhabitants) is close in size to Agona West (district, about 115,000).' },
          EXPERIENCE: noRatingsYet,
          FAIRNESS: freeToHelp,
        },
      },
      {
        id: mt.agonaWestMarta,
        officialId: o.martaIbanez,
        status: 'ACCEPTED',
        proposedAt: at('2017-02-10T10:00:00Z'),
        respondedAt: at('2017-02-17T15:00:00Z'),
        responseNote: 'Yes, together with the colleague from Deventer.',
        assessments: {
          TOPIC_FIT: { value: 0.85, explanation: 'Declares EXPERT level in sanitation, a topic of the request, with 15 years of experience.' },
          TEXT_RELEVANCE: { value: 0.7, explanation: 'Her summary on running sanitation and wastewater treatment for a city covers most of the challenge, less the planning with stakeholders.' },
          ROLE_SIMILARITY: { value: 0.8, explanation: "Works in water and sanitation, next to the requester's environmental health function; both are on the municipal staff." },
          CONTEXT_SIMILARITY: { value: 0.6, explanation: 'Vitoria-Gasteiz (city, about 255,000 inhabitants) is about twice the size of Agona West.' },
          EXPERIENCE: noRatingsYet,
          FAIRNESS: freeToHelp,
        },
      },
      {
        id: mt.agonaWestSigrun,
        officialId: o.sigrunArnadottir,
        status: 'SUGGESTED',
        assessments: {
          TOPIC_FIT: { value: 0.2, explanation: 'Declares no expertise in sanitation, solid-waste or public-health; as mayor she oversees the services of her town.' },
          TEXT_RELEVANCE: { value: 0.3, explanation: 'Her summary on financing municipal services touches on paying for a sanitation plan, not on drawing it up.' },
          ROLE_SIMILARITY: { value: 0.3, explanation: 'An elected mayor in general management, while the requester is a staff environmental health officer.' },
          CONTEXT_SIMILARITY: { value: 0.2, explanation: 'Sandgerði (town, about 1,700 inhabitants) is far smaller than Agona West (district, about 115,000).' },
          EXPERIENCE: noRatingsYet,
          FAIRNESS: freeToHelp,
        },
      },
    ],
  },
  {
    requestId: r.villaDeLeyvaEcotourism,
    computedAt: at('2026-09-07T09:00:00Z'),
    candidates: [
      {
        id: mt.villaDeLeyvaJavier,
        officialId: o.javierMoreno,
        status: 'ACCEPTED',
        proposedAt: at('2026-09-14T10:00:00Z'),
        respondedAt: at('2026-09-22T11:00:00Z'),
        responseNote: 'Ronda would be happy to host a study visit in November.',
        assessments: {
          TOPIC_FIT: { value: 0.95, explanation: 'Declares EXPERT level in ecotourism and EXPERIENCED level in cultural-heritage, both topics of the request, with 14 and 9 years of experience.' },
          TEXT_RELEVANCE: { value: 0.9, explanation: "His summary on community guiding in Ronda's historic centre speaks directly to community-based ecotourism around a historic centre." },
          ROLE_SIMILARITY: { value: 1, explanation: 'Works in tourism on the municipal staff, like the requester.' },
          CONTEXT_SIMILARITY: { value: 0.8, explanation: 'Ronda (town, about 33,700 inhabitants, with a historic centre) is a town like Villa de Leyva, twice its size.' },
          EXPERIENCE: noRatingsYet,
          FAIRNESS: freeToHelp,
        },
      },
      {
        id: mt.villaDeLeyvaSigrun,
        officialId: o.sigrunArnadottir,
        status: 'SUGGESTED',
        assessments: {
          TOPIC_FIT: { value: 0.5, explanation: 'Declares EXPERIENCED level in tourism, the parent topic of ecotourism, with 8 years of experience.' },
          TEXT_RELEVANCE: { value: 0.5, explanation: 'Her summary on welcoming cruise visitors to a small harbour town touches on visitor management, not on community guiding.' },
          ROLE_SIMILARITY: { value: 0.4, explanation: 'An elected mayor in general management, while the requester is a staff secretary of tourism.' },
          CONTEXT_SIMILARITY: { value: 0.7, explanation: 'Sandgerði (town, about 1,700 inhabitants) is a small town like Villa de Leyva, ten times smaller.' },
          EXPERIENCE: noRatingsYet,
          FAIRNESS: freeToHelp,
        },
      },
    ],
  },
  {
    requestId: r.battambangUrbanPlanning,
    computedAt: at('2026-10-05T09:00:00Z'),
    candidates: [
      {
        id: mt.battambangAnouk,
        officialId: o.anoukJansen,
        status: 'ACCEPTED',
        proposedAt: at('2026-10-12T10:00:00Z'),
        respondedAt: at('2026-10-20T09:00:00Z'),
        responseNote: "Hoorn's waterfront plan faced the same questions; I will bring our planners' material.",
        assessments: {
          TOPIC_FIT: { value: 0.95, explanation: 'Declares EXPERT level in land-use and EXPERIENCED level in public-space, both topics of the request, with 12 and 7 years of experience.' },
          TEXT_RELEVANCE: { value: 0.85, explanation: "Her summary on the zoning plan for Hoorn's waterfront districts speaks directly to a land-use plan for riverside districts." },
          ROLE_SIMILARITY: { value: 0.7, explanation: 'Responsible for urban planning like the requester, but as an elected alderman rather than staff.' },
          CONTEXT_SIMILARITY: { value: 0.8, explanation: 'Hoorn (town, about 74,000 inhabitants, on the water) is somewhat smaller than Battambang (city, about 119,000, on a river).' },
          EXPERIENCE: noRatingsYet,
          FAIRNESS: freeToHelp,
        },
      },
      {
        id: mt.battambangMarta,
        officialId: o.martaIbanez,
        status: 'DECLINED',
        proposedAt: at('2026-10-12T10:00:00Z'),
        respondedAt: at('2026-10-16T14:00:00Z'),
        responseNote: 'Land-use planning is outside my field; I could only advise on the water network of the districts.',
        assessments: {
          TOPIC_FIT: { value: 0.3, explanation: 'Declares no expertise in land-use or public-space; her water-supply expertise (EXPERIENCED, 12 years) bears on planning riverside districts.' },
          TEXT_RELEVANCE: { value: 0.4, explanation: 'Her summary on extending water and sewer networks to new districts touches on the infrastructure side of the plan.' },
          ROLE_SIMILARITY: { value: 0.4, explanation: 'Works in water and sanitation rather than urban planning; both are on the municipal staff.' },
          CONTEXT_SIMILARITY: { value: 0.6, explanation: 'Vitoria-Gasteiz (city, about 255,000 inhabitants) is a city like Battambang, about twice its size.' },
          EXPERIENCE: { value: 0.7, explanation: 'Took part as an expert in one completed exchange (Agona West, 2017); no ratings of her own yet.' },
          FAIRNESS: freeToHelp,
        },
      },
    ],
  },
  {
    requestId: r.jinjaWaste,
    computedAt: at('2026-11-09T09:00:00Z'),
    candidates: [
      {
        id: mt.jinjaPieter,
        officialId: o.pieterVanDijk,
        status: 'SUGGESTED',
        assessments: {
          TOPIC_FIT: { value: 0.3, explanation: 'Declares no expertise in solid-waste or recycling; his sanitation expertise (EXPERT, 18 years) is a neighbouring municipal service.' },
          TEXT_RELEVANCE: { value: 0.4, explanation: 'His summary on emptying schedules for septic tanks and public toilets is close to organising collection rounds in markets.' },
          ROLE_SIMILARITY: { value: 0.6, explanation: 'Works in water and sanitation, a service next to waste management; both are on the municipal staff.' },
          CONTEXT_SIMILARITY: { value: 0.7, explanation: 'Deventer (city, about 101,000 inhabitants) is a city like Jinja, about a third of its size.' },
          EXPERIENCE: { value: 0.9, explanation: 'Took part in one completed exchange (Agona West, 2017), rated 5 of 5 by the requester.' },
          FAIRNESS: freeToHelp,
        },
      },
    ],
  },
];

const declaredExpertise: (typeof expertise.$inferInsert)[] = [
  { officialId: o.pieterVanDijk, topicCode: 'sanitation', level: 'EXPERT', yearsOfExperience: 18, summary: "Plans and runs Deventer's sanitation and sewerage services, including emptying schedules for septic tanks and public toilets, together with the water board and residents." },
  { officialId: o.pieterVanDijk, topicCode: 'drainage', level: 'EXPERIENCED', yearsOfExperience: 10, summary: "Led the separation of storm water from the sewers in Deventer's old town." },
  { officialId: o.martaIbanez, topicCode: 'sanitation', level: 'EXPERT', yearsOfExperience: 15, summary: 'Runs sanitation and wastewater treatment for Vitoria-Gasteiz, a city of 255,000.' },
  { officialId: o.martaIbanez, topicCode: 'water-supply', level: 'EXPERIENCED', yearsOfExperience: 12, summary: 'Manages the water and sewer networks of the city and their extension to new districts.' },
  { officialId: o.sigrunArnadottir, topicCode: 'tourism', level: 'EXPERIENCED', yearsOfExperience: 8, summary: 'Has steered Sandgerði through welcoming cruise visitors to a small harbour town.' },
  { officialId: o.sigrunArnadottir, topicCode: 'public-finance', level: 'EXPERIENCED', yearsOfExperience: 10, summary: "Has balanced the town's budget and financed its municipal services for a decade." },
  { officialId: o.anoukJansen, topicCode: 'land-use', level: 'EXPERT', yearsOfExperience: 12, summary: "Led the zoning plan for Hoorn's waterfront districts, from consultation to adoption by the council." },
  { officialId: o.anoukJansen, topicCode: 'public-space', level: 'EXPERIENCED', yearsOfExperience: 7, summary: 'Redesigned the harbour quays of Hoorn as public space shared by residents and visitors.' },
  { officialId: o.javierMoreno, topicCode: 'ecotourism', level: 'EXPERT', yearsOfExperience: 14, summary: "Set up community guiding in Ronda's historic centre, with residents trained as guides." },
  { officialId: o.javierMoreno, topicCode: 'cultural-heritage', level: 'EXPERIENCED', yearsOfExperience: 9, summary: 'Works with owners of listed buildings in Ronda to open them to visitors without harming them.' },
  { officialId: o.georgeFreeman, topicCode: 'public-health', level: 'PRACTITIONER', yearsOfExperience: 6, summary: "Inspects sanitation and food hygiene in Agona West's markets and schools." },
];

/** The scored and ranked match rows of the story. */
function demoMatches(): (typeof matches.$inferInsert)[] {
  return shortlists.flatMap(({ requestId, computedAt, candidates }) =>
    rankByScore(candidates.map((c) => ({ ...c, ...scoreMatch(c.assessments) }))).map((c) => ({
      id: c.id,
      requestId,
      officialId: c.officialId,
      rank: c.rank,
      score: c.score,
      factors: c.factors,
      status: c.status,
      proposedAt: c.proposedAt ?? null,
      respondedAt: c.respondedAt ?? null,
      responseNote: c.responseNote ?? null,
      createdAt: computedAt,
    })),
  );
}

/** The proposals and answers of the story, replayed through the lifecycle table. */
function demoHistory(): (typeof matchTransitions.$inferInsert)[] {
  return shortlists.flatMap(({ candidates }) =>
    candidates.flatMap((c) => {
      const steps: { to: MatchStatus; at?: Date; actor: string; reason?: string }[] = [
        { to: 'PROPOSED', at: c.proposedAt, actor: 'STAFF' },
        { to: c.status, at: c.respondedAt, actor: `OFFICIAL:${c.officialId}`, reason: c.responseNote },
      ];
      let status: MatchStatus = 'SUGGESTED';
      const rows: (typeof matchTransitions.$inferInsert)[] = [];
      for (const step of steps) {
        if (!step.at) break;
        const next = nextStatus(status, step.to);
        // The seed is this service's own data: a refused step is a fault in this file.
        if (!next.ok) throw new Error(`demo match ${c.id}: ${next.refusal.message}`);
        rows.push({ matchId: c.id, from: status, to: next.status, at: step.at, actor: step.actor, reason: step.reason ?? null });
        status = next.status;
      }
      if (status !== c.status) throw new Error(`demo match ${c.id} ends ${status}, not ${c.status}`);
      return rows;
    }),
  );
}

// ---------------------------------------------------------------------------
// What the five peers declared here. The rest of the expert pool (the directory's
// municipalities and officials, the validated requests, the exchanges and the ratings)
// arrives as in use, by the events of the other services' seeds.

const declaredAt = at('2026-09-01T09:00:00Z');

const peerProfiles: (typeof expertProfiles.$inferInsert)[] = [
  { officialId: o.pieterVanDijk, summary: 'Plans sanitation and sewerage services for Deventer together with the water board and residents, from emptying schedules for septic tanks and public toilets to separating storm water from the sewers.', languages: [], formatsAccepted: ['EXPERT_ASSIGNMENT', 'STUDY_VISIT'], maxConcurrentEngagements: 1, declaredAt },
  { officialId: o.martaIbanez, summary: 'Runs sanitation, wastewater treatment and the water network of a city of 255,000, and their extension to new districts.', languages: [], formatsAccepted: ['EXPERT_ASSIGNMENT', 'ROUNDTABLE'], maxConcurrentEngagements: 2, declaredAt },
  { officialId: o.sigrunArnadottir, summary: 'Mayor of a small harbour town: financing municipal services and welcoming cruise visitors without overwhelming residents.', languages: [], formatsAccepted: ['STUDY_VISIT', 'ROUNDTABLE'], maxConcurrentEngagements: 1, declaredAt },
  { officialId: o.anoukJansen, summary: "Led the zoning plan for Hoorn's waterfront districts and the redesign of its harbour quays as public space.", languages: ['de'], formatsAccepted: ['EXPERT_ASSIGNMENT', 'ROUNDTABLE', 'STUDY_VISIT'], maxConcurrentEngagements: 1, declaredAt },
  { officialId: o.javierMoreno, summary: "Set up community guiding in Ronda's historic centre and works with owners of listed buildings to open them to visitors.", languages: [], formatsAccepted: ['STUDY_VISIT', 'WORK_PLACEMENT'], maxConcurrentEngagements: 1, declaredAt },
];

const peerAvailability: (typeof expertAvailability.$inferInsert)[] = [
  { officialId: o.pieterVanDijk, availableFrom: '2027-01-01', availableTo: '2027-12-31' },
  { officialId: o.martaIbanez, availableFrom: '2027-02-01', availableTo: '2027-06-30' },
  { officialId: o.martaIbanez, availableFrom: '2027-09-01', availableTo: '2027-11-30' },
  { officialId: o.sigrunArnadottir, availableFrom: '2026-06-01', availableTo: '2027-05-31' },
  { officialId: o.anoukJansen, availableFrom: '2027-01-01', availableTo: '2027-06-30' },
  { officialId: o.javierMoreno, availableFrom: '2026-10-01', availableTo: '2027-03-31' },
];

export async function seedDemo(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(matches);
    if ((existing?.n ?? 0) > 0) return false;
    await tx.insert(expertise).values(declaredExpertise);
    await tx.insert(matches).values(demoMatches());
    await tx.insert(matchTransitions).values(demoHistory());
    await tx.insert(expertProfiles).values(peerProfiles);
    await tx.insert(expertAvailability).values(peerAvailability);
    await announce(tx);
    return true;
  });
}

/**
 * The proposals and the peers' answers, in the order they happened, as proposeMatch and
 * respondToProposal record them: the officials' inboxes learn of the proposals, the
 * exchanges service may plan from an accepted match, and the requests service learns
 * that its request was matched.
 */
async function announce(tx: Transaction): Promise<void> {
  const events = new EventRecorder(tx, serviceTableSet);
  const story = shortlists.flatMap(({ requestId, candidates }) =>
    candidates.flatMap((c) => {
      const of = (at: Date) => ({ matchId: c.id, requestId, officialId: c.officialId, at: at.toISOString() });
      const made = c.proposedAt ? [{ at: c.proposedAt, type: 'ProposalMade' as const, payload: of(c.proposedAt) }] : [];
      const answered = c.respondedAt
        ? [{ at: c.respondedAt, type: c.status === 'ACCEPTED' ? ('ProposalAccepted' as const) : ('ProposalDeclined' as const), payload: of(c.respondedAt) }]
        : [];
      return [...made, ...answered];
    }),
  );
  for (const step of story.sort((a, b) => a.at.getTime() - b.at.getTime())) await events.record(step.type, step.payload);
}
