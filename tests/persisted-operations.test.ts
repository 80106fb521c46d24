// Trusted documents over HTTP: the documented operations sent by hash, with
// PERSISTED_OPERATIONS_ONLY on (only they run) and off (the default: text runs too), and
// the token and the limits applying to them as to any operation.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BestPracticeListDocument, ImpactDashboardDocument, request as requestWith, GraphQLRequestError } from '@connect/client';
import {
  createGateway,
  defaultGatewaySettings,
  LIMIT_EXCEEDED,
  loadPersistedOperations,
  PERSISTED_OPERATION_NOT_FOUND,
  PERSISTED_OPERATION_REQUIRED,
  signToken,
  type Gateway,
} from '@connect/gateway';
import { createLogger, DEVELOPMENT_JWT_SECRET, isMutation, type HttpListener } from '@connect/kit';
import { operation, startTestPlatform, type TestPlatform } from './support/platform.ts';
import { expectRefusal, postGraphQL } from './support/raw-http.ts';

const manifest = loadPersistedOperations();
const hashOf = (name: string) => [...manifest].find(([, document]) => document.startsWith(`query ${name}(`))![0];
const byHash = (name: string, variables: Record<string, unknown> = {}, sha256Hash = hashOf(name)) => ({
  operationName: name,
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash } },
});
const unknownHash = createHash('sha256').update('query Unknown { topics { code } }').digest('hex');

let platform: TestPlatform;
let open: string;
let only: string;
let donor: Record<string, string>;
const extras: { gateway: Gateway; listener: HttpListener }[] = [];

/** A gateway over the platform's subgraphs (in process), with or without the flag. */
async function gatewayWith(persistedOperationsOnly: boolean): Promise<string> {
  const gateway = await createGateway({
    inProcess: platform.subgraphs,
    environment: 'test',
    settings: { ...defaultGatewaySettings, persistedOperationsOnly },
    log: createLogger('gateway', 'silent'),
  });
  const listener = await gateway.listen(0);
  extras.push({ gateway, listener });
  return listener.url;
}

beforeAll(async () => {
  platform = await startTestPlatform();
  [open, only] = await Promise.all([gatewayWith(false), gatewayWith(true)]);
  donor = { authorization: `Bearer ${await signToken({ role: 'DONOR' }, DEVELOPMENT_JWT_SECRET)}` };
});
afterAll(async () => {
  for (const { gateway, listener } of extras) {
    await listener.close();
    await gateway.stop();
  }
  await platform?.dispose();
});

