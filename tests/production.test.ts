// The platform in production mode, as an attacker would try it: tokens that never
// expire or live too long (HS256 and JWKS), viewers forged or replayed between the
// gateway and the subgraphs, schema hints in error messages, contact details in logs
// and e-mail addresses the directory should not take.
import { createHmac, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { exportJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAuthenticator, createGateway, signToken, TOKEN_AUDIENCE, TOKEN_ISSUER, type Gateway } from '@connect/gateway';
import { startPlatform } from '@connect/platform';
import {
  createLogger,
  demo,
  DEVELOPMENT_GATEWAY_SECRET,
  DEVELOPMENT_JWT_SECRET,
  signViewerAssertion,
  VIEWER_ASSERTION_HEADER,
  type HttpListener,
  type Viewer,
} from '@connect/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.ts';
import { send, type RawAnswer } from './support/raw-http.ts';

const tokenSecret = randomBytes(32).toString('base64url');
const gatewaySecret = randomBytes(32).toString('base64url');
const hour = 3600;

/** Every line every service logged during the suite. */
const logged: string[] = [];
const logSink = new Writable({
  write(chunk, _encoding, done) {
    logged.push(String(chunk));
    done();
  },
});

let platform: TestPlatform;
let gatewayUrl: string;
const extras: { gateway: Gateway; listener: HttpListener }[] = [];
const servers: Server[] = [];

beforeAll(async () => {
  platform = await startTestPlatform({
    transport: 'http',
    environment: 'production',
    auth: { secret: tokenSecret },
    gatewaySecret,
    log: (name) => createLogger(name, 'debug', logSink),
  });
  gatewayUrl = platform.url!;
});
afterAll(async () => {
  for (const { gateway, listener } of extras) {
    await listener.close();
    await gateway.stop();
  }
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
  await platform?.dispose();
});

const subgraphUrl = (name: string) => platform.listeners[platform.subgraphs.findIndex((s) => s.name === name)]!.url;
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  send(url, { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const contactQuery = { query: 'query($id: ID!) { official(id: $id) { fullName email } }', variables: { id: demo.officials.georgeFreeman } };
const emailSeen = (answer: RawAnswer) => answer.json?.data?.official?.email ?? null;
const codes = (answer: RawAnswer) => (answer.json?.errors ?? []).map((e) => e.extensions?.code);

/** An HS256 token with exactly the claims given (no defaults but issuer and audience). */
function hs256(claims: Record<string, unknown>, secret = tokenSecret): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE, ...claims })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
const now = () => Math.floor(Date.now() / 1000);

describe('secrets in production', () => {
  it('the platform and the gateway refuse to run on development or missing secrets, naming each', async () => {
    await expect(startPlatform({ environment: 'production', auth: { secret: tokenSecret }, transport: 'in-process' })).rejects.toThrow(
      /GATEWAY_SECRET: required in production/,
    );
    await expect(startPlatform({ transport: 'in-process' })).rejects.toThrow(/JWT_SECRET or JWKS_URL[\s\S]*GATEWAY_SECRET/);
    await expect(
      createGateway({ environment: 'production', auth: { secret: DEVELOPMENT_JWT_SECRET }, gatewaySecret: DEVELOPMENT_GATEWAY_SECRET }),
    ).rejects.toThrow(/JWT_SECRET: the published development secret[\s\S]*GATEWAY_SECRET: the published development secret/);
  });
});

describe('tokens in production (HS256)', () => {
  it('accept a STAFF token that expires within the maximum lifetime', async () => {
    const answer = await post(gatewayUrl, contactQuery, { authorization: `Bearer ${hs256({ role: 'STAFF', iat: now(), exp: now() + 12 * hour })}` });
    expect(emailSeen(answer)).toBe('george.freeman@agonawest.example');
  });

  it.each([
    ['without exp, which would live for ever', () => ({ role: 'STAFF', iat: now() })],
    ['without iat', () => ({ role: 'STAFF', exp: now() + hour })],
    ['that lives longer than JWT_MAX_TTL (12 h by default)', () => ({ role: 'STAFF', iat: now(), exp: now() + 12 * hour + 60 })],
    ['issued in the future to stretch its life', () => ({ role: 'STAFF', iat: now() + 6 * hour, exp: now() + 12 * hour })],
  ])('refuse a token %s', async (_case, claims) => {
    const answer = await post(gatewayUrl, contactQuery, { authorization: `Bearer ${hs256(claims())}` });
    expect({ status: answer.status, codes: codes(answer) }).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
  });

  it('live no longer than JWT_MAX_TTL says', async () => {
    const authenticate = createAuthenticator({ secret: tokenSecret, maxLifetimeSeconds: 1800 }, { production: true });
    await expect(authenticate(`Bearer ${hs256({ role: 'STAFF', iat: now(), exp: now() + 1800 })}`)).resolves.toEqual({ role: 'STAFF' });
    await expect(authenticate(`Bearer ${hs256({ role: 'STAFF', iat: now(), exp: now() + hour })}`)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuse tokens of `pnpm run token` (development issuer and secret)', async () => {
    const devToken = await signToken({ role: 'STAFF' }, DEVELOPMENT_JWT_SECRET, '1h', { development: true });
    expect((await post(gatewayUrl, contactQuery, { authorization: `Bearer ${devToken}` })).status).toBe(401);
    // Even if an operator reused the development secret as JWT_SECRET, the issuer gives it away.
    const reused = await signToken({ role: 'STAFF' }, tokenSecret, '1h', { development: true });
    expect((await post(gatewayUrl, contactQuery, { authorization: `Bearer ${reused}` })).status).toBe(401);
  });
});

describe('tokens in production (JWKS)', () => {
  let jwksGateway: string;
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const es256 = (claims: Record<string, unknown>) => {
    const token = new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'k1' }).setIssuer(TOKEN_ISSUER).setAudience(TOKEN_AUDIENCE);
    return token.sign(privateKey);
  };

  beforeAll(async () => {
    // The identity provider's keys, served on loopback.
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    const gateway = await createGateway({ inProcess: platform.subgraphs, environment: 'production', auth: { jwksUrl }, gatewaySecret });
    const listener = await gateway.listen(0);
    extras.push({ gateway, listener });
    jwksGateway = listener.url;
  });

  it('accept a token of the identity provider within the maximum lifetime', async () => {
    const token = await es256({ role: 'STAFF', iat: now(), exp: now() + hour });
    expect(emailSeen(await post(jwksGateway, contactQuery, { authorization: `Bearer ${token}` }))).toBe('george.freeman@agonawest.example');
  });

  it.each([
    ['without exp', () => ({ role: 'STAFF', iat: now() })],
    ['without iat', () => ({ role: 'STAFF', exp: now() + hour })],
    ['that lives a day', () => ({ role: 'STAFF', iat: now(), exp: now() + 24 * hour })],
  ])('refuse a token %s', async (_case, claims) => {
    const answer = await post(jwksGateway, contactQuery, { authorization: `Bearer ${await es256(claims())}` });
    expect({ status: answer.status, codes: codes(answer) }).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
  });
});

