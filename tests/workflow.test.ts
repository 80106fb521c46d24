// Every action of the whole graph, each taken through the gateway by the role that takes
// it (and refused for the role that may not): the directory, a request from draft to
// CLOSED through matching, planning, evaluation and the lesson it leaves, knowledge
// events, a second request withdrawn while its exchange is planned, the inbox and `me`
// of every role. Events between the services are awaited with `settle`. On PGlite with
// in-process events, or, with DATABASE_URL and NATS_URL set, on PostgreSQL with JetStream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import { clientFor, ok, type Ask, type GraphResult } from './support/client.ts';
import { operation, startTestPlatform, type TestPlatform } from './support/platform.ts';

const george: Viewer = { role: 'OFFICIAL', officialId: demo.officials.georgeFreeman };
const pieter: Viewer = { role: 'OFFICIAL', officialId: demo.officials.pieterVanDijk };
const nalag: Viewer = { role: 'ASSOCIATION', associationId: demo.associations.nalag };
const vng: Viewer = { role: 'ASSOCIATION', associationId: demo.associations.vng };
const staff: Viewer = { role: 'STAFF' };
const donor: Viewer = { role: 'DONOR' };

type UserError = { code: string; field?: string | null; message: string };
type Payload = { userErrors: UserError[] } & Record<string, any>;

let platform: TestPlatform;
let as: (viewer?: Viewer) => Ask;

beforeAll(async () => {
  platform = await startTestPlatform();
  as = clientFor(platform, 'in-process');
  // The demo's officials, municipalities and memberships reach the other services by event.
  await platform.settle();
}, 600_000);
afterAll(() => platform?.dispose());

/** The payload of the one mutation in `query`, taken as `viewer`. */
async function act(viewer: Viewer, query: string, variables: Record<string, unknown>): Promise<Payload> {
  const data = ok(await as(viewer)<Record<string, Payload>>(query, variables));
  return Object.values(data)[0]!;
}
const codes = (payload: Payload) => payload.userErrors.map((e) => e.code);
/** A mutation that must succeed: its payload, failing with the refusals otherwise. */
async function done(viewer: Viewer, query: string, variables: Record<string, unknown>): Promise<Payload> {
  const payload = await act(viewer, query, variables);
  expect(payload.userErrors).toEqual([]);
  return payload;
}
const forbidden = (result: GraphResult<unknown>) => result.errors?.map((e) => e.extensions?.code);

async function read<T = any>(viewer: Viewer | undefined, query: string, variables?: Record<string, unknown>): Promise<T> {
  return ok(await as(viewer)<T>(query, variables));
}

interface Note { id: string; kind: string; requestId: string | null; exchangeId: string | null; matchId: string | null; bestPracticeId: string | null; readAt: string | null }
async function inboxOf(viewer: Viewer): Promise<{ unreadCount: number; totalCount: number; nodes: Note[] }> {
  const data = await read<{ me: { notifications: { unreadCount: number; totalCount: number; nodes: Note[] } } }>(
    viewer,
    `{ me { notifications(first: 100) { totalCount unreadCount nodes { id kind requestId exchangeId matchId bestPracticeId readAt } } } }`,
  );
  return data.me.notifications;
}

const DRAFT = `mutation($input: DraftRequestInput!) { draftRequest(input: $input) { request { id status } userErrors { code field message } } }`;
const SUBMIT = `mutation($id: ID!) { submitRequest(input: { requestId: $id }) { request { status } userErrors { code message } } }`;
const ENDORSE = `mutation($id: ID!) { endorseRequest(input: { requestId: $id, note: "NALAG supports it." }) { request { endorsements { association { id } } } userErrors { code message } } }`;
const VALIDATE = `mutation($id: ID!) { validateRequest(input: { requestId: $id, criteriaChecked: [DEMAND_DRIVEN, PEER_TO_PEER, PUBLIC_BENEFIT], note: "Clear." }) { request { status } userErrors { code message } } }`;
const MATCHES = `query($id: ID!) { request(id: $id) { status matchesConnection(first: 50) { totalCount nodes { id status official { id } history { to actor reason } } } } }`;
const PROPOSE = `mutation($id: ID!) { proposeMatch(input: { matchId: $id }) { match { status } userErrors { code message } } }`;
const RESPOND = `mutation($id: ID!) { respondToProposal(input: { matchId: $id, accept: true, note: "Glad to help." }) { match { status } userErrors { code message } } }`;
const PLAN = `mutation($input: PlanExchangeInput!) { planExchange(input: $input) { exchange { id status } userErrors { code field message } } }`;
const EXCHANGE = `query($id: ID!) { exchange(id: $id) { status startsOn endsOn location history { from to actor reason } } }`;
const EVALUATE = `mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { evaluation { id phase overallRating } userErrors { code field message } } }`;
const REQUEST_STATUS = `query($id: ID!) { request(id: $id) { status } }`;

