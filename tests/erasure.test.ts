// Erasure is final, across the five services and at the gateway. An erased official's
// token stays valid until it expires: no service accepts an action by it, staff cannot
// act for the erased official any more, and the gateway, once the OfficialErased event
// has reached it, refuses the token outright; a gateway that starts again learns the
// erasures again from the events. Runs on PGlite with in-process events and, with
// DATABASE_URL and NATS_URL set, on PostgreSQL with NATS JetStream.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGateway, signToken } from '@connect/gateway';
import { createLogger, demo, DEVELOPMENT_JWT_SECRET, type Viewer } from '@connect/kit';
import { productionMode, startTestPlatform, type TestPlatform } from './support/platform.ts';

let platform: TestPlatform;

const o = demo.officials;
const erasedOfficial = o.sigrunArnadottir;
const erased: Viewer = { role: 'OFFICIAL', officialId: erasedOfficial };
const staff: Viewer = { role: 'STAFF' };

type Coded = { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
const codes = (result: Coded) => result.errors?.map((e) => e.extensions?.code);
type Payload = { userErrors: { code: string; field: string | null }[] };

const updateOfficial = `mutation($input: UpdateOfficialInput!) { updateOfficial(input: $input) { official { fullName } userErrors { code field } } }`;
const restore = { officialId: erasedOfficial, fullName: 'Sigrún Árnadóttir', email: 'sigrun@sandgerdi.example', phone: '+354 420 7500' };

/** One action of each service that the erased official could try, with input the schema accepts. */
const actionsOfEachService: [string, string, Record<string, unknown>][] = [
  ['municipalities', updateOfficial, { input: restore }],
  [
    'requests',
    `mutation($input: DraftRequestInput!) { draftRequest(input: $input) { request { id } userErrors { code } } }`,
    { input: { title: 'Harbour again', challenge: 'A new harbour plan', expectedOutcome: 'A plan', topics: ['ecotourism'], preferredFormats: ['STUDY_VISIT'], languages: ['en'] } },
  ],
  [
    'matching',
    `mutation($input: DeclareExpertiseInput!) { declareExpertise(input: $input) { userErrors { code } } }`,
    { input: { topics: [{ topic: 'ecotourism', level: 'EXPERT', yearsOfExperience: 5 }], languages: ['en'], availability: [], formatsAccepted: ['STUDY_VISIT'] } },
  ],
  [
    'exchanges',
    `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { userErrors { code } } }`,
    { input: { exchangeId: demo.exchanges.villaDeLeyvaEcotourism, kind: 'NEW_IDEA', description: 'Back again' } },
  ],
  [
    'knowledge',
    `mutation($input: ScheduleKnowledgeEventInput!) { scheduleKnowledgeEvent(input: $input) { userErrors { code } } }`,
    { input: { title: 'A comeback', kind: 'WORKSHOP', date: '2031-01-01', audiences: ['DONOR_COMMUNITY'], practiceIds: [] } },
  ],
];

beforeAll(async () => {
  // Production mode: what a real deployment answers, masking and all.
  platform = await startTestPlatform(productionMode());
  await platform.settle();
  const result = await platform.query<{ eraseOfficial: Payload }>(
    `mutation($input: EraseOfficialInput!) { eraseOfficial(input: $input) { userErrors { code field } } }`,
    { input: { officialId: erasedOfficial } },
    staff,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.eraseOfficial.userErrors).toEqual([]);
});
afterAll(() => platform?.dispose());

describe('an erased official', () => {
  it('cannot put their name and contact details back, even before any event was delivered', async () => {
    // The directory remembers the erasure in the transaction that erased: the very next call is refused.
    const result = await platform.subgraph('municipalities').execute({ query: updateOfficial, variables: { input: restore } }, erased);
    expect(codes(result)).toEqual(['OFFICIAL_ERASED']);
  });

  it.each(actionsOfEachService)('is refused by %s, which learnt the erasure by event', async (service, query, variables) => {
    await platform.settle();
    const result = await platform.subgraph(service as never).execute({ query, variables }, erased);
    expect(codes(result)).toEqual(['OFFICIAL_ERASED']);
  });

  it('has their token refused by the gateway once it heard of the erasure, reads included', async () => {
    await platform.settle();
    await vi.waitFor(async () => {
      const read = await platform.query(`{ official(id: "${erasedOfficial}") { fullName } }`, {}, erased);
      expect(codes(read)).toEqual(['OFFICIAL_ERASED']);
    });
    const result = await platform.query(updateOfficial, { input: restore }, erased);
    expect(result.data ?? null).toBeNull();
    expect(codes(result)).toEqual(['OFFICIAL_ERASED']);
  });

  it('stays erased in the directory, as every other service has it', async () => {
    const result = await platform.query<{ official: Record<string, unknown> }>(
      `{ official(id: "${erasedOfficial}") { fullName position email phone } }`,
      {},
      staff,
    );
    expect(result.data?.official).toEqual({ fullName: 'Erased official', position: '—', email: null, phone: null });
  });
});

describe('staff acting for an erased official', () => {
  it('cannot update them: a userError OFFICIAL_ERASED, nothing written', async () => {
    const result = await platform.query<{ updateOfficial: Payload & { official: unknown } }>(updateOfficial, { input: restore }, staff);
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateOfficial).toEqual({ official: null, userErrors: [{ code: 'OFFICIAL_ERASED', field: 'officialId' }] });
  });

  it('cannot propose them for a request', async () => {
    await platform.settle();
    const result = await platform.query<{ proposeMatch: Payload }>(
      `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { userErrors { code field } } }`,
      { input: { matchId: demo.matches.agonaWestSigrun } },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.proposeMatch.userErrors).toEqual([{ code: 'OFFICIAL_ERASED', field: 'matchId' }]);
  });

  it('cannot plan an exchange with them', async () => {
    await platform.settle();
    const result = await platform.query<{ planExchange: Payload }>(
      `mutation($input: PlanExchangeInput!) { planExchange(input: $input) { userErrors { code field } } }`,
      {
        input: {
          matchId: demo.matches.villaDeLeyvaSigrun,
          title: 'A visit that will not happen',
          format: 'STUDY_VISIT',
          startsOn: '2031-03-01',
          endsOn: '2031-03-10',
          hostMunicipalityId: demo.municipalities.sandgerdi,
          participants: [{ officialId: erasedOfficial, role: 'HOST' }],
        },
      },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.planExchange.userErrors).toEqual([{ code: 'OFFICIAL_ERASED', field: 'participants' }]);
  });

  it('cannot erase them twice', async () => {
    const result = await platform.query<{ eraseOfficial: Payload }>(
      `mutation($input: EraseOfficialInput!) { eraseOfficial(input: $input) { userErrors { code field } } }`,
      { input: { officialId: erasedOfficial } },
      staff,
    );
    expect(result.data?.eraseOfficial.userErrors).toEqual([{ code: 'OFFICIAL_ERASED', field: 'officialId' }]);
  });
});

describe('a gateway that starts again', () => {
  it('learns the erasures again from the events and refuses the token over HTTP with 401', async () => {
    await platform.settle();
    // A second gateway on the same events, with nothing known beforehand: what a restart is.
    const gateway = await createGateway({
      inProcess: platform.subgraphs,
      environment: 'test',
      log: createLogger('gateway', 'silent'),
      erasures: { transport: platform.transport },
    });
    const listener = await gateway.listen(0);
    try {
      const call = async (viewer: Viewer) =>
        fetch(listener.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${await signToken(viewer, DEVELOPMENT_JWT_SECRET, '10m')}` },
          body: JSON.stringify({ query: `{ official(id: "${erasedOfficial}") { fullName } }` }),
        });
      const refused = await call(erased);
      expect(refused.status).toBe(401);
      expect(codes((await refused.json()) as Coded)).toEqual(['OFFICIAL_ERASED']);
      const other = await call({ role: 'OFFICIAL', officialId: o.pieterVanDijk });
      expect(other.status).toBe(200);
      expect(await other.json()).toEqual({ data: { official: { fullName: 'Erased official' } } });
    } finally {
      await listener.close();
      await gateway.stop();
    }
  });
});
