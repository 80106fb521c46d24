// Raw HTTP for edge tests: any method, headers and body (including bytes no client
// library would send), and the answer with its status, headers and parsed body.
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { expect } from 'vitest';

interface GraphError {
  message: string;
  path?: (string | number)[];
  locations?: unknown;
  extensions?: { code?: string; requestId?: string; stacktrace?: unknown; [key: string]: unknown };
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body as JSON, or undefined when it is not JSON. */
  json?: { data?: any; errors?: GraphError[] };
}

export interface RawRequest {
  method?: string;
  /** Path and query; "/graphql" when omitted. */
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** Sends one request with node:http, so that nothing is normalised on the way. */
export function send(baseUrl: string, request: RawRequest = {}): Promise<RawAnswer> {
  const base = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: base.hostname,
        port: base.port,
        method: request.method ?? 'POST',
        path: request.path ?? base.pathname,
        headers: request.headers ?? {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: RawAnswer['json'];
          try {
            json = JSON.parse(text) as RawAnswer['json'];
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

/** A GraphQL POST with a JSON body. */
export function postGraphQL(baseUrl: string, payload: unknown, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return send(baseUrl, { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });
}

/** A refusal as the platform gives it: the status, a JSON body whose every error has a code, no data. */
export function expectRefusal(answer: RawAnswer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.json?.errors?.[0]?.extensions?.code }, answer.text.slice(0, 500)).toEqual({ status, code });
  for (const error of answer.json!.errors!) expect(error.extensions?.code, error.message).toMatch(/^[A-Z_]+$/);
  expect(answer.json!.data ?? null).toBeNull();
}

/** Writes bytes straight to the socket (for what is not even HTTP) and returns what comes back. */
export function sendBytes(baseUrl: string, bytes: string | Buffer, waitMs = 5_000): Promise<string> {
  const base = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(base.port), base.hostname, () => socket.write(bytes));
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    socket.on('close', () => resolve(received));
    socket.on('error', reject);
    setTimeout(() => socket.destroy(), waitMs).unref();
  });
}
