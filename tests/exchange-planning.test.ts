// Planning an exchange follows its request, and a withdrawn request takes its planned
// exchange with it: through the gateway, with the demo story's Battambang request
// (MATCHED, Anouk Jansen's match accepted), on PGlite with in-process events or, with
// DATABASE_URL and NATS_URL set, on PostgreSQL with JetStream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.ts';

const staff: Viewer = { role: 'STAFF' };
const sokha: Viewer = { role: 'OFFICIAL', officialId: demo.officials.sokhaChan };

const planMutation = `mutation($input: PlanExchangeInput!) { planExchange(input: $input) { exchange { id status } userErrors { code field } } }`;

function battambangPlan(overrides: Record<string, unknown> = {}) {
  return {
    matchId: demo.matches.battambangAnouk,
    title: 'Riverside land-use planning with Hoorn',
    format: 'EXPERT_ASSIGNMENT',
    startsOn: '2027-01-11',
    endsOn: '2027-02-19',
    hostMunicipalityId: demo.municipalities.battambang,
    participants: [
      { officialId: demo.officials.sokhaChan, role: 'HOST' },
      { officialId: demo.officials.anoukJansen, role: 'EXPERT' },
    ],
    associationIds: [demo.associations.nlcs, demo.associations.vng],
    ...overrides,
  };
}

describe('planning and withdrawal across services', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform();
    // The requests and matching seeds tell exchanges of the request and the accepted match.
    await platform.settle();
  });
  afterAll(() => platform?.dispose());

  it('refuses a plan that departs from the request, with every reason at once', async () => {
    const result = await platform.query<any>(
      planMutation,
      { input: battambangPlan({ format: 'STUDY_VISIT', startsOn: '2029-01-08', endsOn: '2029-01-12', associationIds: [] }) },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.planExchange).toEqual({
      exchange: null,
      userErrors: [
        { code: 'FORMAT_NOT_REQUESTED', field: 'format' },
        { code: 'OUTSIDE_REQUEST_WINDOW', field: 'endsOn' },
        { code: 'ASSOCIATION_REQUIRED', field: 'associationIds' },
      ],
    });
  });

  it('cancels the planned exchange of a withdrawn request, which then cannot start', async () => {
    const planned = await platform.query<any>(planMutation, { input: battambangPlan() }, staff);
    expect(planned.data.planExchange.userErrors).toEqual([]);
    const exchangeId = planned.data.planExchange.exchange.id as string;

    const withdrawn = await platform.query<any>(
      `mutation($id: ID!) { withdrawRequest(input: { requestId: $id, reason: "The council chose another plan." }) { request { status } userErrors { code message } } }`,
      { id: demo.requests.battambangUrbanPlanning },
      sokha,
    );
    expect(withdrawn.data.withdrawRequest).toEqual({ request: { status: 'WITHDRAWN' }, userErrors: [] });
    await platform.settle();

    const exchange = await platform.query<any>(`query($id: ID!) { exchange(id: $id) { status history { from to actor reason } } }`, { id: exchangeId }, staff);
    expect(exchange.data.exchange.status).toBe('CANCELLED');
    expect(exchange.data.exchange.history.at(-1)).toMatchObject({ from: 'PLANNED', to: 'CANCELLED', actor: 'SYSTEM', reason: expect.stringMatching(/^request withdrawn/) });

    const started = await platform.query<any>(
      `mutation($id: ID!) { startExchange(input: { exchangeId: $id }) { exchange { id } userErrors { code } } }`,
      { id: exchangeId },
      staff,
    );
    expect(started.data.startExchange).toEqual({ exchange: null, userErrors: [{ code: 'TRANSITION_NOT_ALLOWED' }] });
    const request = await platform.query<any>(`query($id: ID!) { request(id: $id) { status } }`, { id: demo.requests.battambangUrbanPlanning }, staff);
    expect(request.data.request.status).toBe('WITHDRAWN');
  });
});