describe('the viewer between gateway and subgraphs', () => {
  const staff: Viewer = { role: 'STAFF' };
  const assertion = (viewer: Viewer, audience: string, options: { issuedAt?: number; lifetimeSeconds?: number; secret?: string } = {}) =>
    signViewerAssertion(viewer, { secret: options.secret ?? gatewaySecret, audience, requestId: 'r-1', lifetimeSeconds: options.lifetimeSeconds ?? 30, issuedAt: options.issuedAt });

  it('is a signed assertion: the raw gateway secret never travels', async () => {
    const sent: Headers[] = [];
    const realFetch = globalThis.fetch;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
      sent.push(new Headers(init?.headers));
      return realFetch(input, init);
    });
    try {
      const answer = await post(gatewayUrl, contactQuery, { authorization: `Bearer ${hs256({ role: 'STAFF', iat: now(), exp: now() + hour })}` });
      expect(emailSeen(answer)).toBe('george.freeman@agonawest.example');
    } finally {
      spy.mockRestore();
    }
    expect(sent.length).toBeGreaterThan(0);
    for (const headers of sent) {
      for (const [, value] of headers) expect(value).not.toContain(gatewaySecret);
      expect(headers.get(VIEWER_ASSERTION_HEADER)).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    }
    // What the gateway sent to municipalities works there (within its seconds)...
    const captured = sent[0]!.get(VIEWER_ASSERTION_HEADER)!;
    expect(emailSeen(await post(subgraphUrl('municipalities'), contactQuery, { [VIEWER_ASSERTION_HEADER]: captured }))).toBe(
      'george.freeman@agonawest.example',
    );
    // ...and nowhere else.
    const elsewhere = await post(subgraphUrl('requests'), { query: '{ requests { nodes { id } } }' }, { [VIEWER_ASSERTION_HEADER]: captured });
    expect({ status: elsewhere.status, codes: codes(elsewhere) }).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
  });

  it.each([
    ['the old unsigned viewer header with the shared secret', async () => ({
      'x-connect-gateway-secret': gatewaySecret,
      'x-connect-viewer': Buffer.from(JSON.stringify(staff)).toString('base64url'),
    })],
    ['an assertion replayed after its lifetime', async () => ({ [VIEWER_ASSERTION_HEADER]: await assertion(staff, 'municipalities', { issuedAt: now() - 120 }) })],
    ['an assertion for another subgraph', async () => ({ [VIEWER_ASSERTION_HEADER]: await assertion(staff, 'requests') })],
    ['an assertion signed with another secret', async () => ({ [VIEWER_ASSERTION_HEADER]: await assertion(staff, 'municipalities', { secret: randomBytes(32).toString('hex') }) })],
    ['an assertion that claims to live an hour', async () => ({ [VIEWER_ASSERTION_HEADER]: await assertion(staff, 'municipalities', { lifetimeSeconds: hour }) })],
    ['an unsigned assertion (alg none)', async () => {
      const [, payload] = (await assertion(staff, 'municipalities')).split('.');
      return { [VIEWER_ASSERTION_HEADER]: `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.` };
    }],
    ['an assertion whose viewer was rewritten', async () => {
      const [header, payload, signature] = (await assertion({ role: 'DONOR' }, 'municipalities')).split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
      const forged = Buffer.from(JSON.stringify({ ...claims, viewer: staff })).toString('base64url');
      return { [VIEWER_ASSERTION_HEADER]: `${header}.${forged}.${signature}` };
    }],
  ])('refuses %s, with 401 UNAUTHENTICATED', async (_case, headers) => {
    const answer = await post(subgraphUrl('municipalities'), contactQuery, await headers());
    expect({ status: answer.status, codes: codes(answer) }).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
  });
});

