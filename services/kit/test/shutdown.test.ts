// Graceful shutdown of a listener: readiness turns 503 first, no new request is taken,
// a request in flight still gets its answer, and one that never ends is cut when the
// grace period is over. A tiny Apollo Server whose one field waits for the test to let
// it answer stands in for a slow operation.
import { request as httpRequest } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPlatformConfig } from '../src/config.ts';
import { type HttpListener, listen, type ShutdownSettings } from '../src/http.ts';
import { createLogger } from '../src/logging.ts';

interface Gate {
  entered: Promise<void>;
  open(): void;
}

const open: HttpListener[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.close()));
});

/** A listener whose `slow` field answers only when the gate opens. */
async function slowListener(shutdown: ShutdownSettings): Promise<{ listener: HttpListener; gate: Gate }> {
  let entered!: () => void;
  let release!: () => void;
  const gate: Gate = {
    entered: new Promise((resolve) => (entered = resolve)),
    open: () => release(),
  };
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = new ApolloServer({
    typeDefs: 'type Query { slow: String fast: String }',
    resolvers: {
      Query: {
        slow: async () => {
          entered();
          await released;
          return 'finished';
        },
        fast: () => 'fast',
      },
    },
  });
  await server.start();
  const listener = await listen({
    server,
    port: 0,
    host: '127.0.0.1',
    log: createLogger('test', 'silent'),
    ready: async () => ({ ready: true, reasons: [], details: {} }),
    context: async () => ({}),
    shutdown,
  });
  open.push(listener);
  return { listener, gate };
}

/** A request on a connection of its own; resolves with the status and body, or rejects. */
function get(listener: HttpListener, path: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: listener.port,
        path,
        method: body ? 'POST' : 'GET',
        agent: false,
        headers: body ? { 'content-type': 'application/json' } : {},
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const slowQuery = JSON.stringify({ query: '{ slow }' });

describe('a listener that is told to stop', () => {
  it('answers 503 on /readyz from the moment it drains, while still serving requests', async () => {
    const { listener } = await slowListener({ delayMs: 0, graceMs: 5_000 });
    expect((await get(listener, '/readyz')).status).toBe(200);
    listener.drain();
    const readiness = await get(listener, '/readyz');
    expect(readiness).toEqual({ status: 503, text: JSON.stringify({ status: 'unavailable', reasons: ['shutting down'], details: {} }) });
    const served = await get(listener, '/graphql', JSON.stringify({ query: '{ fast }' }));
    expect(JSON.parse(served.text)).toEqual({ data: { fast: 'fast' } });
    expect((await get(listener, '/healthz')).status).toBe(200);
  });

  it('takes no new request but finishes the one in flight, then closes', async () => {
    const { listener, gate } = await slowListener({ delayMs: 0, graceMs: 60_000 });
    const inFlight = get(listener, '/graphql', slowQuery);
    await gate.entered;

    let closed = false;
    const closing = listener.close().then(() => (closed = true));
    // A new request is refused: by the closed port, or with a code if it came in first.
    const late = await get(listener, '/graphql', JSON.stringify({ query: '{ fast }' })).then(
      (answer) => JSON.parse(answer.text).errors[0].extensions.code as string,
      (error: NodeJS.ErrnoException) => error.code,
    );
    expect(late).toMatch(/^(ECONNREFUSED|SHUTTING_DOWN)$/);
    expect(closed).toBe(false);

    gate.open();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ data: { slow: 'finished' } });
    await closing;
    expect(closed).toBe(true);
  });

  it('cuts a request still running when the grace period is over', async () => {
    const { listener, gate } = await slowListener({ delayMs: 0, graceMs: 200 });
    const inFlight = get(listener, '/graphql', slowQuery);
    await gate.entered;
    await listener.close();
    await expect(inFlight).rejects.toMatchObject({ code: 'ECONNRESET' });
    gate.open();
  });

  it('reads its delay and grace period from SHUTDOWN_DELAY_MS and SHUTDOWN_GRACE_MS', () => {
    expect(loadPlatformConfig({}).shutdown).toEqual({ delayMs: 0, graceMs: 10_000 });
    expect(loadPlatformConfig({ SHUTDOWN_DELAY_MS: '5000', SHUTDOWN_GRACE_MS: '25000' }).shutdown).toEqual({ delayMs: 5_000, graceMs: 25_000 });
    expect(() => loadPlatformConfig({ SHUTDOWN_GRACE_MS: 'soon' })).toThrow(/SHUTDOWN_GRACE_MS/);
  });
});
