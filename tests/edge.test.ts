// The gateway at the edge: what it refuses before any subgraph is called (operation
// limits, batches, cross-site requests, oversized bodies, introspection in production),
// what a client learns from a fault (a short message, a code and the request id, the
// detail only in the log), and how long it waits for subgraphs.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, defaultGatewaySettings, type Gateway, type GatewaySettings } from '@connect/gateway';
import { demo, loadPlatformConfig, type HttpListener, type Logger, type RequestScope, type Subgraph } from '@connect/kit';
import { operation, startTestPlatform, type TestPlatform } from './support/platform.ts';
import { expectRefusal, postGraphQL, send, type RawRequest } from './support/raw-http.ts';
import { countSubgraphCalls, type SubgraphCalls } from './support/subgraph-calls.ts';

const RequestOverview = operation('RequestOverview');
const agonaWest = demo.requests.agonaWestSanitation;
const { limits } = defaultGatewaySettings;

let platform: TestPlatform;
let calls: SubgraphCalls;
/** Gateways a test starts besides the platform's, with their listeners; stopped at the end. */
const extras: { gateway: Gateway; listener: HttpListener }[] = [];

beforeAll(async () => {
  platform = await startTestPlatform({ transport: 'http' });
  calls = countSubgraphCalls(platform);
});
afterAll(async () => {
  for (const { gateway, listener } of extras) {
    await listener.close();
    await gateway.stop();
  }
  await platform?.dispose();
});

/** A log that keeps what it is told, to check what reaches operators. */
function capturingLog() {
  const lines: { level: string; fields: Record<string, unknown>; message?: string }[] = [];
  const log: Record<string, unknown> = { level: 'info', isLevelEnabled: () => true };
  for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace']) {
    log[level] = (fields: unknown, message?: string) =>
      void lines.push(typeof fields === 'string' ? { level, fields: {}, message: fields } : { level, fields: fields as Record<string, unknown>, message });
  }
  log.child = () => log;
  return { log: log as unknown as Logger, lines };
}

/** Another gateway over the platform's subgraphs (in process unless `urls` sends one elsewhere). */
async function extraGateway(options: {
  environment?: 'development' | 'test' | 'production';
  subgraphs?: Subgraph<RequestScope>[];
  urls?: Record<string, string>;
  settings?: GatewaySettings;
  log?: Logger;
}): Promise<string> {
  const gateway = await createGateway({
    inProcess: options.subgraphs ?? platform.subgraphs,
    subgraphUrls: options.urls,
    environment: options.environment,
    settings: options.settings,
    log: options.log ?? capturingLog().log,
    // Production refuses to run on the published development secrets.
    auth: { secret: randomBytes(32).toString('base64url') },
    gatewaySecret: randomBytes(32).toString('base64url'),
  });
  const listener = await gateway.listen(0);
  extras.push({ gateway, listener });
  return listener.url;
}

const json = (payload: unknown): RawRequest => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });

