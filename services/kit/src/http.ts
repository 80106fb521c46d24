// The HTTP edge, shared by the gateway and every subgraph: Fastify serving Apollo Server 5
// at /graphql, /healthz (the process is up), /readyz (its dependencies answer), request
// ids, a body size limit enforced while the body arrives, a time limit for receiving a
// request, security headers, compression, optional pages such as the explorer, and a
// graceful shutdown. The gateway adds CORS and rate limits; subgraphs only hear the
// gateway and need neither. Each request is handled inside its request id's scope, so
// that an error formatted anywhere below knows which id the client was given.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import negotiate from '@fastify/accept-negotiator';
import fastifyCompress from '@fastify/compress';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { Kind, parse } from 'graphql';
import { withRequestId } from './client-errors.ts';
import type { Guard } from './gateway-trust.ts';
import type { Logger } from './logging.ts';
import type { Readiness } from './readiness.ts';
import { anonymous, type Viewer } from './viewer.ts';

// How errors read to clients is part of every answer served here; the gateway formats
// its own errors the same way, so the formatter is exported with the server.
export {
  clientErrorFormatter,
  currentRequestId,
  INTERNAL_ERROR_CODE,
  INTERNAL_ERROR_MESSAGE,
  MAX_MESSAGE_LENGTH,
  withRequestId,
  type FormatError,
} from './client-errors.ts';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** How long a client may take to send a whole request (headers and body). */
export const DEFAULT_RECEIVE_TIMEOUT_MS = 30_000;

export interface RequestInfo {
  requestId: string;
  headers: IncomingMessage['headers'];
  /** The viewer the guard vouched for; anonymous without a guard. */
  viewer: Viewer;
}

export interface Page {
  contentType: string;
  body: string;
  /** The page's own Content-Security-Policy directives (the API's are stricter). */
  contentSecurityPolicy?: Record<string, string[]>;
  /** How long browsers may keep the page before asking again (it carries an ETag). */
  maxAgeSeconds?: number;
}

/** Which other origins may call from a browser (the gateway only). */
export interface CorsSettings {
  /** Exact origins, such as "https://app.example.org". */
  origins: readonly string[];
  /** Also any http://localhost:<port> and http://127.0.0.1:<port> (development). */
  allowLocalhost: boolean;
  /** Whether browsers may send cookies and HTTP authentication along. */
  credentials: boolean;
  /** How long a browser may cache a preflight answer (Access-Control-Max-Age). */
  maxAgeSeconds: number;
}

/** How many requests one client may make per window (the gateway only). */
export interface RateLimitSettings {
  /** Requests of any kind per window; 0 for no limit. */
  max: number;
  /** Mutations per window, counted apart and lower; 0 for no limit. */
  mutationsMax: number;
  windowMs: number;
}

export interface RateLimitOptions extends RateLimitSettings {
  /**
   * Who the client is, from a verified credential (never an unverified claim);
   * undefined counts the client by its address.
   */
  clientKey: (headers: IncomingHttpHeaders) => Promise<string | undefined>;
  /** Longest document parsed to tell a mutation (the gateway's token limit). */
  maxTokens: number;
  /** The text of an operation sent by its hash alone (trusted documents), to tell a mutation sent so. */
  persistedDocument?: (sha256Hash: string) => string | undefined;
}

/** How the listener stops on a signal. */
export interface ShutdownSettings {
  /** How long /readyz answers 503 while requests are still served, so balancers look away first. */
  delayMs: number;
  /** How long requests in flight may take to finish before their connections are cut. */
  graceMs: number;
}

export const defaultShutdownSettings: ShutdownSettings = { delayMs: 0, graceMs: 10_000 };

export interface ListenOptions<Ctx extends BaseContext> {
  server: ApolloServer<Ctx>;
  context: (request: RequestInfo) => Promise<Ctx>;
  port: number;
  host: string;
  log: Logger;
  ready: () => Promise<Readiness>;
  /** Checks a /graphql call before its body is read; a refusal answers at once. */
  guard?: Guard;
  /** Extra GET pages by path, such as the explorer at "/". */
  pages?: Record<string, () => Page>;
  /** How long a client may take to send a whole request; a slow sender is cut off (408). */
  receiveTimeoutMs?: number;
  cors?: CorsSettings;
  rateLimit?: RateLimitOptions;
  /** Proxies (addresses, CIDR ranges, or "loopback") whose X-Forwarded-For names the client. */
  trustProxy?: readonly string[];
  shutdown?: ShutdownSettings;
  /**
   * Compress answers over a kilobyte (default). Subgraphs turn it off: their one caller,
   * the gateway, sits next to them, and it would only spend CPU on both ends of each call.
   */
  compress?: boolean;
}

