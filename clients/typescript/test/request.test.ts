// What request() sends and what it makes of the answers, against a stand-in for fetch.
import { describe, expect, it } from 'vitest';
import { GraphQLRequestError, ImpactDashboardDocument, request } from '../src/index.ts';

type Sent = { url: string; headers: Record<string, string>; body: Record<string, unknown> };

/** A fetch that records each call and answers with the next of these bodies. */
function fakeFetch(...answers: { status?: number; body: unknown }[]) {
  const sent: Sent[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    sent.push({ url, headers: init.headers as Record<string, string>, body: JSON.parse(String(init.body)) });
    const answer = answers.shift()!;
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch, sent };
}

const impact = { requestsByStatus: [], exchangesByFormat: [], exchangesByCountry: [], outcomesByKind: [], outcomesBySdgTarget: [], averageRatings: [] };

describe('request()', () => {
  it('sends a documented operation by its hash alone, with the token, and returns its data', async () => {
    const { fetch, sent } = fakeFetch({ body: { data: { impact } } });
    const data = await request(ImpactDashboardDocument, { filter: { countryCode: 'GH' } }, { endpoint: 'https://connect.example.org/graphql', token: 't0ken', fetch });
    expect(data.impact).toEqual(impact);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('https://connect.example.org/graphql');
    expect(sent[0]!.headers).toMatchObject({ authorization: 'Bearer t0ken', 'content-type': 'application/json' });
    expect(sent[0]!.body).toEqual({
      operationName: 'ImpactDashboard',
      variables: { filter: { countryCode: 'GH' } },
      extensions: { persistedQuery: { version: 1, sha256Hash: expect.stringMatching(/^[0-9a-f]{64}$/) } },
    });
  });

  it('takes a token alone as the third argument, for a page the gateway serves', async () => {
    const { fetch, sent } = fakeFetch({ body: { data: { impact } } });
    const original = globalThis.fetch;
    globalThis.fetch = fetch;
    try {
      await request(ImpactDashboardDocument, {}, 't0ken');
    } finally {
      globalThis.fetch = original;
    }
    expect(sent[0]).toMatchObject({ url: '/graphql', headers: { authorization: 'Bearer t0ken' } });
  });

  it('sends the text when the gateway does not know the hash', async () => {
    const { fetch, sent } = fakeFetch({ body: { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] } }, { body: { data: { impact } } });
    await request(ImpactDashboardDocument, {}, { fetch });
    expect(sent.map((s) => Object.keys(s.body).sort())).toEqual([
      ['extensions', 'operationName', 'variables'],
      ['operationName', 'query', 'variables'],
    ]);
    expect(sent[1]!.body.query).toMatch(/^query ImpactDashboard\(/);
    expect(sent[1]!.url).toBe('/graphql');
  });

  it('throws an answer without data as a GraphQLRequestError with its code and status', async () => {
    const refusal = { errors: [{ message: 'The token is not valid', extensions: { code: 'UNAUTHENTICATED' } }] };
    const error = await request(ImpactDashboardDocument, {}, fakeFetch({ status: 401, body: refusal })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({ message: 'The token is not valid', code: 'UNAUTHENTICATED', status: 401 });
  });
});
