import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '@connect/kit';
import { operation, startTestPlatform, type TestPlatform } from './support/platform.ts';

let platform: TestPlatform;
let base: string;

beforeAll(async () => {
  platform = await startTestPlatform({ transport: 'http' });
  base = platform.url!.replace(/\/graphql$/, '');
});
afterAll(() => platform?.dispose());

async function post(body: string, contentType = 'application/json') {
  return fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
}

describe('the platform over real HTTP', () => {
  it('answers RequestOverview through the gateway and the five subgraphs over HTTP', async () => {
    const response = await post(JSON.stringify({ query: operation('RequestOverview'), variables: { id: demo.requests.agonaWestSanitation } }));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    const body = (await response.json()) as { data: { request: { reference: string; matches: unknown[]; exchanges: { bestPractices: unknown[] }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.request.reference).toBe('REQ-2017-0001');
    expect(body.data.request.matches).toHaveLength(3);
    expect(body.data.request.exchanges[0]!.bestPractices).toHaveLength(1);
  });

  it('reports health and readiness on the gateway and on every subgraph', async () => {
    for (const listener of platform.listeners) {
      const root = listener.url.replace(/\/graphql$/, '');
      expect((await fetch(`${root}/healthz`)).status).toBe(200);
      const ready = await fetch(`${root}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', reasons: [] });
    }
    expect(platform.listeners).toHaveLength(6);
  });

  it('serves the explorer from the npm package, with nothing loaded from the internet', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    expect(html).toContain('CONNECT explorer');
    expect(html).toContain('RequestOverview');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/);
  });

  it('refuses malformed JSON and oversized bodies with a code', async () => {
    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    const huge = await post(JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(3 * 1024 * 1024) } }));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