export interface HttpListener {
  url: string;
  port: number;
  /** /readyz answers 503 from now on, while every request is still served. */
  drain(): void;
  /**
   * Drains, waits the shutdown delay, stops accepting, lets requests in flight finish
   * (up to the grace period, then cuts them) and closes.
   */
  close(): Promise<void>;
}

/** A refusal at the edge: a status, a code and a message, in the body every answer uses. */
class EdgeRefusal extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function listen<Ctx extends BaseContext>(options: ListenOptions<Ctx>): Promise<HttpListener> {
  const receiveTimeout = options.receiveTimeoutMs ?? DEFAULT_RECEIVE_TIMEOUT_MS;
  const shutdown = options.shutdown ?? defaultShutdownSettings;
  let phase: 'serving' | 'draining' | 'closing' = 'serving';
  const viewers = new WeakMap<FastifyRequest, Viewer>();

  const app = Fastify({
    serverFactory: (handler) =>
      createServer(
        {
          requestTimeout: receiveTimeout,
          headersTimeout: Math.min(60_000, receiveTimeout),
          // How often Node looks for requests over their time; its default (30 s) would
          // let a slow sender hold a connection for up to twice the limit.
          connectionsCheckingInterval: Math.min(1_000, receiveTimeout),
          keepAliveTimeout: 5_000,
        },
        handler,
      ),
    bodyLimit: MAX_BODY_BYTES,
    // Ids are checked before they are trusted: a client may only choose a plain token.
    requestIdHeader: false,
    genReqId: (req) => headerValue(req.headers['x-request-id']) ?? randomUUID(),
    clientErrorHandler: refuseMalformed,
    // A request target that is not a valid path never reaches a route or its hooks.
    frameworkErrors: (error, request, reply) => {
      const badPath = error.code === 'FST_ERR_BAD_URL';
      void (reply as FastifyReply)
        .code(badPath ? 400 : 500)
        .header('x-request-id', request.id)
        .send(badPath ? errorBody('The request target is not a valid path', 'BAD_REQUEST') : errorBody('Internal server error', 'INTERNAL_SERVER_ERROR', { requestId: request.id }));
    },
    // Whose X-Forwarded-For is believed, so that a client behind them is known by its own address.
    trustProxy: options.trustProxy?.length ? [...options.trustProxy] : false,
    // Answers while closing are ours (coded), not Fastify's.
    return503OnClosing: false,
    logger: false,
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (phase === 'closing' && request.routeOptions.url !== '/readyz' && request.routeOptions.url !== '/healthz') {
      throw new EdgeRefusal(503, 'SHUTTING_DOWN', 'The server is shutting down: try again');
    }
  });
  // Once stopping, every answer closes its connection, so that no client keeps one open.
  app.addHook('onSend', async (_request, reply) => {
    if (phase !== 'serving') reply.header('connection', 'close');
  });

