// The requests of the demo story, from the first CONNECT exchange (Agona West, 2017)
// to this year's requests at every stage of the lifecycle. Each request is written as
// its history; the history is replayed through the lifecycle table, so the seed cannot
// hold a status change the platform itself would refuse, and the request's status,
// dates and validation are derived from it. The seed records, in its own transaction,
// the events each change would have recorded, so that matching and exchanges learn the
// story's requests as they would in use: through events.
import { count } from 'drizzle-orm';
import { demo, EventRecorder, type Database, type Transaction } from '@connect/kit';
import { nextStatus, type RequestStatus } from './lifecycle.ts';
import { requestProfile } from './status-change.ts';
import type { ValidationCriterion } from './validation-criteria.ts';
import {
  requests,
  requestTransitions,
  requestValidations,
  serviceTableSet,
  type RequestRow,
  type RequestTransitionRow,
  type RequestValidationRow,
} from './db/tables.ts';

const m = demo.municipalities;
const o = demo.officials;
const r = demo.requests;

/** The published criteria the secretariat checked for the story's decisions. */
const criteria: ValidationCriterion[] = ['DEMAND_DRIVEN', 'PEER_TO_PEER', 'PUBLIC_BENEFIT', 'FEASIBLE_WINDOW'];

interface Step {
  to: RequestStatus;
  /** Day of the change, YYYY-MM-DD. */
  on: string;
  actor: string;
  reason?: string;
}

interface DemoRequest
  extends Omit<RequestRow, 'referenceOrder' | 'status' | 'submittedAt' | 'createdAt' | 'updatedAt' | 'earliestStart' | 'latestEnd'> {
  earliestStart?: string;
  latestEnd?: string;
  /** From drafting onwards; the first step is the drafting. */
  history: Step[];
  /** Criteria and note of the decision, for requests that were validated or rejected. */
  decision?: { criteriaChecked: ValidationCriterion[]; note: string };
}

const staff = 'STAFF';
const official = (id: string) => `OFFICIAL:${id}`;