interface MatchView { id: string; status: string; official: { id: string }; history: { to: string; actor: string; reason: string | null }[] }
async function matchesOf(requestId: string): Promise<{ status: string; matchesConnection: { totalCount: number; nodes: MatchView[] } }> {
  return (await read<{ request: any }>(staff, MATCHES, { id: requestId })).request;
}

function sanitationRequest(overrides: Record<string, unknown>) {
  return {
    title: 'Emptying the school latrines before the rains',
    challenge: 'The school latrines overflow in the rainy season because nobody plans when they are emptied.',
    expectedOutcome: 'An emptying plan the Municipal Assembly can adopt.',
    topics: ['sanitation'],
    preferredFormats: ['EXPERT_ASSIGNMENT'],
    languages: ['en'],
    earliestStart: '2027-02-01',
    latestEnd: '2027-11-30',
    ...overrides,
  };
}

/** Drafts, submits, endorses (NALAG) and validates a request of George's; returns its id once matching has run. */
async function validatedRequest(key: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const requestId = (await done(george, DRAFT, { input: sanitationRequest({ idempotencyKey: key, ...overrides }) })).request.id as string;
  expect((await done(george, SUBMIT, { id: requestId })).request.status).toBe('SUBMITTED');
  const endorsed = await done(nalag, ENDORSE, { id: requestId });
  expect(endorsed.request.endorsements.map((e: { association: { id: string } }) => e.association.id)).toEqual([demo.associations.nalag]);
  expect((await done(staff, VALIDATE, { id: requestId })).request.status).toBe('VALIDATED');
  await platform.settle();
  return requestId;
}

/** Proposes Pieter's suggestion on the request and has him accept it; returns the match id. */
async function pieterAccepts(requestId: string): Promise<string> {
  const match = (await matchesOf(requestId)).matchesConnection.nodes.find((m) => m.official.id === demo.officials.pieterVanDijk);
  expect(match?.status).toBe('SUGGESTED');
  await done(staff, PROPOSE, { id: match!.id });
  await platform.settle();
  expect((await done(pieter, RESPOND, { id: match!.id })).match.status).toBe('ACCEPTED');
  await platform.settle();
  return match!.id;
}

function plan(matchId: string, key: string, overrides: Record<string, unknown> = {}) {
  return {
    input: {
      matchId,
      title: 'Latrine emptying planning in Agona West',
      format: 'EXPERT_ASSIGNMENT',
      startsOn: '2027-03-01',
      endsOn: '2027-05-31',
      hostMunicipalityId: demo.municipalities.agonaWest,
      location: 'Agona Swedru, Ghana',
      participants: [
        { officialId: demo.officials.georgeFreeman, role: 'HOST' },
        { officialId: demo.officials.pieterVanDijk, role: 'EXPERT' },
      ],
      associationIds: [demo.associations.nalag, demo.associations.vng],
      idempotencyKey: key,
      ...overrides,
    },
  };
}

