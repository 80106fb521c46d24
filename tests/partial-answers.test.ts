// With any one subgraph stopped, RequestOverview still answers with what the other
// four know, and a coded error for the part that is missing. Fields that cross a
// subgraph boundary are nullable by design, so a lost part becomes a null where it
// hangs; where the SDL makes such a field non-null, the loss spreads up to the nearest
// nullable parent. The expectations read that from the API schema, so they hold
// before and after the SDL is changed.
import { isNonNullType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, type SubgraphName } from '@connect/gateway';
import { demo } from '@connect/kit';
import { operation, startTestPlatform, type TestPlatform } from './support/platform.ts';
import { postGraphQL } from './support/raw-http.ts';

const RequestOverview = operation('RequestOverview');
const variables = { id: demo.requests.agonaWestSanitation };
const { apiSchema } = composeSupergraph();

/** Whether a field of the API schema is declared non-null. */
function nonNull(type: string, field: string): boolean {
  return isNonNullType((apiSchema.getType(type) as GraphQLObjectType).getFields()[field]!.type);
}

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

/** What each stopped subgraph costs the answer, given the nullability of the SDL. */
const expectations: Record<SubgraphName, (request: any) => void> = {
  requests(request) {
    // The operation starts at Query.request, which the requests subgraph serves.
    expect(request).toBeNull();
  },
  matching(request) {
    expect(request.matches).toBeNull();
    expect(request.topics).toEqual(complete.topics);
    expect(request.requestingMunicipality).toEqual(complete.requestingMunicipality);
    expect(request.exchanges).toEqual(complete.exchanges);
  },
  exchanges(request) {
    expect(request.exchanges).toBeNull();
    expect(request.topics).toEqual(complete.topics);
    expect(request.requestingMunicipality).toEqual(complete.requestingMunicipality);
    expect(request.matches).toEqual(complete.matches);
  },
  municipalities(request) {
    expect(request.reference).toBe(complete.reference);
    expect(request.topics).toEqual(complete.topics);
    expect(request.requestingMunicipality).toBeNull();
    // Each match keeps its rank, score and explained factors; only the official is lost.
    expect(request.matches).toEqual(complete.matches.map((m: object) => ({ ...m, official: null })));
    if (nonNull('Exchange', 'associations')) {
      // Exchange.associations is [Association!]!: an association without its name takes
      // the whole exchange, and the list, with it.
      expect(request.exchanges).toBeNull();
    } else {
      expect(request.exchanges[0].outcomes).toEqual(complete.exchanges[0].outcomes);
    }
  },
  knowledge(request) {
    if (nonNull('Request', 'topics') && nonNull('Topic', 'label')) {
      // Request.topics is [Topic!]! and Topic.label String!: a topic without its label
      // takes the whole request with it, though four subgraphs know the rest.
      expect(request).toBeNull();
    } else {
      expect(request.reference).toBe(complete.reference);
      expect(request.matches).toEqual(complete.matches);
      expect(request.exchanges[0].bestPractices).toBeNull();
    }
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
