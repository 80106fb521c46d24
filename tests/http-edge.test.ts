// What the gateway offers web clients at the HTTP edge, over real HTTP on the one-process
// platform: CORS for the origins on its list only, per-client rate limits (a lower one
// for mutations) keyed on verified tokens, bodies refused as soon as they are too large,
// compression, security headers and cache headers for the explorer. Subgraphs only hear
// the gateway: no CORS, no rate limit.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, defaultGatewaySettings, loadGatewaySettings, signToken, type Gateway, type GatewaySettings } from '@connect/gateway';
import { randomBytes } from 'node:crypto';
import { createLogger, demo, DEVELOPMENT_JWT_SECRET, MAX_BODY_BYTES, signViewerAssertion, VIEWER_ASSERTION_HEADER, type HttpListener } from '@connect/kit';
import { operation, startTestPlatform, type TestPlatform } from './support/platform.ts';
import { expectRefusal, postGraphQL, send } from './support/raw-http.ts';

const RequestOverview = operation('RequestOverview');
const agonaWest = demo.requests.agonaWestSanitation;
const webApp = 'https://app.connect.example';

let platform: TestPlatform;
/** Known here, so that a test can call a subgraph as the gateway does. */
const gatewaySecret = randomBytes(32).toString('base64url');
let base: string;
const extras: { gateway: Gateway; listener: HttpListener }[] = [];

beforeAll(async () => {
  platform = await startTestPlatform({ transport: 'http', gatewaySecret });
  base = platform.url!.replace(/\/graphql$/, '');
});
afterAll(async () => {
  for (const { gateway, listener } of extras) {
    await listener.close();
    await gateway.stop();
  }
  await platform?.dispose();
});

/** Another gateway over the platform's subgraphs (in process), with these settings. */
async function gatewayWith(settings: Partial<GatewaySettings>, environment: 'development' | 'test' = 'test'): Promise<string> {
  const gateway = await createGateway({
    inProcess: platform.subgraphs,
    environment,
    settings: { ...defaultGatewaySettings, ...settings },
    log: createLogger('gateway', 'silent'),
  });
  const listener = await gateway.listen(0);
  extras.push({ gateway, listener });
  return listener.url;
}

const preflight = (url: string, origin: string) =>
  send(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
  });
const corsHeaders = (headers: Record<string, unknown>) => Object.keys(headers).filter((name) => name.startsWith('access-control-'));
const bearer = async (officialId: string) => `Bearer ${await signToken({ role: 'OFFICIAL', officialId }, DEVELOPMENT_JWT_SECRET)}`;