describe('with PERSISTED_OPERATIONS_ONLY=true', () => {
  it('runs a documented operation sent by its hash alone', async () => {
    const answer = await postGraphQL(only, byHash('ImpactDashboard', { filter: { countryCode: 'GH' } }), donor);
    expect(answer.status, answer.text).toBe(200);
    expect(answer.json?.errors).toBeUndefined();
    expect(answer.json?.data.impact.exchangesByCountry).toEqual([expect.objectContaining({ countryCode: 'GH' })]);
  });

  it('runs it as a web app sends it, through @connect/client with the typed document', async () => {
    const data = await requestWith(ImpactDashboardDocument, { filter: { countryCode: 'GH' } }, { endpoint: only, token: donor.authorization!.slice(7) });
    expect(data.impact.exchangesByCountry.map((c) => c.countryCode)).toEqual(['GH']);
  });

  it('refuses the text of a query, saying what to send instead', async () => {
    const answer = await postGraphQL(only, { query: operation('ImpactDashboard'), variables: {} }, donor);
    expectRefusal(answer, 400, PERSISTED_OPERATION_REQUIRED);
    expect(answer.json!.errors![0]!.message).toMatch(/persistedQuery.*sha256Hash/);
  });

  it('refuses introspection too', async () => {
    expectRefusal(await postGraphQL(only, { query: '{ __schema { queryType { name } } }' }), 400, PERSISTED_OPERATION_REQUIRED);
  });

  it('refuses a hash the manifest does not list, naming the manifest', async () => {
    const answer = await postGraphQL(only, byHash('Unknown', {}, unknownHash), donor);
    expectRefusal(answer, 400, PERSISTED_OPERATION_NOT_FOUND);
    expect(answer.json!.errors![0]!.message).toContain('schema/operations/manifest.json');
  });

  it('refuses a listed hash sent with another text', async () => {
    const answer = await postGraphQL(only, { ...byHash('ImpactDashboard'), query: '{ topics { code } }' }, donor);
    expect(answer.status).toBe(400);
    expect(answer.json?.data ?? null).toBeNull();
  });

  it('still checks the token: a bad one is refused, and a role that may not read is told so', async () => {
    expectRefusal(await postGraphQL(only, byHash('ImpactDashboard'), { authorization: 'Bearer not-a-token' }), 401, 'UNAUTHENTICATED');
    const official = await signToken({ role: 'OFFICIAL', officialId: '00000000-0000-4000-8000-000000000001' }, DEVELOPMENT_JWT_SECRET);
    const error = await requestWith(ImpactDashboardDocument, {}, { endpoint: only, token: official }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).code).toBe('FORBIDDEN');
  });

  it('still applies the operation limits to what a listed operation is sent', async () => {
    const { maxQueryStringLength } = defaultGatewaySettings.limits;
    const answer = await postGraphQL(only, byHash('BestPracticeList', { filter: { search: 'x'.repeat(maxQueryStringLength + 1) } }), donor);
    expectRefusal(answer, 400, LIMIT_EXCEEDED);
    const found = await requestWith(BestPracticeListDocument, { filter: { topic: 'sanitation' }, first: 1 }, { endpoint: only });
    expect(found.bestPractices.nodes.length).toBeLessThanOrEqual(1);
  });
});

describe('the mutation rate limit', () => {
  it('counts a mutation sent by its hash alone as a mutation', () => {
    const documents = new Map([[unknownHash, 'mutation Documented { submitRequest(id: "x") { id } }']]);
    const body = { operationName: 'Documented', extensions: { persistedQuery: { version: 1, sha256Hash: unknownHash } } };
    expect(isMutation(body, 1_000, (hash) => documents.get(hash))).toBe(true);
    expect(isMutation(body, 1_000)).toBe(false);
    expect(isMutation(byHash('ImpactDashboard'), 1_000, (hash) => manifest.get(hash))).toBe(false);
  });
});

describe('with PERSISTED_OPERATIONS_ONLY off (the default)', () => {
  it('runs the text of a query', async () => {
    const answer = await postGraphQL(open, { query: operation('ImpactDashboard'), variables: { filter: { countryCode: 'GH' } } }, donor);
    expect(answer.json?.errors).toBeUndefined();
    expect(answer.json?.data.impact.exchangesByCountry).toEqual([expect.objectContaining({ countryCode: 'GH' })]);
  });

  it('runs a documented operation by its hash', async () => {
    const answer = await postGraphQL(open, byHash('ImpactDashboard', { filter: { countryCode: 'GH' } }), donor);
    expect(answer.json?.errors).toBeUndefined();
    expect(answer.json?.data.impact.exchangesByCountry).toEqual([expect.objectContaining({ countryCode: 'GH' })]);
  });

  it('answers an unknown hash as automatic persisted queries expect, so such clients send the text along', async () => {
    const answer = await postGraphQL(open, byHash('Unknown', {}, unknownHash));
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const query = 'query Unknown { topics { code } }';
    const registered = await postGraphQL(open, { ...byHash('Unknown', {}, unknownHash), query });
    expect(registered.json?.errors).toBeUndefined();
    expect((await postGraphQL(open, byHash('Unknown', {}, unknownHash))).json?.data.topics.length).toBeGreaterThan(0);
  });
});