const story: DemoRequest[] = [
  {
    id: r.agonaWestSanitation,
    reference: 'REQ-2017-0001',
    title: 'A joint sanitation management plan for Agona West',
    challenge:
      'Public toilets in Agona Swedru overflow in the rainy season, septic tanks are emptied irregularly and liquid waste ends up in open drains. Responsibilities are spread between the Assembly, private desludgers and community groups, and no plan joins them up.',
    expectedOutcome:
      'A sanitation management plan drawn up with every stakeholder and adopted by the Municipal Assembly, and a working desludging schedule for the public toilets.',
    topics: ['sanitation', 'solid-waste', 'public-health'],
    preferredFormats: ['EXPERT_ASSIGNMENT', 'STUDY_VISIT'],
    languages: ['en'],
    municipalityId: m.agonaWest,
    contactOfficialId: o.georgeFreeman,
    earliestStart: '2017-03-01',
    latestEnd: '2017-12-31',
    history: [
      { to: 'DRAFT', on: '2017-01-09', actor: official(o.georgeFreeman) },
      { to: 'SUBMITTED', on: '2017-01-16', actor: official(o.georgeFreeman) },
      { to: 'VALIDATED', on: '2017-01-30', actor: staff },
      { to: 'MATCHED', on: '2017-02-20', actor: staff, reason: 'A sanitation adviser from Deventer accepted the proposal.' },
      { to: 'IN_EXCHANGE', on: '2017-04-03', actor: staff, reason: 'The expert assignment began in Agona Swedru.' },
      { to: 'COMPLETED', on: '2017-06-30', actor: staff, reason: 'The expert assignment ended with a joint sanitation plan.' },
    ],
    decision: {
      criteriaChecked: criteria,
      note: 'A locally owned challenge that water and sanitation peers can help with within the year; the Assembly backs it.',
    },
  },
  {
    id: r.sandgerdiHarbour,
    reference: 'REQ-2017-0002',
    title: 'Welcoming cruise visitors without overwhelming a harbour town',
    challenge:
      'Cruise calls at the Suðurnes harbours are growing fast. A town of 1,700 people has no plan for thousands of visitors in a day: transport, toilets, guiding, and what residents gain from it.',
    expectedOutcome:
      'A visitor plan for cruise days agreed with residents and the harbour, and ideas from towns that have lived through the same growth.',
    topics: ['tourism'],
    preferredFormats: ['STUDY_VISIT', 'ROUNDTABLE'],
    languages: ['en'],
    municipalityId: m.sandgerdi,
    contactOfficialId: o.sigrunArnadottir,
    earliestStart: '2017-04-01',
    latestEnd: '2017-10-31',
    history: [
      { to: 'DRAFT', on: '2017-02-06', actor: official(o.sigrunArnadottir) },
      { to: 'SUBMITTED', on: '2017-02-13', actor: official(o.sigrunArnadottir) },
      { to: 'VALIDATED', on: '2017-02-27', actor: staff },
      { to: 'MATCHED', on: '2017-04-10', actor: staff, reason: 'A peer accepted the proposal.' },
      { to: 'IN_EXCHANGE', on: '2017-05-15', actor: staff, reason: 'The roundtable on cruise tourism began.' },
      { to: 'COMPLETED', on: '2017-06-09', actor: staff, reason: 'The roundtable closed with a draft visitor plan.' },
      { to: 'CLOSED', on: '2017-12-15', actor: staff, reason: 'Follow-up done after the first cruise season.' },
    ],
    decision: { criteriaChecked: criteria, note: 'A common challenge of small harbour towns; peers can share what worked.' },
  },
  {
    id: r.jinjaRuralRoads,
    reference: 'REQ-2018-0001',
    title: 'Paving rural feeder roads',
    challenge: 'Feeder roads to the rural parishes turn to mud in the rainy season and cut farmers off from the markets.',
    expectedOutcome: 'Funding to pave the main feeder roads to the rural parishes.',
    topics: ['rural-development'],
    preferredFormats: ['EXPERT_ASSIGNMENT'],
    languages: ['en'],
    municipalityId: m.jinja,
    contactOfficialId: o.graceNamutebi,
    earliestStart: '2018-06-01',
    latestEnd: '2018-12-31',
    history: [
      { to: 'DRAFT', on: '2018-01-15', actor: official(o.graceNamutebi) },
      { to: 'SUBMITTED', on: '2018-01-22', actor: official(o.graceNamutebi) },
      { to: 'REJECTED', on: '2018-02-05', actor: staff },
    ],
    decision: {
      criteriaChecked: criteria,
      note: 'Asks for construction funding rather than know-how; CONNECT exchanges expertise, not capital.',
    },
  },
  {
    id: r.villaDeLeyvaWater,
    reference: 'REQ-2018-0002',
    title: 'Water supply for the rural veredas',
    challenge: 'Several rural veredas depend on community aqueducts that run dry in the dry season and deliver untreated water.',
    expectedOutcome: 'A plan to secure and treat the water of the community aqueducts.',
    topics: ['water-supply'],
    preferredFormats: ['EXPERT_ASSIGNMENT'],
    languages: ['es'],
    municipalityId: m.villaDeLeyva,
    contactOfficialId: o.andreaGomez,
    earliestStart: '2018-07-01',
    latestEnd: '2019-06-30',
    history: [
      { to: 'DRAFT', on: '2018-02-12', actor: official(o.andreaGomez) },
      { to: 'SUBMITTED', on: '2018-02-19', actor: official(o.andreaGomez) },
      {
        to: 'WITHDRAWN',
        on: '2018-03-05',
        actor: official(o.andreaGomez),
        reason: 'The department of Boyacá took the rural aqueducts into its own water programme.',
      },
    ],
  },
  {
    id: r.villaDeLeyvaEcotourism,
    reference: 'REQ-2026-0001',
    title: 'Community-based ecotourism around the historic centre',
    challenge:
      'Visitors crowd the colonial centre at weekends while the surrounding veredas see little of the income. Local families want to guide visitors, but there is no training, no quality standard and no way to book them.',
    expectedOutcome:
      'A community guiding scheme run with local families, with training, a quality charter and a shared booking point, ready for the next high season.',
    topics: ['ecotourism', 'cultural-heritage'],
    preferredFormats: ['STUDY_VISIT', 'WORK_PLACEMENT'],
    languages: ['es', 'en'],
    municipalityId: m.villaDeLeyva,
    contactOfficialId: o.andreaGomez,
    earliestStart: '2026-10-01',
    latestEnd: '2027-03-31',
    history: [
      { to: 'DRAFT', on: '2026-01-12', actor: official(o.andreaGomez) },
      { to: 'SUBMITTED', on: '2026-01-19', actor: official(o.andreaGomez) },
      { to: 'VALIDATED', on: '2026-02-02', actor: staff },
      { to: 'MATCHED', on: '2026-03-09', actor: staff, reason: 'A tourism officer from Ronda accepted the proposal.' },
      { to: 'IN_EXCHANGE', on: '2026-11-16', actor: staff, reason: 'The study visit began in Ronda.' },
    ],
    decision: {
      criteriaChecked: criteria,
      note: 'Demand-driven and within reach of a study visit; heritage towns in Spain run such schemes.',
    },
  },
  {
    id: r.battambangUrbanPlanning,
    reference: 'REQ-2026-0002',
    title: 'A land-use plan for the riverside districts',
    challenge:
      'Building along the Sangkae river is outpacing the master plan: riverbanks are filled in, flood land is built on and the public promenade is broken up.',
    expectedOutcome:
      'A draft land-use plan for the riverside districts that protects flood land and public space, with zoning rules the city can enforce.',
    topics: ['land-use', 'public-space'],
    preferredFormats: ['EXPERT_ASSIGNMENT', 'ROUNDTABLE'],
    languages: ['en'],
    municipalityId: m.battambang,
    contactOfficialId: o.sokhaChan,
    earliestStart: '2027-01-11',
    latestEnd: '2027-06-30',
    history: [
      { to: 'DRAFT', on: '2026-02-02', actor: official(o.sokhaChan) },
      { to: 'SUBMITTED', on: '2026-02-09', actor: official(o.sokhaChan) },
      { to: 'VALIDATED', on: '2026-02-23', actor: staff },
      { to: 'MATCHED', on: '2026-04-13', actor: staff, reason: 'An alderman for spatial planning from Hoorn accepted the proposal.' },
    ],
    decision: { criteriaChecked: criteria, note: 'A planning challenge that Dutch river towns know well.' },
  },
  {
    id: r.jinjaWaste,
    reference: 'REQ-2026-0003',
    title: 'Recycling and solid-waste collection in the markets',
    challenge:
      'The central markets produce most of the city’s organic and plastic waste; collection is irregular, skips overflow and vendors burn what is left.',
    expectedOutcome:
      'A collection and sorting scheme for the markets, agreed with the vendors’ associations, that sends organic waste to composting and plastics to recycling.',
    topics: ['solid-waste', 'recycling'],
    preferredFormats: ['EXPERT_ASSIGNMENT'],
    languages: ['en'],
    municipalityId: m.jinja,
    contactOfficialId: o.graceNamutebi,
    earliestStart: '2027-01-04',
    latestEnd: '2027-09-30',
    history: [
      { to: 'DRAFT', on: '2026-03-02', actor: official(o.graceNamutebi) },
      { to: 'SUBMITTED', on: '2026-03-09', actor: official(o.graceNamutebi) },
      { to: 'VALIDATED', on: '2026-03-23', actor: staff },
    ],
    decision: { criteriaChecked: criteria, note: 'Clear demand from the vendors and the council; peers run market collection.' },
  },
  {
    id: r.agonaWestDrainage,
    reference: 'REQ-2026-0004',
    title: 'Storm-water drainage for the market district',
    challenge:
      'Heavier rains flood the market district of Agona Swedru several times a season; drains are undersized and blocked with waste, and the 2017 sanitation plan did not cover storm water.',
    expectedOutcome:
      'A drainage plan for the market district with priorities the Assembly can fund in phases, and a maintenance routine that keeps drains clear.',
    topics: ['drainage', 'climate-adaptation'],
    preferredFormats: ['EXPERT_ASSIGNMENT', 'ROUNDTABLE'],
    languages: ['en'],
    municipalityId: m.agonaWest,
    contactOfficialId: o.georgeFreeman,
    earliestStart: '2027-03-01',
    latestEnd: '2027-10-31',
    history: [
      { to: 'DRAFT', on: '2026-10-05', actor: official(o.georgeFreeman) },
      { to: 'SUBMITTED', on: '2026-10-19', actor: official(o.georgeFreeman) },
    ],
  },
  {
    id: r.battambangHeritage,
    reference: 'REQ-2026-0005',
    title: 'Protecting the colonial-era shophouses',
    challenge: 'Owners demolish or rebuild the colonial-era shophouses of the old town faster than they can be listed.',
    expectedOutcome: 'Heritage rules and incentives that let owners keep and use the shophouses.',
    topics: ['cultural-heritage'],
    preferredFormats: ['STUDY_VISIT'],
    languages: ['en'],
    municipalityId: m.battambang,
    contactOfficialId: o.sokhaChan,
    history: [{ to: 'DRAFT', on: '2026-11-02', actor: official(o.sokhaChan) }],
  },
];