describe('CORS', () => {
  let url: string;
  beforeAll(async () => {
    url = await gatewayWith({ cors: { origins: [webApp], credentials: false, maxAgeSeconds: 600 } });
  });

  it('answers a preflight from an origin on the list, cached for CORS_MAX_AGE, without credentials', async () => {
    const answer = await preflight(url, webApp);
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe(webApp);
    expect(answer.headers['access-control-allow-methods']).toContain('POST');
    expect(answer.headers['access-control-allow-headers']).toMatch(/authorization/);
    expect(answer.headers['access-control-max-age']).toBe('600');
    expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
    expect(answer.headers.vary).toMatch(/origin/i);
  });

  it('lets that origin read the answer, and the request id', async () => {
    const answer = await postGraphQL(url, { query: RequestOverview, variables: { id: agonaWest } }, { origin: webApp });
    expect(answer.status).toBe(200);
    expect(answer.headers['access-control-allow-origin']).toBe(webApp);
    expect(answer.headers['access-control-expose-headers']).toMatch(/x-request-id/);
    expect(answer.json?.data.request.reference).toBe('REQ-2017-0001');
  });

  it.each([
    ['another site', 'https://evil.example'],
    ['a look-alike of a listed origin', 'https://app.connect.example.evil.example'],
    ['the listed host over http', 'http://app.connect.example'],
    ['a local page outside development', 'http://localhost:5173'],
    ['the null origin of a sandboxed page', 'null'],
  ])('gives %s no CORS header at all, preflight or request', async (_case, origin) => {
    const answer = await preflight(url, origin);
    expect(answer.status).not.toBe(204);
    expect(corsHeaders(answer.headers)).toEqual([]);
    const request = await postGraphQL(url, { query: '{ topics { code } }' }, { origin });
    expect(corsHeaders(request.headers)).toEqual([]);
  });

  it('in development also lets pages on any localhost port call, as the explorer and front-end dev servers do', async () => {
    const development = await gatewayWith({}, 'development');
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:4000']) {
      expect((await preflight(development, origin)).headers['access-control-allow-origin']).toBe(origin);
    }
    expect(corsHeaders((await preflight(development, 'http://localhost.evil.example:80')).headers)).toEqual([]);
  });

  it('sends credentials only when CORS_CREDENTIALS says so', async () => {
    const withCredentials = await gatewayWith({ cors: { origins: [webApp], credentials: true, maxAgeSeconds: 60 } });
    const answer = await preflight(withCredentials, webApp);
    expect(answer.headers['access-control-allow-credentials']).toBe('true');
    expect(answer.headers['access-control-max-age']).toBe('60');
  });

  it('is off on the platform gateway until CORS_ORIGINS lists an origin', async () => {
    expect(corsHeaders((await preflight(platform.url!, webApp)).headers)).toEqual([]);
  });

  it('reads CORS_ORIGINS, CORS_CREDENTIALS and CORS_MAX_AGE, refusing an origin with a path', () => {
    const settings = loadGatewaySettings({ CORS_ORIGINS: 'https://a.example, http://localhost:3000', CORS_CREDENTIALS: 'true', CORS_MAX_AGE: '120' });
    expect(settings.cors).toEqual({ origins: ['https://a.example', 'http://localhost:3000'], credentials: true, maxAgeSeconds: 120 });
    expect(defaultGatewaySettings.cors).toEqual({ origins: [], credentials: false, maxAgeSeconds: 600 });
    expect(() => loadGatewaySettings({ CORS_ORIGINS: 'https://a.example/app' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadGatewaySettings({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
  });
});

describe('rate limits', () => {
  const topics = { query: '{ topics { code } }' };

  it('answer 429 with Retry-After and a code once a client has used its requests, counting by address without a token', async () => {
    const url = await gatewayWith({ rateLimit: { max: 3, mutationsMax: 0, windowMs: 60_000 } });
    for (let i = 0; i < 3; i++) {
      const answer = await postGraphQL(url, topics);
      expect(answer.status).toBe(200);
      expect(answer.headers['x-ratelimit-limit']).toBe('3');
    }
    const refused = await postGraphQL(url, topics);
    expectRefusal(refused, 429, 'RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['x-request-id']).toBeTruthy();
  });

  it('count each verified token subject apart, and an unverified claim as its address', async () => {
    const url = await gatewayWith({ rateLimit: { max: 2, mutationsMax: 0, windowMs: 60_000 } });
    for (let i = 0; i < 2; i++) expect((await postGraphQL(url, topics)).status).toBe(200);
    expect((await postGraphQL(url, topics)).status).toBe(429);

    // A verified official has a count of their own.
    const george = await bearer(demo.officials.georgeFreeman);
    expect((await postGraphQL(url, topics, { authorization: george })).status).toBe(200);
    // A token that claims another official but is not signed with the gateway's key
    // counts as its address, which has no requests left.
    const forged = await signToken({ role: 'OFFICIAL', officialId: demo.officials.pieterVanDijk }, 'x'.repeat(40));
    expectRefusal(await postGraphQL(url, topics, { authorization: `Bearer ${forged}` }), 429, 'RATE_LIMITED');
  });

  it('hold mutations to a lower limit of their own, while reads go on', async () => {
    const url = await gatewayWith({ rateLimit: { max: 20, mutationsMax: 2, windowMs: 60_000 } });
    const george = { authorization: await bearer(demo.officials.georgeFreeman) };
    const mutation = { query: 'mutation Touch { __typename }' };
    for (let i = 0; i < 2; i++) expect((await postGraphQL(url, mutation, george)).status).not.toBe(429);
    const refused = await postGraphQL(url, mutation, george);
    expectRefusal(refused, 429, 'RATE_LIMITED');
    expect(refused.json?.errors?.[0]?.message).toMatch(/Too many mutations/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Named among several operations, a mutation is still one.
    const named = { query: 'query Read { __typename } mutation Touch { __typename }', operationName: 'Touch' };
    expect((await postGraphQL(url, named, george)).status).toBe(429);
    expect((await postGraphQL(url, { ...named, operationName: 'Read' }, george)).status).toBe(200);
    expect((await postGraphQL(url, topics, george)).status).toBe(200);
  });

  it('believe X-Forwarded-For only from the proxies GATEWAY_TRUSTED_PROXIES names', async () => {
    const direct = await gatewayWith({ rateLimit: { max: 1, mutationsMax: 0, windowMs: 60_000 } });
    expect((await postGraphQL(direct, topics, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
    // A client naming another address in a header is still counted by its own.
    expect((await postGraphQL(direct, topics, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(429);

    const behindProxy = await gatewayWith({ rateLimit: { max: 1, mutationsMax: 0, windowMs: 60_000 }, trustedProxies: ['loopback'] });
    expect((await postGraphQL(behindProxy, topics, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
    expect((await postGraphQL(behindProxy, topics, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
    expect((await postGraphQL(behindProxy, topics, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);

    expect(loadGatewaySettings({ GATEWAY_TRUSTED_PROXIES: 'loopback, 10.0.0.0/8' }).trustedProxies).toEqual(['loopback', '10.0.0.0/8']);
    expect(() => loadGatewaySettings({ GATEWAY_TRUSTED_PROXIES: 'everyone' })).toThrow(/GATEWAY_TRUSTED_PROXIES/);
  });

  it('are generous by default, configurable, and absent on subgraphs', async () => {
    expect(defaultGatewaySettings.rateLimit).toEqual({ max: 6_000, mutationsMax: 600, windowMs: 60_000 });
    expect(loadGatewaySettings({ RATE_LIMIT_MAX: '100', RATE_LIMIT_MUTATIONS_MAX: '0', RATE_LIMIT_WINDOW_MS: '1000' }).rateLimit).toEqual({
      max: 100,
      mutationsMax: 0,
      windowMs: 1_000,
    });
    expect(() => loadGatewaySettings({ RATE_LIMIT_MAX: 'many' })).toThrow(/RATE_LIMIT_MAX/);
    expect((await postGraphQL(platform.url!, topics)).headers['x-ratelimit-limit']).toBe('6000');
    const subgraph = await send(platform.listeners[0]!.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(subgraph.headers['x-ratelimit-limit']).toBeUndefined();
  });
});

/** Writes bytes to a raw connection and gathers what comes back until the server closes it. */
function exchange(url: string, write: (socket: ReturnType<typeof connect>) => void): Promise<string> {
  const { port, hostname } = new URL(url);
  return new Promise((resolve) => {
    let received = '';
    const socket = connect(Number(port), hostname, () => write(socket));
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    socket.on('close', () => resolve(received));
    // The server may close while bytes are still going out; what it answered counts.
    socket.on('error', () => resolve(received));
    // A server that never answers ends the test at the suite's timeout without hanging it.
    setTimeout(() => socket.destroy(), 45_000).unref();
  });
}

describe('bodies over the limit', () => {
  it('are refused from their Content-Length alone, before a byte of the body is sent', async () => {
    const answer = await exchange(platform.url!, (socket) =>
      socket.write(`POST /graphql HTTP/1.1\r\nhost: gateway\r\ncontent-type: application/json\r\ncontent-length: ${10 * MAX_BODY_BYTES}\r\n\r\n`),
    );
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('"code":"PAYLOAD_TOO_LARGE"');
    expect(answer).toMatch(/x-request-id: /i);
  });

  it('are cut as soon as a chunked body grows past the limit, not read to their end', async () => {
    const chunk = Buffer.alloc(256 * 1024, 'x');
    const answer = await exchange(platform.url!, (socket) => {
      socket.write('POST /graphql HTTP/1.1\r\nhost: gateway\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n');
      // A little more than the limit, and the body never ends: only a cut answers it.
      for (let sent = 0; sent <= MAX_BODY_BYTES; sent += chunk.length) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain('"code":"PAYLOAD_TOO_LARGE"');
  });
});

describe('the explorer page', () => {
  it('comes compressed (brotli or gzip), with an ETag and a cache lifetime', async () => {
    const plain = await fetch(`${base}/`, { headers: { 'accept-encoding': 'identity' } });
    const html = await plain.text();
    expect(html.length).toBeGreaterThan(5_000_000);

    const brotli = await send(base, { method: 'GET', path: '/', headers: { 'accept-encoding': 'br, gzip' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    const gzipped = await send(base, { method: 'GET', path: '/', headers: { 'accept-encoding': 'gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    // `send` reads text; compressed bytes are fetched raw to check they hold the page.
    const raw = await rawBody(`${base}/`, { 'accept-encoding': 'br' });
    expect(raw.length).toBeLessThan(html.length / 3);
    expect(brotliDecompressSync(raw).toString('utf8')).toBe(html);
    expect(gunzipSync(await rawBody(`${base}/`, { 'accept-encoding': 'gzip' })).toString('utf8')).toBe(html);

    expect(brotli.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    const etag = brotli.headers.etag as string;
    expect(etag).toMatch(/^".+"$/);
    const again = await send(base, { method: 'GET', path: '/', headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });

  it('opens on the headline query with its variables', async () => {
    const html = await (await fetch(`${base}/`)).text();
    const options = /renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{.*\}),\s*\);/s.exec(html);
    expect(options).not.toBeNull();
    const parsed = JSON.parse(options![1]!) as { query: string; variables: string };
    expect(parsed.query).toContain('query RequestOverview');
    expect(JSON.parse(parsed.variables)).toEqual({ id: agonaWest });
  });

  it('carries a CSP that runs only its own inline script (by hash) and forbids framing', async () => {
    const answer = await fetch(`${base}/`);
    const csp = answer.headers.get('content-security-policy')!;
    const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!;
    expect(scriptSrc).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('API answers', () => {
  it('from a subgraph are not compressed: only the gateway hears them, and it sits next to them', async () => {
    const municipalities = platform.listeners[0]!;
    const assertion = await signViewerAssertion({ role: 'ANONYMOUS' }, { secret: gatewaySecret, audience: 'municipalities', requestId: 'uncompressed' });
    const answer = await send(municipalities.url, {
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip', [VIEWER_ASSERTION_HEADER]: assertion },
      // Three copies of the directory's first page: well over the kilobyte the gateway would compress from.
      body: JSON.stringify({ query: `{ ${['a', 'b', 'c'].map((alias) => `${alias}: municipalities(first: 50) { edges { cursor node { id name countryCode } } }`).join(' ')} }` }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.text.length).toBeGreaterThan(1024);
  });

  it('carry security headers and are compressed when large', async () => {
    const answer = await send(platform.url!, {
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: RequestOverview, variables: { id: agonaWest } }),
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'");
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
  });

  it('keep the coded refusals of before on the same statuses', async () => {
    expectRefusal(await send(base, { method: 'GET', path: '/nowhere' }), 404, 'NOT_FOUND');
    const badPath = await send(base, { method: 'GET', path: '/%' });
    expectRefusal(badPath, 400, 'BAD_REQUEST');
    expect(badPath.headers['x-request-id']).toBeTruthy();
    expectRefusal(await send(platform.url!, { headers: { 'content-type': 'application/json' }, body: '{"query": ' }), 400, 'BAD_REQUEST');
  });
});

/** The raw bytes of a GET, undecoded. */
async function rawBody(url: string, headers: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(Buffer.concat(chunks)));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}