  app.setErrorHandler((error: FastifyError | EdgeRefusal, request, reply) => {
    const { status, body } = refusalOf(error, request.id);
    if (status >= 500 && !(error instanceof EdgeRefusal)) options.log.error({ err: error, requestId: request.id }, 'unhandled error in HTTP handler');
    // A body refused part-way is not read to its end: the connection closes instead.
    if (status === 413) reply.header('connection', 'close');
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send(errorBody('Not found', 'NOT_FOUND')));

  await app.register(fastifyHelmet, {
    // The API answers JSON only: it may load nothing and be framed by no one.
    contentSecurityPolicy: { useDefaults: false, directives: apiContentSecurityPolicy },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Browsers on other origins read the API through CORS, which this header does not affect.
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  // Every answer over a kilobyte; the explorer's page comes compressed already.
  if (options.compress ?? true) await app.register(fastifyCompress, { global: true, threshold: 1024 });
  if (options.cors) {
    const cors = options.cors;
    await app.register(fastifyCors, {
      // False for an origin not on the list: no CORS header at all, and no preflight answer.
      origin: (origin, callback) => callback(null, origin !== undefined && originAllowed(cors, origin)),
      credentials: cors.credentials,
      maxAge: cors.maxAgeSeconds,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'],
    });
  }
  let limitMutations: ((request: FastifyRequest, reply: FastifyReply) => Promise<void>) | undefined;
  const limits = options.rateLimit;
  if (limits) {
    await app.register(fastifyRateLimit, {
      global: false,
      timeWindow: limits.windowMs,
      keyGenerator: async (request) => (await limits.clientKey(request.headers)) ?? `address:${request.ip}`,
      errorResponseBuilder: (_request, context) =>
        new EdgeRefusal(context.statusCode, 'RATE_LIMITED', `Too many requests: try again in ${context.after}`),
    });
    if (limits.mutationsMax > 0) limitMutations = mutationLimit(app, limits);
  }

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const { status, body } = readiness(phase, await options.ready());
    return reply.code(status).send(body);
  });
  for (const [path, page] of Object.entries(options.pages ?? {})) {
    app.get(path, (request, reply) => servePage(page(), request, reply));
  }

  const apollo = fastifyApolloHandler(options.server, {
    context: async (request) => options.context({ requestId: request.id, headers: request.headers, viewer: viewers.get(request) ?? anonymous }),
  });
  // Bodies of any other type reach Apollo Server as text, which refuses them with a code
  // (a simple cross-site request, a form) rather than Fastify's 415.
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.route({
    method: ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'],
    url: '/graphql',
    config: limits && limits.max > 0 ? { rateLimit: { max: limits.max, timeWindow: limits.windowMs } } : {},
    onRequest: async (request) => {
      if (!options.guard) return;
      const verdict = await options.guard(request.headers);
      if (!verdict.ok) throw new EdgeRefusal(verdict.status, verdict.code, verdict.message);
      viewers.set(request, verdict.viewer);
    },
    preHandler: limitMutations,
    handler: (request, reply) => withRequestId(request.id, () => apollo.call(app, request as Parameters<typeof apollo>[0], reply as Parameters<typeof apollo>[1])),
  });

  await app.listen({ port: options.port, host: options.host });
  const { port } = app.server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    drain: () => {
      if (phase === 'serving') phase = 'draining';
    },
    close: () =>
      (closed ??= (async () => {
        if (phase === 'serving') phase = 'draining';
        if (shutdown.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, shutdown.delayMs));
        phase = 'closing';
        const cut = setTimeout(() => app.server.closeAllConnections(), shutdown.graceMs);
        try {
          await app.close();
        } finally {
          clearTimeout(cut);
        }
      })()),
  };
}

/**
 * How /readyz reads: 200 "ready" while serving with every dependency answering, else 503
 * with the reasons; a process shutting down says so first.
 */
function readiness(phase: string, { ready, reasons, details }: Readiness): { status: number; body: unknown } {
  const all = phase === 'serving' ? reasons : ['shutting down', ...reasons];
  const ok = ready && all.length === 0;
  return { status: ok ? 200 : 503, body: { status: ok ? 'ready' : 'unavailable', reasons: all, details } };
}

const apiContentSecurityPolicy = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
};

/** The status and body of a refusal: ours, Fastify's (body parsing), or a fault. */
function refusalOf(error: FastifyError | EdgeRefusal, requestId: string): { status: number; body: unknown } {
  if (error instanceof EdgeRefusal) return { status: error.statusCode, body: errorBody(error.message, error.code) };
  const status = error.statusCode ?? 500;
  if (status === 413) return { status, body: errorBody(`Request body is larger than ${MAX_BODY_BYTES} bytes`, 'PAYLOAD_TOO_LARGE') };
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError) {
    return { status: 400, body: errorBody('Request body is not valid JSON', 'BAD_REQUEST') };
  }
  // Anything else Fastify refuses while reading the request (a content type it cannot
  // read, a malformed body) is the client's mistake, said as Apollo Server says it.
  if (status >= 400 && status < 500) return { status: 400, body: errorBody(error.message, 'BAD_REQUEST') };
  return { status: 500, body: errorBody('Internal server error', 'INTERNAL_SERVER_ERROR', { requestId }) };
}

