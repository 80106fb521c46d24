// The brochure's whole story through the gateway, each step taken by the person who
// takes it in life, with their own token: an official asks, the association endorses,
// the secretariat validates, matching finds a peer abroad, the peer accepts, the
// exchange is planned, evaluated before, during and after, and its lesson is
// published. It runs in process and over real HTTP; with DATABASE_URL and NATS_URL set,
// on PostgreSQL with events through JetStream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import { clientFor, ok, type Ask } from './support/client.ts';
import { operation, startTestPlatform, type TestPlatform } from './support/platform.ts';

const george: Viewer = { role: 'OFFICIAL', officialId: demo.officials.georgeFreeman };
const pieter: Viewer = { role: 'OFFICIAL', officialId: demo.officials.pieterVanDijk };
const nalag: Viewer = { role: 'ASSOCIATION', associationId: demo.associations.nalag };
const vng: Viewer = { role: 'ASSOCIATION', associationId: demo.associations.vng };
const staff: Viewer = { role: 'STAFF' };
const donor: Viewer = { role: 'DONOR' };

const impactQuery = `{ impact {
  requestsByStatus { status count }
  exchangesByFormat { format count }
  outcomesByKind { kind count }
  averageRatings { phase respondentRole average count }
  medianDaysSubmissionToValidation medianDaysValidationToExchangeStart } }`;

interface Impact {
  requestsByStatus: { status: string; count: number }[];
  exchangesByFormat: { format: string; count: number }[];
  outcomesByKind: { kind: string; count: number }[];
  averageRatings: { phase: string; respondentRole: string; average: number; count: number }[];
  medianDaysSubmissionToValidation: number | null;
  medianDaysValidationToExchangeStart: number | null;
}

function countOf<T extends { count: number }>(rows: T[], match: Partial<T>): number {
  return rows.filter((r) => Object.entries(match).every(([k, v]) => r[k as keyof T] === v)).reduce((s, r) => s + r.count, 0);
}

/** Fails with the refusal when a mutation payload carries userErrors. */
function accepted<T extends { userErrors: { code: string; message: string }[] }>(payload: T): T {
  expect(payload.userErrors).toEqual([]);
  return payload;
}