describe('refusals at the gateway', () => {
  const aliases = Array.from({ length: limits.maxAliases + 1 }, (_, i) => `t${i}: topics { code }`).join(' ');
  const directives = Array.from({ length: limits.maxDirectives + 1 }, () => 'code @include(if: true)').join(' ');
  const cases: [string, RawRequest, number, string][] = [
    [
      `an operation deeper than ${limits.maxDepth} levels`,
      json({ query: '{ requests { nodes { requestingMunicipality { requests { nodes { requestingMunicipality { requests { nodes { id } } } } } } } } }' }),
      400,
      'OPERATION_LIMIT_EXCEEDED',
    ],
    [`more than ${limits.maxAliases} aliases`, json({ query: `{ ${aliases} }` }), 400, 'OPERATION_LIMIT_EXCEEDED'],
    [`more than ${limits.maxDirectives} directives`, json({ query: `{ topics { ${directives} } }` }), 400, 'OPERATION_LIMIT_EXCEEDED'],
    [`more than ${limits.maxTokens} tokens`, json({ query: `{ topics { ${'code '.repeat(limits.maxTokens)} } }` }), 400, 'OPERATION_LIMIT_EXCEEDED'],
    [
      `a cost over ${limits.maxCost}`,
      json({ query: '{ requests(first: 100) { nodes { requestingMunicipality { requests(first: 100) { nodes { id } } } } } }' }),
      400,
      'OPERATION_LIMIT_EXCEEDED',
    ],
    [
      `a query carrying a string over ${limits.maxQueryStringLength} characters`,
      json({ query: 'query($s: String) { municipalities(filter: { search: $s }) { nodes { name } } }', variables: { s: 'x'.repeat(limits.maxQueryStringLength + 1) } }),
      400,
      'OPERATION_LIMIT_EXCEEDED',
    ],
    ['a batch (a JSON array of operations)', json([{ query: '{ topics { code } }' }, { query: '{ topics { code } }' }]), 400, 'BAD_REQUEST'],
    ['a simple POST in text/plain (CSRF)', { headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ topics { code } }' }) }, 400, 'BAD_REQUEST'],
    ['a form post (CSRF)', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7Btopics%7Bcode%7D%7D' }, 400, 'BAD_REQUEST'],
    ['a GET without a preflight header (CSRF)', { method: 'GET', path: '/graphql?query=%7Btopics%7Bcode%7D%7D' }, 400, 'BAD_REQUEST'],
    ['a body over 2 MB', json({ query: '{ topics { code } }', variables: { pad: 'x'.repeat(2 * 1024 * 1024) } }), 413, 'PAYLOAD_TOO_LARGE'],
  ];

  it.each(cases)('refuse %s with a code, calling no subgraph', async (_case, request, status, code) => {
    calls.reset();
    const answer = await send(platform.url!, request);
    expectRefusal(answer, status, code);
    expect(calls.operations()).toBe(0);
  });

  it('name the limit that was exceeded, and say it', async () => {
    const answer = await postGraphQL(platform.url!, { query: `{ ${aliases} }` });
    expect(answer.json?.errors?.[0]).toMatchObject({
      message: `Aliases limit of ${limits.maxAliases} exceeded, found ${limits.maxAliases + 1}.`,
      extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxAliases' },
    });
    const tokens = await postGraphQL(platform.url!, { query: `{ topics { ${'code '.repeat(limits.maxTokens)} } }` });
    expect(tokens.json?.errors?.[0]).toMatchObject({
      message: `Token limit of ${limits.maxTokens} exceeded.`,
      extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxTokens' },
    });
    const batch = await send(platform.url!, json([{ query: '{ topics { code } }' }]));
    expect(batch.json?.errors?.[0]?.message).toMatch(/not accepted: send one operation per request/);
  });

  it('while answering the documented operation, which does call the subgraphs (the count works)', async () => {
    calls.reset();
    const answer = await postGraphQL(platform.url!, { query: RequestOverview, variables: { id: agonaWest } });
    expect(answer.status).toBe(200);
    expect(answer.json?.errors).toBeUndefined();
    expect(answer.json?.data.request.reference).toBe('REQ-2017-0001');
    expect(calls.operations()).toBeGreaterThanOrEqual(5);
  });

  it('answers a GET that carries a preflight header, so that simple cross-site requests are the only ones refused', async () => {
    const answer = await send(platform.url!, { method: 'GET', path: '/graphql?query=%7Btopics%7Bcode%7D%7D', headers: { 'apollo-require-preflight': 'true' } });
    expect(answer.status).toBe(200);
    expect(answer.json?.data.topics.length).toBeGreaterThan(0);
  });
});

describe('in production (and with NODE_ENV unset, which is production)', () => {
  let production: string;
  beforeAll(async () => {
    // No environment given: what the entry points pass when NODE_ENV is unset.
    production = await extraGateway({});
  });

  it('is what an unset NODE_ENV means', () => {
    expect(loadPlatformConfig({}).environment).toBe('production');
  });

  it.each([
    ['__schema', '{ __schema { types { name } } }'],
    ['__type', '{ __type(name: "Official") { fields { name } } }'],
  ])('refuses introspection through %s, calling no subgraph', async (_case, query) => {
    calls.reset();
    expectRefusal(await postGraphQL(production, { query }), 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(calls.operations()).toBe(0);
  });

  it('hides field suggestions, which would map the schema for someone who cannot introspect it', async () => {
    const answer = await postGraphQL(production, { query: '{ requets { nodes { id } } }' });
    expectRefusal(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(answer.json?.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(answer.json?.errors?.[0]?.message).not.toContain('"requests"');
  });

  it('still answers the documented operation', async () => {
    const answer = await postGraphQL(production, { query: RequestOverview, variables: { id: agonaWest } });
    expect(answer.json?.errors).toBeUndefined();
    expect(answer.json?.data.request.matches).toHaveLength(3);
  });

  it('while the test platform (not production) allows introspection', async () => {
    const answer = await postGraphQL(platform.url!, { query: '{ __type(name: "Official") { name } }' });
    expect(answer.json?.data).toEqual({ __type: { name: 'Official' } });
  });
});

describe('a fault', () => {
  /** The matching subgraph as if its database were gone: every call fails with an internal detail. */
  const brokenMatching = (): Subgraph<RequestScope> => ({
    ...platform.subgraph('matching'),
    server: {
      executeOperation: async () => {
        throw new Error('connect ECONNREFUSED 10.20.30.40:5432 (matching-db.internal)');
      },
    } as unknown as Subgraph<RequestScope>['server'],
  });
  const withBrokenMatching = () => platform.subgraphs.map((s) => (s.name === 'matching' ? brokenMatching() : s));

  it('reaches the client as a short message, a code and the request id; the detail goes to the log under that id', async () => {
    const { log, lines } = capturingLog();
    const url = await extraGateway({ environment: 'production', subgraphs: withBrokenMatching(), log });
    const answer = await postGraphQL(url, { query: RequestOverview, variables: { id: agonaWest } });

    expect(answer.status).toBe(200);
    const requestId = answer.headers['x-request-id'];
    expect(requestId).toBeTruthy();
    expect(answer.json?.errors).toEqual([
      { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } },
    ]);
    expect(answer.text).not.toMatch(/ECONNREFUSED|10\.20\.30\.40|matching-db|stacktrace|at .*\.ts/);
    // The other four subgraphs still answer.
    expect(answer.json?.data.request.reference).toBe('REQ-2017-0001');
    expect(answer.json?.data.request.matches).toBeNull();

    const logged = lines.find((l) => l.level === 'error' && l.fields.requestId === requestId);
    expect(logged).toBeDefined();
    expect(String(logged!.fields.err)).toContain('matching-db.internal');
  });

  it('carries a stack trace in development only', async () => {
    const url = await extraGateway({ environment: 'development', subgraphs: withBrokenMatching() });
    const answer = await postGraphQL(url, { query: RequestOverview, variables: { id: agonaWest } });
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(answer.json?.errors?.[0]?.extensions?.stacktrace).toBeDefined();

    const test = await extraGateway({ environment: 'test', subgraphs: withBrokenMatching() });
    const quiet = await postGraphQL(test, { query: RequestOverview, variables: { id: agonaWest } });
    expect(quiet.json?.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
  });

  it('keeps a client-chosen request id when it is a plain token, and replaces one that is not', async () => {
    const kept = await postGraphQL(platform.url!, { query: '{ topics { code } }' }, { 'x-request-id': 'client-trace.42' });
    expect(kept.headers['x-request-id']).toBe('client-trace.42');
    const replaced = await postGraphQL(platform.url!, { query: '{ topics { code } }' }, { 'x-request-id': 'x'.repeat(500) });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('time limits', () => {
  let hole: Server;
  let holeUrl: string;
  beforeAll(async () => {
    // A subgraph that accepts calls and never answers.
    hole = createServer(() => {});
    await new Promise<void>((resolve) => hole.listen(0, '127.0.0.1', resolve));
    holeUrl = `http://127.0.0.1:${(hole.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    hole.closeAllConnections();
    await new Promise((resolve) => hole.close(resolve));
  });

  const withSilentMatching = (settings: Partial<GatewaySettings>) =>
    extraGateway({
      environment: 'test',
      subgraphs: platform.subgraphs.filter((s) => s.name !== 'matching'),
      urls: { matching: holeUrl },
      settings: { ...defaultGatewaySettings, ...settings },
    });

  it('give up a subgraph call after its own limit, and answer with what the others know', async () => {
    const url = await withSilentMatching({ subgraphTimeoutMs: 300 });
    const started = Date.now();
    const answer = await postGraphQL(url, { query: RequestOverview, variables: { id: agonaWest } });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(answer.json?.errors).toEqual([
      { message: 'A part of the answer took longer than 300 ms and was given up', path: ['request'], extensions: { code: 'SUBGRAPH_TIMEOUT' } },
    ]);
    expect(answer.json?.data.request).toMatchObject({ reference: 'REQ-2017-0001', matches: null });
    expect(answer.json?.data.request.exchanges).toHaveLength(1);
  });

  it('give up whatever is still running when the whole request is out of time', async () => {
    const url = await withSilentMatching({ subgraphTimeoutMs: 20_000, requestTimeoutMs: 400 });
    const started = Date.now();
    const answer = await postGraphQL(url, { query: RequestOverview, variables: { id: agonaWest } });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(answer.json?.errors?.map((e) => e.extensions?.code)).toEqual(['REQUEST_TIMEOUT']);
    expect(answer.json?.data.request.reference).toBe('REQ-2017-0001');
  });

  it('cut off a client that is too slow to send its request, with a code', async () => {
    const url = new URL(await withSilentMatching({ requestTimeoutMs: 300 }));
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        // Headers promise a body that never comes.
        socket.write('POST /graphql HTTP/1.1\r\nhost: gateway\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"query":');
      });
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString('utf8')));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
      setTimeout(() => socket.destroy(), 5_000);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(answer).toContain('"code":"RECEIVE_TIMEOUT"');
  });
});