export async function seedDemo(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(requests);
    if ((existing?.n ?? 0) > 0) return false;

    const replayed = story.map(replay);
    const rows = await tx.insert(requests).values(replayed.map((x) => x.request)).returning();
    await tx.insert(requestValidations).values(replayed.flatMap((x) => x.validation ?? []));
    await tx.insert(requestTransitions).values(replayed.flatMap((x) => x.history));
    await announce(tx, rows, replayed.flatMap((x) => x.history));
    return true;
  });
}

/**
 * The events the story's changes recorded, as moveRequest and the validate and withdraw
 * mutations record them: every change of status, the validation with what matching ranks
 * on, and the withdrawal.
 */
async function announce(tx: Transaction, rows: RequestRow[], history: NewTransition[]): Promise<void> {
  const events = new EventRecorder(tx, serviceTableSet);
  for (const row of rows) {
    let submittedAt: string | null = null;
    let validatedAt: string | null = null;
    for (const step of history.filter((t) => t.requestId === row.id)) {
      const at = step.at.toISOString();
      if (step.to === 'SUBMITTED') submittedAt = at;
      if (step.to === 'VALIDATED') validatedAt = at;
      await events.record('RequestStatusChanged', { ...requestProfile(row), from: step.from, to: step.to, at, submittedAt, validatedAt });
      if (step.to === 'VALIDATED') await events.record('RequestValidated', { ...requestProfile(row), submittedAt, validatedAt: at });
      if (step.to === 'WITHDRAWN') await events.record('RequestWithdrawn', { requestId: row.id, at });
    }
  }
}