describe.each(['in-process', 'http'] as const)('the CONNECT story, %s', (calls) => {
  let platform: TestPlatform;
  let as: (viewer?: Viewer) => Ask;

  beforeAll(async () => {
    platform = await startTestPlatform({ transport: calls });
    as = clientFor(platform, calls);
    // The demo story's officials and municipalities reach the other services by event.
    await platform.settle();
  });
  afterAll(() => platform?.dispose());

  it('goes from a request to a published best practice, and impact counts it', async () => {
    const impactBefore = ok(await as(donor)<{ impact: Impact }>(impactQuery)).impact;

    // A peer abroad keeps their expertise and availability current.
    accepted(
      ok(
        await as(pieter)(
          `mutation($input: DeclareExpertiseInput!) { declareExpertise(input: $input) { official { id } userErrors { code message } } }`,
          {
            input: {
              topics: [
                { topic: 'sanitation', level: 'EXPERT', yearsOfExperience: 18, summary: 'Sanitation planning with water boards and residents' },
                { topic: 'drainage', level: 'EXPERIENCED', yearsOfExperience: 10 },
              ],
              summary: 'I plan sanitation services together with the water board, residents and entrepreneurs: faecal sludge, sewerage and public toilets.',
              languages: ['nl', 'en'],
              availability: [{ from: '2027-01-01', to: '2027-12-31' }],
              formatsAccepted: ['EXPERT_ASSIGNMENT', 'STUDY_VISIT'],
              maxConcurrentEngagements: 2,
            },
          },
        ),
      ).declareExpertise,
    );

    // An official of Agona West drafts and submits a request.
    const drafted = accepted(
      ok(
        await as(george)<{ draftRequest: { request: { id: string; reference: string; status: string }; userErrors: [] } }>(
          `mutation($input: DraftRequestInput!) { draftRequest(input: $input) { request { id reference status } userErrors { code message } } }`,
          {
            input: {
              title: 'Treating faecal sludge from the new public toilets',
              challenge: 'Our public toilets fill faster than the desludging trucks can empty them, and the sludge has nowhere safe to go.',
              expectedOutcome: 'A faecal sludge treatment plan the Municipal Assembly can adopt.',
              topics: ['sanitation'],
              preferredFormats: ['EXPERT_ASSIGNMENT'],
              languages: ['en'],
              earliestStart: '2027-02-01',
              latestEnd: '2027-11-30',
              idempotencyKey: `story-${calls}`,
            },
          },
        ),
      ).draftRequest,
    );
    const requestId = drafted.request.id;
    expect(drafted.request.status).toBe('DRAFT');
    expect(drafted.request.reference).toMatch(/^REQ-\d{4}-\d{4}$/);

    const submit = `mutation($id: ID!) { submitRequest(input: { requestId: $id }) { request { status } userErrors { code message } } }`;
    expect(accepted(ok(await as(george)<any>(submit, { id: requestId })).submitRequest).request.status).toBe('SUBMITTED');

    // The requester's association endorses it; the secretariat validates it.
    accepted(
      ok(await as(nalag)<any>(`mutation($id: ID!) { endorseRequest(input: { requestId: $id, note: "NALAG supports this request." }) { request { id } userErrors { code message } } }`, { id: requestId }))
        .endorseRequest,
    );
    const validated = accepted(
      ok(
        await as(staff)<any>(
          `mutation($id: ID!) { validateRequest(input: { requestId: $id, criteriaChecked: [DEMAND_DRIVEN, PEER_TO_PEER, PUBLIC_BENEFIT], note: "Clear, local and feasible." }) { request { status validation { decision criteriaChecked } } userErrors { code message } } }`,
          { id: requestId },
        ),
      ).validateRequest,
    );
    expect(validated.request.status).toBe('VALIDATED');

    // Matching runs by itself on validation, and again when the secretariat asks.
    await platform.settle();
    const run = accepted(
      ok(
        await as(staff)<any>(
          `mutation($id: ID!) { runMatching(input: { requestId: $id }) { request { matches { id rank score status official { id } factors { factor contribution } } } userErrors { code message } } }`,
          { id: requestId },
        ),
      ).runMatching,
    );
    const matches = run.request.matches as { id: string; rank: number; score: number; status: string; official: { id: string }; factors: { contribution: number }[] }[];
    const pieterMatch = matches.find((m) => m.official.id === demo.officials.pieterVanDijk);
    expect(pieterMatch, 'the Deventer sanitation adviser is among the ranked peers').toBeDefined();
    for (const m of matches) expect(m.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(m.score, 3);

    // The secretariat proposes; the peer accepts; the request becomes MATCHED.
    accepted(ok(await as(staff)<any>(`mutation($id: ID!) { proposeMatch(input: { matchId: $id }) { match { status } userErrors { code message } } }`, { id: pieterMatch!.id })).proposeMatch);
    const answer = accepted(
      ok(await as(pieter)<any>(`mutation($id: ID!) { respondToProposal(input: { matchId: $id, accept: true, note: "Glad to help." }) { match { status } userErrors { code message } } }`, { id: pieterMatch!.id }))
        .respondToProposal,
    );
    expect(answer.match.status).toBe('ACCEPTED');
    await platform.settle();
    const statusOf = async () => ok(await as(staff)<any>(`query($id: ID!) { request(id: $id) { status } }`, { id: requestId })).request.status as string;
    expect(await statusOf()).toBe('MATCHED');

    // The secretariat plans the exchange from the accepted match.
    const planned = accepted(
      ok(
        await as(staff)<any>(
          `mutation($input: PlanExchangeInput!) { planExchange(input: $input) { exchange { id status } userErrors { code message } } }`,
          {
            input: {
              matchId: pieterMatch!.id,
              title: 'Faecal sludge treatment planning in Agona West',
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
              idempotencyKey: `plan-${calls}`,
            },
          },
        ),
      ).planExchange,
    );
    const exchangeId = planned.exchange.id as string;
    expect(planned.exchange.status).toBe('PLANNED');

    const evaluate = (viewer: Viewer, phase: string, respondentRole: string, overallRating: number, followUpMonths?: number) =>
      as(viewer)<any>(
        `mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { evaluation { id phase } userErrors { code message } } }`,
        {
          input: {
            exchangeId,
            phase,
            respondentRole,
            overallRating,
            indicators: [{ indicator: 'relevance', score: overallRating }],
            narrative: `${phase} evaluation by the ${respondentRole.toLowerCase()}.`,
            ...(followUpMonths === undefined ? {} : { followUpMonths }),
          },
        },
      );

    // Before: a baseline; only then can the exchange start.
    accepted(ok(await evaluate(george, 'BEFORE', 'REQUESTER', 4)).recordEvaluation);
    accepted(ok(await as(staff)<any>(`mutation($id: ID!) { startExchange(input: { exchangeId: $id }) { exchange { status } userErrors { code message } } }`, { id: exchangeId })).startExchange);
    await platform.settle();
    expect(await statusOf()).toBe('IN_EXCHANGE');

    // During: progress, and an outcome.
    accepted(ok(await evaluate(pieter, 'DURING', 'PEER', 4)).recordEvaluation);
    accepted(
      ok(
        await as(staff)<any>(
          `mutation($id: ID!) { recordOutcome(input: { exchangeId: $id, kind: PLAN_ADOPTED, description: "Faecal sludge treatment plan adopted by the Municipal Assembly", sdgTargets: ["6.2", "6.3"] }) { outcome { id } userErrors { code message } } }`,
          { id: exchangeId },
        ),
      ).recordOutcome,
    );
    accepted(ok(await as(staff)<any>(`mutation($id: ID!) { completeExchange(input: { exchangeId: $id }) { exchange { status } userErrors { code message } } }`, { id: exchangeId })).completeExchange);
    await platform.settle();
    expect(await statusOf()).toBe('COMPLETED');

    // After: results from both sides.
    accepted(ok(await evaluate(george, 'AFTER', 'REQUESTER', 5, 0)).recordEvaluation);
    accepted(ok(await evaluate(pieter, 'AFTER', 'PEER', 5, 0)).recordEvaluation);

    // The lesson: documented by the association, reviewed and published by the secretariat.
    const lessons = ok(await as(nalag)<any>(`{ lessonsToDocument(first: 100) { nodes { exchange { id } } } }`)).lessonsToDocument.nodes as { exchange: { id: string } }[];
    expect(lessons.map((l) => l.exchange.id)).toContain(exchangeId);
    const documented = accepted(
      ok(
        await as(vng)<any>(
          `mutation($input: DocumentBestPracticeInput!) { documentBestPractice(input: $input) { bestPractice { id status } userErrors { code message } } }`,
          {
            input: {
              exchangeId,
              title: 'Planning faecal sludge treatment before the toilets overflow',
              summary: 'How Agona West and Deventer sized a treatment plan to the desludging that public toilets really need.',
              body: 'Context, approach, results and what to watch for when planning faecal sludge treatment with a peer.',
              topics: ['sanitation'],
              language: 'en',
            },
          },
        ),
      ).documentBestPractice,
    );
    const practiceId = documented.bestPractice.id as string;
    accepted(ok(await as(vng)<any>(`mutation($id: ID!) { submitBestPracticeForReview(input: { bestPracticeId: $id }) { bestPractice { status } userErrors { code message } } }`, { id: practiceId })).submitBestPracticeForReview);
    const published = accepted(
      ok(await as(staff)<any>(`mutation($id: ID!) { publishBestPractice(input: { bestPracticeId: $id }) { bestPractice { status publishedAt } userErrors { code message } } }`, { id: practiceId }))
        .publishBestPractice,
    );
    expect(published.bestPractice.status).toBe('PUBLISHED');
    await platform.settle();

    // RequestOverview shows all of it, to anyone.
    const overview = ok(await as()<any>(operation('RequestOverview'), { id: requestId })).request;
    expect(overview.status).toBe('COMPLETED');
    expect(overview.topics).toEqual([{ code: 'sanitation', label: 'Sanitation' }]);
    expect(overview.requestingMunicipality).toEqual({ name: 'Agona West', countryCode: 'GH' });
    const accepting = overview.matches.find((m: { status: string }) => m.status === 'ACCEPTED');
    expect(accepting.official).toMatchObject({ fullName: 'Pieter van Dijk', municipality: { name: 'Deventer', countryCode: 'NL' } });
    expect(overview.exchanges).toHaveLength(1);
    const exchange = overview.exchanges[0];
    expect(exchange).toMatchObject({ format: 'EXPERT_ASSIGNMENT', status: 'COMPLETED', startsOn: '2027-03-01', endsOn: '2027-05-31' });
    expect(exchange.associations.map((a: { name: string }) => a.name).sort()).toEqual(
      ['National Association of Local Authorities of Ghana', 'Vereniging van Nederlandse Gemeenten'].sort(),
    );
    expect(exchange.evaluations.map((e: { phase: string }) => e.phase)).toEqual(['BEFORE', 'DURING', 'AFTER', 'AFTER']);
    expect(exchange.outcomes).toEqual([{ kind: 'PLAN_ADOPTED', description: 'Faecal sludge treatment plan adopted by the Municipal Assembly' }]);
    expect(exchange.bestPractices).toEqual([{ title: 'Planning faecal sludge treatment before the toilets overflow', status: 'PUBLISHED' }]);

    // Impact counts it.
    const impact = ok(await as(donor)<{ impact: Impact }>(impactQuery)).impact;
    expect(countOf(impact.requestsByStatus, { status: 'COMPLETED' })).toBe(countOf(impactBefore.requestsByStatus, { status: 'COMPLETED' }) + 1);
    expect(countOf(impact.exchangesByFormat, { format: 'EXPERT_ASSIGNMENT' })).toBe(countOf(impactBefore.exchangesByFormat, { format: 'EXPERT_ASSIGNMENT' }) + 1);
    expect(countOf(impact.outcomesByKind, { kind: 'PLAN_ADOPTED' })).toBe(countOf(impactBefore.outcomesByKind, { kind: 'PLAN_ADOPTED' }) + 1);
    for (const [phase, respondentRole] of [['BEFORE', 'REQUESTER'], ['DURING', 'PEER'], ['AFTER', 'REQUESTER'], ['AFTER', 'PEER']] as const) {
      expect(countOf(impact.averageRatings, { phase, respondentRole })).toBe(countOf(impactBefore.averageRatings, { phase, respondentRole }) + 1);
    }
    expect(impact.medianDaysSubmissionToValidation).not.toBeNull();
  });
});
