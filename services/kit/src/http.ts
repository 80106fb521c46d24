// A small node:http integration for Apollo Server 5, shared by the gateway and every
// subgraph: /graphql, /healthz (the process is up), /readyz (its dependencies
// answer), request ids, a body size limit, and optional pages such as the explorer.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Guard } from './gateway-trust.ts';
import type { Logger } from './logging.ts';
import { anonymous, type Viewer } from './viewer.ts';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

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
  ready: () => Promise<boolean>;
  /** Checks a /graphql call before its body is read; a refusal answers at once. */
  guard?: Guard;
  /** Extra GET pages by path, such as the explorer at "/". */
  pages?: Record<string, () => Page>;
}

export interface HttpListener {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listen<Ctx extends BaseContext>(options: ListenOptions<Ctx>): Promise<HttpListener> {
  const http = createServer((req, res) => {
    handle(options, req, res).catch((error: unknown) => {
      options.log.error({ err: error }, 'unhandled error in HTTP handler');
      if (!res.headersSent) sendJson(res, 500, errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
      else res.end();
    });
  });
  http.keepAliveTimeout = 5_000;
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
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const requestId = headerValue(req.headers['x-request-id']) ?? randomUUID();
  res.setHeader('x-request-id', requestId);

  if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
  if (url.pathname === '/readyz') {
    const ready = await options.ready();
    return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable' });
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
    const verdict = options.guard(req.headers);
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

export function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