type NewTransition = Omit<RequestTransitionRow, 'id'>;

/** Walks a request's history through the lifecycle table and derives its rows. */
function replay({ history, decision, ...request }: DemoRequest) {
  const [drafted, ...changes] = history;
  if (drafted?.to !== 'DRAFT') throw new Error(`demo request ${request.reference} must start as a DRAFT`);
  const transitions: NewTransition[] = [
    { requestId: request.id, from: null, to: 'DRAFT', at: at(drafted.on), actor: drafted.actor, reason: drafted.reason ?? null },
  ];
  let status: RequestStatus = 'DRAFT';
  for (const step of changes) {
    const outcome = nextStatus(status, step.to);
    if (!outcome.ok) throw new Error(`demo request ${request.reference}: ${outcome.refusal.message}`);
    transitions.push({ requestId: request.id, from: status, to: outcome.status, at: at(step.on), actor: step.actor, reason: step.reason ?? null });
    status = outcome.status;
  }

  const decided = transitions.find((t) => t.to === 'VALIDATED' || t.to === 'REJECTED');
  if (Boolean(decided) !== Boolean(decision)) throw new Error(`demo request ${request.reference}: decision and history disagree`);
  const validation: RequestValidationRow | undefined =
    decided && decision
      ? {
          requestId: request.id,
          decision: decided.to === 'REJECTED' ? 'REJECTED' : 'VALIDATED',
          criteriaChecked: decision.criteriaChecked,
          note: decision.note,
          decidedAt: decided.at,
          decidedBy: decided.actor,
        }
      : undefined;
  // The secretariat's reason for its decision is the note of the validation.
  if (decided && decision) decided.reason = decision.note;

  const row: typeof requests.$inferInsert = {
    ...request,
    earliestStart: request.earliestStart ?? null,
    latestEnd: request.latestEnd ?? null,
    status,
    submittedAt: transitions.findLast((t) => t.to === 'SUBMITTED')?.at ?? null,
    createdAt: transitions[0]!.at,
    updatedAt: transitions.at(-1)!.at,
  };
  return { request: row, validation, history: transitions };
}

/** The story knows the day of each change, not the hour: 09:00 UTC keeps the day the same in every time zone of the cast. */
function at(day: string): Date {
  return new Date(`${day}T09:00:00Z`);
}