describe('error messages in production', () => {
  const statusQuery = 'query($s: RequestStatus) { requests(filter: { status: $s }) { nodes { id } } }';
  const noHints = (answer: RawAnswer) => {
    expect(answer.status).toBe(400);
    for (const error of answer.json?.errors ?? []) {
      expect(error.message).not.toMatch(/Did you mean|DRAFT|"status"/);
    }
  };

  it('name no enum value in validation', async () => {
    noHints(await post(gatewayUrl, { query: '{ requests(filter: { status: DRAF }) { nodes { id } } }' }));
  });

  it('name no enum value when a variable is coerced', async () => {
    noHints(await post(gatewayUrl, { query: statusQuery, variables: { s: 'DRAF' } }));
  });

  it('name no input field when a variable is coerced', async () => {
    noHints(await post(gatewayUrl, { query: 'query($f: RequestFilter) { requests(filter: $f) { nodes { id } } }', variables: { f: { statu: 'X' } } }));
  });

  it('name none in a subgraph answer either', async () => {
    const headers = { [VIEWER_ASSERTION_HEADER]: await signViewerAssertion({ role: 'STAFF' }, { secret: gatewaySecret, audience: 'requests', requestId: 'r-2', lifetimeSeconds: 30 }) };
    noHints(await post(subgraphUrl('requests'), { query: statusQuery, variables: { s: 'DRAF' } }, headers));
  });
});

describe('e-mail addresses in production', () => {
  const register = `mutation($input: RegisterOfficialInput!) { registerOfficial(input: $input) {
    official { id email } userErrors { code field } } }`;
  const input = (email: string) => ({
    municipalityId: demo.municipalities.deventer,
    fullName: 'Jörg Müller',
    position: 'Adviser',
    mandate: 'STAFF',
    functionArea: 'URBAN_PLANNING',
    languages: ['de', 'nl'],
    email,
  });
  const asStaff = async () => ({ authorization: `Bearer ${hs256({ role: 'STAFF', iat: now(), exp: now() + hour })}` });

  it('refuse an address that is markup, not an address', async () => {
    for (const email of ['<script>@x.io', 'a"b@x.io', 'name@-town.example', 'name@town']) {
      const answer = await post(gatewayUrl, { query: register, variables: { input: input(email) } }, await asStaff());
      expect(answer.json?.data?.registerOfficial, email).toEqual({ official: null, userErrors: [{ code: 'INVALID_INPUT', field: 'email' }] });
    }
  });

  it('take an internationalised address, and keep it out of every log line', async () => {
    logged.length = 0;
    const answer = await post(gatewayUrl, { query: register, variables: { input: input('jörg@münchen.de') } }, await asStaff());
    expect(answer.json?.data?.registerOfficial.official.email).toBe('jörg@münchen.de');
    // A subgraph whose answer quotes the address fails: the gateway logs what it got.
    const echo = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: `cannot store ${body}` }] }));
      });
    });
    servers.push(echo);
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    const gateway = await createGateway({
      subgraphUrls: { municipalities: `http://127.0.0.1:${(echo.address() as AddressInfo).port}/graphql` },
      environment: 'production',
      auth: { secret: tokenSecret },
      gatewaySecret,
      log: createLogger('gateway', 'debug', logSink),
    });
    const listener = await gateway.listen(0);
    extras.push({ gateway, listener });
    const failed = await post(listener.url, { query: register, variables: { input: input('jörg@münchen.de') } }, await asStaff());
    expect(codes(failed)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    const log = logged.join('');
    expect(log).toContain('subgraph call failed');
    expect(log).not.toMatch(/jörg|münchen|j\\u00f6rg|m\\u00fcnchen/);
  });
});
