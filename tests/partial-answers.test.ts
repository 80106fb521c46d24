// With any one subgraph stopped, RequestOverview still answers with what the other
// four know, and a coded error for the part that is missing. Fields that cross a
// subgraph boundary are nullable by design, so a lost part becomes a null where it
// hangs: a topic keeps its code and loses its label, an exchange keeps its outcomes
// and loses its associations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphName } from '@connect/gateway';
import { demo } from '@connect/kit';
import { operation, startTestPlatform, type TestPlatform } from './support/platform.ts';
import { postGraphQL } from './support/raw-http.ts';

const RequestOverview = operation('RequestOverview');
const variables = { id: demo.requests.agonaWestSanitation };

let platform: TestPlatform;
let complete: any;

beforeAll(async () => {
  platform = await startTestPlatform({ transport: 'http' });
  const answer = await postGraphQL(platform.url!, { query: RequestOverview, variables });
  expect(answer.json?.errors).toBeUndefined();
  complete = answer.json!.data.request;
});
afterAll(() => platform?.dispose());

/** Every value in the partial answer is the complete answer's: a lost part is null, never wrong. */
function expectPartOf(partial: unknown, whole: unknown, path = 'request'): void {
  if (partial === null) return;
  if (Array.isArray(partial)) {
    expect(Array.isArray(whole), path).toBe(true);
    expect(partial.length, path).toBe((whole as unknown[]).length);
    partial.forEach((item, i) => expectPartOf(item, (whole as unknown[])[i], `${path}[${i}]`));
  } else if (typeof partial === 'object') {
    for (const [key, value] of Object.entries(partial as Record<string, unknown>)) {
      expectPartOf(value, (whole as Record<string, unknown>)[key], `${path}.${key}`);
    }
  } else {
    expect(partial, path).toBe(whole);
  }
}

/** Stops one subgraph's HTTP listener, asks, and starts it again on the same port. */
async function askWithout(name: SubgraphName) {
  const i = platform.subgraphs.findIndex((s) => s.name === name);
  const listener = platform.listeners[i]!;
  await listener.close();
  try {
    return await postGraphQL(platform.url!, { query: RequestOverview, variables });
  } finally {
    platform.listeners[i] = await platform.subgraphs[i]!.listen(listener.port);
  }
}

/** What each stopped subgraph costs the answer: only the fields it owns. */
const expectations: Record<SubgraphName, (request: any) => void> = {
  requests(request) {
    // The operation starts at Query.request, which the requests subgraph serves.
    expect(request).toBeNull();
  },
  matching(request) {
    expect(request).toEqual({ ...complete, matches: null });
  },
  exchanges(request) {
    expect(request).toEqual({ ...complete, exchanges: null });
  },
  municipalities(request) {
    expect(request).toEqual({
      ...complete,
      requestingMunicipality: null,
      // Each match keeps its rank, score and explained factors; only the official is lost.
      matches: complete.matches.map((m: object) => ({ ...m, official: null })),
      // Each exchange keeps its dates, evaluations, outcomes and best practices; only the
      // associations, whose names the directory holds, are lost.
      exchanges: complete.exchanges.map((e: object) => ({ ...e, associations: null })),
    });
    expect(request.exchanges[0].outcomes.length).toBeGreaterThan(0);
  },
  knowledge(request) {
    expect(request).toEqual({
      ...complete,
      // The requests subgraph knows the codes; only the labels come from knowledge.
      topics: complete.topics.map((t: { code: string }) => ({ code: t.code, label: null })),
      exchanges: complete.exchanges.map((e: object) => ({ ...e, bestPractices: null })),
    });
    expect(request.topics.length).toBeGreaterThan(0);
  },
};

describe('RequestOverview with one subgraph stopped', () => {
  it.each(Object.keys(expectations) as SubgraphName[])('without %s: what the others know, and a coded error for the rest', async (name) => {
    const answer = await askWithout(name);
    expect(answer.status).toBe(200);
    expect(answer.json?.errors?.length).toBeGreaterThan(0);
    for (const error of answer.json!.errors!) {
      expect(error).toMatchObject({ message: 'A part of the answer is unavailable right now', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });
    }
    // Nothing about the inside of the platform: no address, no socket error.
    expect(answer.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|fetch failed|serviceName/);
    const request = answer.json!.data.request;
    expectPartOf(request, complete);
    expectations[name](request);
  });

  it('is whole again once every subgraph is back', async () => {
    const answer = await postGraphQL(platform.url!, { query: RequestOverview, variables });
    expect(answer.json?.errors).toBeUndefined();
    expect(answer.json?.data.request).toEqual(complete);
  });
});
