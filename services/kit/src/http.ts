// A small node:http integration for Apollo Server 5, shared by the gateway and every
// subgraph: /graphql, /healthz (the process is up), /readyz (its dependencies
// answer), request ids, a body size limit, a time limit for receiving a request, and
// optional pages such as the explorer. Each request is handled inside its request id's
// scope, so that an error formatted anywhere below knows which id the client was given.
import { randomUUID } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
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
}

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
}

export interface HttpListener {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listen<Ctx extends BaseContext>(options: ListenOptions<Ctx>): Promise<HttpListener> {
  const receiveTimeout = options.receiveTimeoutMs ?? DEFAULT_RECEIVE_TIMEOUT_MS;
  const limits = {
    requestTimeout: receiveTimeout,
    headersTimeout: Math.min(60_000, receiveTimeout),
    // How often Node looks for requests over their time; its default (30 s) would let
    // a slow sender hold a connection for up to twice the limit.
    connectionsCheckingInterval: Math.min(1_000, receiveTimeout),
  };
  const http = createServer(limits, (req, res) => {
    const requestId = headerValue(req.headers['x-request-id']) ?? randomUUID();
    withRequestId(requestId, () => handle(options, requestId, req, res)).catch((error: unknown) => {
      options.log.error({ err: error, requestId }, 'unhandled error in HTTP handler');
      if (!res.headersSent) sendJson(res, 500, errorBody('Internal server error', 'INTERNAL_SERVER_ERROR', { requestId }));
      else res.end();
    });
  });
  http.keepAliveTimeout = 5_000;
  http.on('clientError', refuseMalformed);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      }),
  };
}

async function handle<Ctx extends BaseContext>(
  options: ListenOptions<Ctx>,
  requestId: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  res.setHeader('x-request-id', requestId);
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    req.resume();
    return sendJson(res, 400, errorBody('The request target is not a valid path', 'BAD_REQUEST'));
  }

  if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
  if (url.pathname === '/readyz') {
    const { ready, reasons, details } = await options.ready();
    return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', reasons, details });
  }
  const page = options.pages?.[url.pathname];
  if (page && req.method === 'GET') {
    const { contentType, body } = page();
    res.writeHead(200, { 'content-type': contentType });
    res.end(body);
    return;
  }
  if (url.pathname !== '/graphql') return sendJson(res, 404, errorBody('Not found', 'NOT_FOUND'));

  let viewer: Viewer = anonymous;
  if (options.guard) {
    const verdict = await options.guard(req.headers);
    if (!verdict.ok) {
      req.resume();
      return sendJson(res, verdict.status, errorBody(verdict.message, verdict.code));
    }
    viewer = verdict.viewer;
  }

  const raw = await readBody(req, MAX_BODY_BYTES);
  if (raw === 'too-large') {
    return sendJson(res, 413, errorBody(`Request body is larger than ${MAX_BODY_BYTES} bytes`, 'PAYLOAD_TOO_LARGE'));
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = raw;
  if (req.method === 'POST' && (headers.get('content-type') ?? '').includes('json')) {
    try {
      body = raw.length ? JSON.parse(raw) : {};
    } catch {
      return sendJson(res, 400, errorBody('Request body is not valid JSON', 'BAD_REQUEST'));
    }
  }
  const response = await options.server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: () => options.context({ requestId, headers: req.headers, viewer }),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
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

function readBody(req: IncomingMessage, limit: number): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? 'too-large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v && /^[\w.-]{1,128}$/.test(v) ? v : undefined;
}

export function errorBody(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