describe('the whole graph, every action as each role', () => {
  it('lets an official update their own municipality only', async () => {
    const update = `mutation($id: ID!, $input: UpdateMunicipalityInput!) { updateMunicipality(id: $id, input: $input) { municipality { population region } userErrors { code message } } }`;
    const updated = await done(george, update, { id: demo.municipalities.agonaWest, input: { population: 180_000, region: 'Central Region' } });
    expect(updated.municipality).toEqual({ population: 180_000, region: 'Central Region' });
    const other = await as(george)(update, { id: demo.municipalities.deventer, input: { population: 1 } });
    expect(forbidden(other)).toEqual(['FORBIDDEN']);
    const deventer = await read(staff, `query($id: ID!) { municipality(id: $id) { population } }`, { id: demo.municipalities.deventer });
    expect(deventer.municipality.population).not.toBe(1);
  });

  it('lets the secretariat end a membership once, and refuses the second time', async () => {
    const leave = `mutation($m: ID!, $a: ID!) { leaveAssociation(municipalityId: $m, associationId: $a) { userErrors { code message } } }`;
    const vars = { m: demo.municipalities.jinja, a: demo.associations.ulga };
    const ulga: Viewer = { role: 'ASSOCIATION', associationId: demo.associations.ulga };
    const work = async () => (await read(ulga, `{ me { requests(first: 50) { totalCount nodes { id } } } }`)).me.requests;
    expect((await work()).nodes.map((r: { id: string }) => r.id)).toContain(demo.requests.jinjaWaste);
    expect(forbidden(await as(george)(leave, vars))).toEqual(['FORBIDDEN']);
    await done(staff, leave, vars);
    await platform.settle();
    // The requests service hears of the departure: the association no longer has Jinja's requests to follow.
    expect((await work()).nodes.map((r: { id: string }) => r.id)).not.toContain(demo.requests.jinjaWaste);
    expect(codes(await act(staff, leave, vars))).toEqual(['NOT_MEMBER']);
    const jinja = await read(staff, `query($id: ID!) { municipality(id: $id) { associations { id } } }`, { id: demo.municipalities.jinja });
    expect(jinja.municipality.associations.map((a: { id: string }) => a.id)).not.toContain(demo.associations.ulga);
  });

  // The first request's story, step by step; later steps read what earlier ones left.
  let requestId = '';
  let matchId = '';
  let exchangeId = '';
  let georgeBefore = '';
  let practiceId = '';

  it('refuses an implausible or past window, then drafts, endorses, validates and matches a good request', async () => {
    ok(await as(pieter)(
      `mutation($input: DeclareExpertiseInput!) { declareExpertise(input: $input) { userErrors { code } } }`,
      { input: {
        topics: [{ topic: 'sanitation', level: 'EXPERT', yearsOfExperience: 18 }, { topic: 'drainage', level: 'EXPERIENCED', yearsOfExperience: 10 }],
        summary: 'Sanitation planning: faecal sludge, sewerage and public toilets.',
        languages: ['nl', 'en'], availability: [{ from: '2027-01-01', to: '2027-12-31' }], formatsAccepted: ['EXPERT_ASSIGNMENT'], maxConcurrentEngagements: 4,
      } },
    ));
    const implausible = await act(george, DRAFT, { input: sanitationRequest({ earliestStart: '0001-01-01', latestEnd: '2020-06-30' }) });
    expect(implausible.request).toBeNull();
    expect(implausible.userErrors.map((e) => [e.code, e.field])).toEqual([['DATE_IMPLAUSIBLE', 'earliestStart'], ['DATE_IN_PAST', 'latestEnd']]);

    requestId = await validatedRequest('workflow-first');
    const { status, matchesConnection } = await matchesOf(requestId);
    expect(status).toBe('VALIDATED');
    expect(matchesConnection.totalCount).toBe(matchesConnection.nodes.length);
    expect(matchesConnection.nodes.map((m) => m.official.id)).toContain(demo.officials.pieterVanDijk);
    expect(matchesConnection.nodes.length).toBeGreaterThan(1);
  });

  it('tells the proposed official, lets the secretariat withdraw another suggestion, and the peer accept', async () => {
    const nodes = (await matchesOf(requestId)).matchesConnection.nodes;
    const pieterMatch = nodes.find((m) => m.official.id === demo.officials.pieterVanDijk)!;
    await done(staff, PROPOSE, { id: pieterMatch.id });
    await platform.settle();
    const inbox = await inboxOf(pieter);
    expect(inbox.nodes.filter((n) => n.matchId === pieterMatch.id).map((n) => n.kind)).toEqual(['PROPOSAL_RECEIVED']);
    const pending = await read(pieter, `{ me { pendingProposals(first: 10) { totalCount nodes { id status request { id } } } } }`);
    expect(pending.me.pendingProposals.nodes).toContainEqual({ id: pieterMatch.id, status: 'PROPOSED', request: { id: requestId } });
    expect(pending.me.pendingProposals.totalCount).toBe(pending.me.pendingProposals.nodes.length);

    const other = nodes.find((m) => m.id !== pieterMatch.id && m.status === 'SUGGESTED')!;
    const withdraw = `mutation($id: ID!) { withdrawMatch(input: { matchId: $id, reason: "The official is on leave that year." }) { match { status } userErrors { code message } } }`;
    expect(forbidden(await as(george)(withdraw, { id: other.id }))).toEqual(['FORBIDDEN']);
    expect((await done(staff, withdraw, { id: other.id })).match.status).toBe('WITHDRAWN');

    expect((await done(pieter, RESPOND, { id: pieterMatch.id })).match.status).toBe('ACCEPTED');
    await platform.settle();
    matchId = pieterMatch.id;
    expect((await inboxOf(george)).nodes.filter((n) => n.matchId === matchId).map((n) => n.kind)).toEqual(['PROPOSAL_ACCEPTED']);
    expect((await read(staff, REQUEST_STATUS, { id: requestId })).request.status).toBe('MATCHED');
    const after = await read(pieter, `{ me { pendingProposals(first: 10) { nodes { id } } } }`);
    expect(after.me.pendingProposals.nodes.map((m: { id: string }) => m.id)).not.toContain(matchId);
  });

  it('refuses a plan that departs from the request, then plans it and tells the participants, and tells them of a change', async () => {
    const refused = await act(staff, PLAN, plan(matchId, 'workflow-plan-bad', { format: 'STUDY_VISIT', startsOn: '2029-01-08', endsOn: '2029-01-12', associationIds: [] }));
    expect(refused.exchange).toBeNull();
    expect(codes(refused)).toEqual(['FORMAT_NOT_REQUESTED', 'OUTSIDE_REQUEST_WINDOW', 'OUTSIDE_PEER_AVAILABILITY', 'ASSOCIATION_REQUIRED']);

    const planned = await done(staff, PLAN, plan(matchId, 'workflow-plan'));
    exchangeId = planned.exchange.id;
    expect(planned.exchange.status).toBe('PLANNED');
    await platform.settle();
    for (const participant of [george, pieter]) {
      expect((await inboxOf(participant)).nodes.filter((n) => n.exchangeId === exchangeId).map((n) => n.kind)).toContain('EXCHANGE_PLANNED');
    }

    const change = `mutation($id: ID!, $input: UpdateExchangeInput!) { updateExchange(id: $id, input: $input) { exchange { startsOn location } userErrors { code message } } }`;
    expect(forbidden(await as(george)(change, { id: exchangeId, input: { location: 'Elsewhere' } }))).toEqual(['FORBIDDEN']);
    const changed = await done(staff, change, { id: exchangeId, input: { startsOn: '2027-03-08', location: 'Agona Swedru town hall' } });
    expect(changed.exchange).toEqual({ startsOn: '2027-03-08', location: 'Agona Swedru town hall' });
    await platform.settle();
    for (const participant of [george, pieter]) {
      expect((await inboxOf(participant)).nodes.filter((n) => n.exchangeId === exchangeId).map((n) => n.kind)).toContain('EXCHANGE_CHANGED');
    }
  });

  it('evaluates before, during and after, refuses an unopened follow-up and lets only the author correct', async () => {
    const due = async (viewer: Viewer) =>
      (await read(viewer, `{ me { evaluationsDue { phase exchange { id } } } }`)).me.evaluationsDue.filter((d: { exchange: { id: string } }) => d.exchange.id === exchangeId).map((d: { phase: string }) => d.phase);
    expect(await due(george)).toContain('BEFORE');
    const evaluate = (viewer: Viewer, phase: string, respondentRole: string, overallRating: number, followUpMonths?: number) =>
      act(viewer, EVALUATE, { input: {
        exchangeId, phase, respondentRole, overallRating,
        indicators: [{ indicator: 'relevance', score: overallRating }],
        narrative: `${phase} evaluation by the ${respondentRole.toLowerCase()}.`,
        ...(followUpMonths === undefined ? {} : { followUpMonths }),
      } });
    const before = await evaluate(george, 'BEFORE', 'REQUESTER', 3);
    expect(codes(before)).toEqual([]);
    georgeBefore = before.evaluation.id;
    expect(await due(george)).not.toContain('BEFORE');

    expect((await done(staff, `mutation($id: ID!) { startExchange(input: { exchangeId: $id }) { exchange { status } userErrors { code message } } }`, { id: exchangeId })).exchange.status).toBe('IN_PROGRESS');
    await platform.settle();
    expect((await read(staff, REQUEST_STATUS, { id: requestId })).request.status).toBe('IN_EXCHANGE');
    expect(codes(await evaluate(pieter, 'DURING', 'PEER', 4))).toEqual([]);

    const correct = `mutation($input: CorrectEvaluationInput!) { correctEvaluation(input: $input) { evaluation { id overallRating } userErrors { code message } } }`;
    const correction = { evaluationId: georgeBefore, overallRating: 2, reason: 'The baseline was rated too kindly.' };
    expect(forbidden(await as(pieter)(correct, { input: correction }))).toEqual(['FORBIDDEN']);
    expect((await done(george, correct, { input: correction })).evaluation).toEqual({ id: georgeBefore, overallRating: 2 });

    expect((await done(staff, `mutation($id: ID!) { completeExchange(input: { exchangeId: $id }) { exchange { status } userErrors { code message } } }`, { id: exchangeId })).exchange.status).toBe('COMPLETED');
    await platform.settle();
    expect((await read(staff, REQUEST_STATUS, { id: requestId })).request.status).toBe('COMPLETED');
    expect(await due(george)).toContain('AFTER');
    expect(codes(await evaluate(george, 'AFTER', 'REQUESTER', 5, 0))).toEqual([]);
    expect(codes(await evaluate(pieter, 'AFTER', 'PEER', 5, 0))).toEqual([]);
    expect(await due(george)).not.toContain('AFTER');
    expect(await due(pieter)).not.toContain('AFTER');
    expect((await inboxOf(vng)).nodes.filter((n) => n.exchangeId === exchangeId).map((n) => n.kind)).toEqual(expect.arrayContaining(['EXCHANGE_PLANNED', 'EVALUATION_DUE']));
    expect(codes(await evaluate(george, 'AFTER', 'REQUESTER', 5, 6))).toEqual(['FOLLOW_UP_NOT_OPEN']);

    // Matching ranks peers by their AFTER ratings; a corrected rating reaches it by event.
    await platform.settle();
    const experience = async () => {
      const run = await done(staff, `mutation($id: ID!) { runMatching(input: { requestId: $id }) { request { matches { official { id } factors { factor explanation } } } userErrors { code message } } }`, { id: demo.requests.jinjaWaste });
      const match = run.request.matches.find((m: { official: { id: string } }) => m.official.id === demo.officials.pieterVanDijk);
      return match.factors.find((f: { factor: string }) => f.factor === 'EXPERIENCE').explanation as string;
    };
    const rated = await experience();
    const afterId = (await read(george, `query($id: ID!) { exchange(id: $id) { evaluations { id phase respondentRole } } }`, { id: exchangeId })).exchange.evaluations
      .find((e: { phase: string; respondentRole: string }) => e.phase === 'AFTER' && e.respondentRole === 'REQUESTER').id;
    expect((await done(george, correct, { input: { evaluationId: afterId, overallRating: 1, reason: 'The plan was not adopted after all.' } })).evaluation.overallRating).toBe(1);
    await platform.settle();
    const mean = (explanation: string) => Number(/rated ([\d.]+) of 5/.exec(explanation)?.[1]);
    expect(mean(await experience())).toBeLessThan(mean(rated));
  });

  it('documents the lesson once, edits it, returns it to its association with word, and publishes it', async () => {
    const document = `mutation($input: DocumentBestPracticeInput!) { documentBestPractice(input: $input) { bestPractice { id status } userErrors { code message } } }`;
    const lesson = { exchangeId, title: 'Planning latrine emptying before the rains', summary: 'How Agona West and Deventer planned latrine emptying around the seasons.', body: 'Context, approach and results.', topics: ['sanitation'], language: 'en' };
    const toDocument = async () => (await read(vng, `{ me { bestPracticesToDocument(first: 100) { totalCount nodes { exchange { id } } } } }`)).me.bestPracticesToDocument;
    const before = await toDocument();
    expect(before.nodes.map((l: { exchange: { id: string } }) => l.exchange.id)).toContain(exchangeId);
    expect(before.totalCount).toBe(before.nodes.length);
    const documented = await done(vng, document, { input: lesson });
    practiceId = documented.bestPractice.id;
    expect(documented.bestPractice.status).toBe('DRAFT');
    expect(codes(await act(vng, document, { input: { ...lesson, title: 'Twice' } }))).toEqual(['ALREADY_DOCUMENTED']);
    expect((await toDocument()).nodes.map((l: { exchange: { id: string } }) => l.exchange.id)).not.toContain(exchangeId);

    const edit = `mutation($input: UpdateBestPracticeInput!) { updateBestPractice(input: $input) { bestPractice { title } userErrors { code message } } }`;
    expect(forbidden(await as(nalag)(edit, { input: { bestPracticeId: practiceId, title: 'Not ours' } }))).toEqual(['FORBIDDEN']);
    expect((await done(vng, edit, { input: { bestPracticeId: practiceId, title: 'Emptying latrines before the rains' } })).bestPractice.title).toBe('Emptying latrines before the rains');

    const submit = `mutation($id: ID!) { submitBestPracticeForReview(input: { bestPracticeId: $id }) { bestPractice { status } userErrors { code message } } }`;
    expect((await done(vng, submit, { id: practiceId })).bestPractice.status).toBe('IN_REVIEW');
    const review = (await read(staff, `{ me { bestPracticesToReview(first: 100) { totalCount nodes { id } } } }`)).me.bestPracticesToReview;
    expect(review.nodes.map((p: { id: string }) => p.id)).toContain(practiceId);
    const returned = await done(staff, `mutation($id: ID!) { returnBestPracticeToDraft(input: { bestPracticeId: $id, reason: "Add the costs." }) { bestPractice { status } userErrors { code message } } }`, { id: practiceId });
    expect(returned.bestPractice.status).toBe('DRAFT');
    await platform.settle();
    expect((await inboxOf(vng)).nodes.filter((n) => n.bestPracticeId === practiceId).map((n) => n.kind)).toEqual(['BEST_PRACTICE_RETURNED']);

    expect((await done(vng, submit, { id: practiceId })).bestPractice.status).toBe('IN_REVIEW');
    const published = await done(staff, `mutation($id: ID!) { publishBestPractice(input: { bestPracticeId: $id }) { bestPractice { status } userErrors { code message } } }`, { id: practiceId });
    expect(published.bestPractice.status).toBe('PUBLISHED');
    await platform.settle();
    expect((await inboxOf(vng)).nodes.filter((n) => n.bestPracticeId === practiceId).map((n) => n.kind).sort()).toEqual(['BEST_PRACTICE_PUBLISHED', 'BEST_PRACTICE_RETURNED']);
    const practices = await read(undefined, `{ bestPractices(first: 100) { totalCount nodes { id } } }`);
    expect(practices.bestPractices.nodes.map((p: { id: string }) => p.id)).toContain(practiceId);
    expect(practices.bestPractices.totalCount).toBe(practices.bestPractices.nodes.length);
  });

  it('schedules, updates and cancels a knowledge event', async () => {
    const schedule = `mutation($input: ScheduleKnowledgeEventInput!) { scheduleKnowledgeEvent(input: $input) { knowledgeEvent { id status organiser { id } } userErrors { code message } } }`;
    const input = { title: 'Sanitation roundtable', kind: 'ROUNDTABLE', date: '2027-09-15', location: 'Accra', audiences: ['LOCAL_AND_REGIONAL_GOVERNMENT'], practiceIds: [practiceId] };
    expect(forbidden(await as(george)(schedule, { input }))).toEqual(['FORBIDDEN']);
    const scheduled = await done(vng, schedule, { input });
    const eventId = scheduled.knowledgeEvent.id as string;
    expect(scheduled.knowledgeEvent.organiser).toEqual({ id: demo.associations.vng });
    const update = `mutation($input: UpdateKnowledgeEventInput!) { updateKnowledgeEvent(input: $input) { knowledgeEvent { date location } userErrors { code message } } }`;
    expect(forbidden(await as(nalag)(update, { input: { knowledgeEventId: eventId, location: 'Kumasi' } }))).toEqual(['FORBIDDEN']);
    expect((await done(vng, update, { input: { knowledgeEventId: eventId, date: '2027-09-22', location: 'Kumasi' } })).knowledgeEvent).toEqual({ date: '2027-09-22', location: 'Kumasi' });
    const cancel = `mutation($input: CancelKnowledgeEventInput!) { cancelKnowledgeEvent(input: $input) { knowledgeEvent { status cancellationReason } userErrors { code message } } }`;
    expect((await done(vng, cancel, { input: { knowledgeEventId: eventId, reason: 'Too few could come.' } })).knowledgeEvent.cancellationReason).toBe('Too few could come.');
    expect(codes(await act(vng, update, { input: { knowledgeEventId: eventId, location: 'Tamale' } }))).toEqual(['EVENT_CANCELLED']);
  });

  it('closes the completed request', async () => {
    const close = `mutation($id: ID!) { closeRequest(input: { requestId: $id, reason: "Lesson published." }) { request { status history { from to } } userErrors { code message } } }`;
    expect(forbidden(await as(george)(close, { id: requestId }))).toEqual(['FORBIDDEN']);
    const closed = await done(staff, close, { id: requestId });
    expect(closed.request.status).toBe('CLOSED');
    expect(closed.request.history.at(-1)).toEqual({ from: 'COMPLETED', to: 'CLOSED' });
  });

  it('cancels the planned exchange of a withdrawn request by event, withdraws its open matches and refuses to match it again', async () => {
    const secondId = await validatedRequest('workflow-second', { title: 'Drainage of the market square', topics: ['drainage'], challenge: 'The market square floods after every storm because the drains silt up.' });
    const secondMatch = await pieterAccepts(secondId);
    const exchange = await done(staff, PLAN, plan(secondMatch, 'workflow-second-plan', { title: 'Market drainage in Agona West' }));
    const secondExchange = exchange.exchange.id as string;
    await platform.settle();
    const openBefore = (await matchesOf(secondId)).matchesConnection.nodes.filter((m) => m.status === 'SUGGESTED' || m.status === 'PROPOSED');
    expect(openBefore.length).toBeGreaterThan(0);
    // One of them proposed: it waits on that official until the request goes.
    const proposed = openBefore[0]!;
    await done(staff, PROPOSE, { id: proposed.id });
    const peer: Viewer = { role: 'OFFICIAL', officialId: proposed.official.id };
    const pendingOf = async () => (await read(peer, `{ me { pendingProposals(first: 50) { nodes { id } } } }`)).me.pendingProposals.nodes.map((m: { id: string }) => m.id);
    expect(await pendingOf()).toContain(proposed.id);

    const withdraw = `mutation($id: ID!) { withdrawRequest(input: { requestId: $id, reason: "The council chose another plan." }) { request { status } userErrors { code message } } }`;
    expect((await done(george, withdraw, { id: secondId })).request.status).toBe('WITHDRAWN');
    await platform.settle();

    const cancelled = (await read(staff, EXCHANGE, { id: secondExchange })).exchange;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.history.at(-1)).toMatchObject({ from: 'PLANNED', to: 'CANCELLED', actor: 'SYSTEM' });
    const after = await matchesOf(secondId);
    for (const open of openBefore) {
      const match = after.matchesConnection.nodes.find((m) => m.id === open.id)!;
      expect(match.status).toBe('WITHDRAWN');
      expect(match.history.at(-1)).toMatchObject({ to: 'WITHDRAWN', actor: 'SYSTEM' });
    }
    expect(await pendingOf()).not.toContain(proposed.id);
    const rerun = await act(staff, `mutation($id: ID!) { runMatching(input: { requestId: $id }) { userErrors { code message } } }`, { id: secondId });
    expect(codes(rerun)).toEqual(['REQUEST_CLOSED']);
    expect((await inboxOf(pieter)).nodes.filter((n) => n.exchangeId === secondExchange).map((n) => n.kind)).toContain('EXCHANGE_CANCELLED');
  });

  it('refuses, by event, the withdrawal of a request whose exchange is under way', async () => {
    const andrea: Viewer = { role: 'OFFICIAL', officialId: demo.officials.andreaGomez };
    const id = demo.requests.villaDeLeyvaEcotourism;
    const withdraw = `mutation($id: ID!) { withdrawRequest(input: { requestId: $id, reason: "Changed our minds." }) { request { status } userErrors { code message } } }`;
    const answer = await act(andrea, withdraw, { id });
    await platform.settle();
    const request = (await read(staff, `query($id: ID!) { request(id: $id) { status history { to actor } } }`, { id })).request;
    expect(request.status).toBe('IN_EXCHANGE');
    expect((await read(staff, EXCHANGE, { id: demo.exchanges.villaDeLeyvaEcotourism })).exchange.status).toBe('IN_PROGRESS');
    // Either refused at once, or taken and then reinstated when the exchanges service refused it.
    if (codes(answer).length === 0) expect(request.history.at(-1)).toEqual({ to: 'IN_EXCHANGE', actor: 'SYSTEM' });
  });

  it('marks notifications read, each viewer only their own', async () => {
    const mark = `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) { me { notifications { unreadCount } } userErrors { code } } }`;
    const pieters = await inboxOf(pieter);
    const unread = pieters.nodes.find((n) => !n.readAt)!;
    expect(codes(await act(george, mark, { ids: [unread.id] }))).toEqual(['NOT_FOUND']);
    expect((await done(pieter, mark, { ids: [unread.id] })).me.notifications.unreadCount).toBe(pieters.unreadCount - 1);
    expect((await done(vng, mark, { all: true })).me.notifications.unreadCount).toBe(0);
    expect(forbidden(await as(staff)(mark, { all: true }))).toEqual(['FORBIDDEN']);
  });

  it("answers `me` for every role with every service's part, and null for anonymous callers", async () => {
    const me = async (viewer?: Viewer) => {
      const result = await as(viewer)<{ me: any }>(operation('Me'));
      expect(result.errors).toBeUndefined();
      return result.data!.me;
    };
    const official = await me(george);
    expect(official).toMatchObject({ id: `OFFICIAL:${demo.officials.georgeFreeman}`, role: 'OFFICIAL', official: { id: demo.officials.georgeFreeman, fullName: 'George Freeman' }, association: null, municipality: { id: demo.municipalities.agonaWest, name: 'Agona West' } });
    expect(official.requests.nodes.map((r: { id: string }) => r.id)).toContain(requestId);
    const counts = Object.fromEntries(official.requestCounts.map((c: { status: string; count: number }) => [c.status, c.count]));
    expect(counts.CLOSED).toBeGreaterThanOrEqual(1);
    expect(counts.WITHDRAWN).toBeGreaterThanOrEqual(1);
    expect(official.requests.totalCount).toBe(Object.values(counts as Record<string, number>).reduce((s, n) => s + n, 0));
    expect(official.notifications.totalCount).toBe(official.notifications.unreadCount);

    const association = await me(vng);
    expect(association).toMatchObject({ id: `ASSOCIATION:${demo.associations.vng}`, role: 'ASSOCIATION', official: null, association: { id: demo.associations.vng, acronym: 'VNG' }, notifications: { unreadCount: 0 } });
    expect(association.bestPracticesToDocument.totalCount).toBeGreaterThanOrEqual(0);

    const secretariat = await me(staff);
    expect(secretariat).toMatchObject({ role: 'STAFF', official: null, association: null, municipality: null });
    expect(secretariat.bestPracticesToReview.totalCount).toBe(secretariat.bestPracticesToReview.nodes.length);

    const donorMe = await me(donor);
    expect(donorMe).toMatchObject({ role: 'DONOR', official: null, association: null, municipality: null });
    expect(await me()).toBeNull();
  });

  it('counts connections and finds sanitation requests under the water topic', async () => {
    const list = await read(staff, `query($filter: RequestFilter) { requests(filter: $filter, first: 100) { totalCount nodes { id topics { code } } } }`, { filter: { topic: 'water' } });
    expect(list.requests.totalCount).toBe(list.requests.nodes.length);
    const ids = list.requests.nodes.map((r: { id: string }) => r.id);
    expect(ids).toContain(requestId);
    expect(ids).toContain(demo.requests.agonaWestSanitation);
    const exchanges = await read(staff, `{ exchanges(first: 100) { totalCount nodes { id } } }`);
    expect(exchanges.exchanges.totalCount).toBe(exchanges.exchanges.nodes.length);
    expect(exchanges.exchanges.nodes.map((e: { id: string }) => e.id)).toContain(exchangeId);
  });
});