/**
 * The lower limit for mutations, counted apart from the limit for every request. It runs
 * once the body is parsed, since only the body says what the operation is.
 */
function mutationLimit(app: ReturnType<typeof Fastify>, limits: RateLimitOptions) {
  const check = app.createRateLimit({
    max: limits.mutationsMax,
    timeWindow: limits.windowMs,
    keyGenerator: async (request: FastifyRequest) => `mutations:${(await limits.clientKey(request.headers)) ?? `address:${request.ip}`}`,
  });
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'POST' || !isMutation(request.body, limits.maxTokens, limits.persistedDocument)) return;
    const verdict = await check(request as Parameters<typeof check>[0]);
    if (verdict.isAllowed || !verdict.isExceeded) return;
    reply.header('retry-after', verdict.ttlInSeconds);
    throw new EdgeRefusal(429, 'RATE_LIMITED', `Too many mutations: try again in ${verdict.ttlInSeconds} seconds`);
  };
}

/**
 * Whether a POST body runs a mutation. Only a document that says "mutation" is parsed,
 * within the gateway's token limit; one that does not parse runs nothing. A body that
 * names its document by hash is judged by the text the hash stands for.
 */
export function isMutation(body: unknown, maxTokens: number, persistedDocument?: (sha256Hash: string) => string | undefined): boolean {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return false;
  const { query: sent, operationName, extensions } = body as Record<string, unknown>;
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  const query = sent ?? (typeof hash === 'string' ? persistedDocument?.(hash) : undefined);
  if (typeof query !== 'string' || !query.includes('mutation')) return false;
  try {
    const operations = parse(query, { noLocation: true, maxTokens }).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const chosen = typeof operationName === 'string' ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
    return chosen?.operation === 'mutation';
  } catch {
    return false;
  }
}

/** Whether a browser page on this origin may call. */
export function originAllowed(cors: CorsSettings, origin: string): boolean {
  if (cors.origins.includes(origin)) return true;
  return cors.allowLocalhost && /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/.test(origin);
}

/** A page as sent: its ETag and its compressed forms, made once per page. */
interface PreparedPage {
  etag: string;
  encoded: Map<string, Promise<Buffer>>;
}
const prepared = new WeakMap<Page, PreparedPage>();
const encoders: Record<string, (body: string) => Promise<Buffer>> = {
  // Compressing the 8.6 MB explorer takes about a second: it is done once, not per request.
  br: (body) => promisify(brotliCompress)(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (body) => promisify(gzip)(body),
};

async function servePage(page: Page, request: FastifyRequest, reply: FastifyReply) {
  let ready = prepared.get(page);
  if (!ready) {
    ready = { etag: `"${createHash('sha256').update(page.body).digest('base64url')}"`, encoded: new Map() };
    prepared.set(page, ready);
  }
  if (page.contentSecurityPolicy) reply.helmet({ contentSecurityPolicy: { useDefaults: false, directives: page.contentSecurityPolicy } });
  reply
    .header('etag', ready.etag)
    .header('cache-control', `public, max-age=${page.maxAgeSeconds ?? 0}, must-revalidate`)
    .header('vary', 'accept-encoding')
    .type(page.contentType);
  if (request.headers['if-none-match'] === ready.etag) return reply.code(304).send();
  const encoding = negotiate(request.headers['accept-encoding'] ?? '', Object.keys(encoders));
  if (!encoding) return reply.send(page.body);
  let body = ready.encoded.get(encoding);
  if (!body) {
    body = encoders[encoding]!(page.body);
    ready.encoded.set(encoding, body);
  }
  return reply.header('content-encoding', encoding).send(await body);
}

/**
 * Requests Node refuses before any handler runs (headers over its size limit, bytes that
 * are not HTTP, a client too slow to send its request) are answered with a code too.
 */
function refuseMalformed(error: NodeJS.ErrnoException, socket: Duplex): void {
  const response = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || response?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'HEADERS_TOO_LARGE', 'Request headers are too large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'RECEIVE_TIMEOUT', 'The request was not received in time']
        : [400, 'BAD_REQUEST', 'The request is not valid HTTP'];
  const body = JSON.stringify(errorBody(message, code));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v && /^[\w.-]{1,128}$/.test(v) ? v : undefined;
}

export function errorBody(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}
