// The gateway's entry point (gateway/src/main.ts) in a process of its own, stopped with
// SIGTERM while a request is in flight: the request still gets its answer and the process
// exits with 0. Its subgraphs are one stand-in that holds each GraphQL call until the
// test lets it answer, so the request is sure to be in flight when the signal comes.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from './support/raw-http.ts';

const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const gatewayMain = fileURLToPath(new URL('../gateway/src/main.ts', import.meta.url));

let subgraph: Server;
let subgraphUrl: string;
let called!: () => void;
const subgraphCalled = new Promise<void>((resolve) => (called = resolve));
let answer!: () => void;
const mayAnswer = new Promise<void>((resolve) => (answer = resolve));

beforeAll(async () => {
  subgraph = createServer((req, res) => {
    if (req.url === '/readyz') return res.end('{"status":"ready"}');
    req.resume();
    called();
    void mayAnswer.then(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: { topics: [{ code: 'WATER' }] } }));
    });
  });
  await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
  subgraphUrl = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  answer();
  subgraph.closeAllConnections();
  await new Promise((resolve) => subgraph.close(resolve));
});

/** Starts the gateway's entry point; resolves with its URL once it says it is ready. */
function startGateway(): Promise<{ child: ChildProcess; url: string; lines: string[] }> {
  const names = ['MUNICIPALITIES', 'REQUESTS', 'MATCHING', 'EXCHANGES', 'KNOWLEDGE'];
  // The source, as `pnpm start` runs it: the packages' development condition leads to src/.
  const child = spawn(tsx, ['--conditions=development', gatewayMain], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      GATEWAY_PORT: '0',
      SHUTDOWN_DELAY_MS: '0',
      SHUTDOWN_GRACE_MS: '60000',
      APOLLO_TELEMETRY_DISABLED: '1',
      ...Object.fromEntries(names.map((name) => [`${name}_URL`, subgraphUrl])),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const complete = buffered.split('\n');
      buffered = complete.pop()!;
      for (const line of complete) {
        lines.push(line);
        if (line.includes('"gateway ready"')) resolve({ child, url: (JSON.parse(line) as { url: string }).url, lines });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => lines.push(chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`the gateway exited with ${code} before it was ready:\n${lines.join('\n')}`)));
  });
}

describe('the gateway process, sent SIGTERM', () => {
  it('finishes the request in flight, then exits with 0', async () => {
    const { child, url, lines } = await startGateway();
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    const inFlight = postGraphQL(url, { query: '{ topics { code } }' });
    await subgraphCalled;
    child.kill('SIGTERM');
    await expect.poll(() => lines.some((line) => line.includes('"stopping"')), { timeout: 30_000 }).toBe(true);

    answer();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ data: { topics: [{ code: 'WATER' }] } });
    expect(await exited).toBe(0);
  });
});
