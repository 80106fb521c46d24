// The requests list as a dashboard filters it: by the requester's country, a preferred
// format, the period of submission (as Impact counts requests), text, and a topic with
// its sub-topics; and every connection says how many requests it holds in all.
import { describe, expect, it } from 'vitest';
import { demo, topicWithDescendants, type Viewer } from '@connect/kit';
import { countryOf } from './fixtures/directory.ts';
import { requestsSuite, staff } from './fixtures/requests.ts';

const client = requestsSuite();

interface Listed {
  reference: string;
  status: string;
  topics: { code: string }[];
  preferredFormats: string[];
  requestingMunicipality: { id: string };
  submittedAt: string | null;
  createdAt: string;
  title: string;
  challenge: string;
}

const fields = 'reference status topics { code } preferredFormats requestingMunicipality { id } submittedAt createdAt title challenge';

async function list(filter: Record<string, unknown>, viewer: Viewer = staff, first = 100) {
  const result = await client.subgraph.execute<{ requests: { nodes: Listed[]; totalCount: number } }>(
    {
      query: `query($filter: RequestFilter, $first: Int) { requests(filter: $filter, first: $first) { nodes { ${fields} } totalCount } }`,
      variables: { filter, first },
    },
    viewer,
  );
  return result;
}

async function references(filter: Record<string, unknown>): Promise<string[]> {
  const result = await list(filter);
  expect(result.errors).toBeUndefined();
  return result.data!.requests.nodes.map((n) => n.reference);
}

/** Every request the secretariat sees, to derive what a filter must keep. */
async function all(): Promise<Listed[]> {
  const result = await list({});
  expect(result.errors).toBeUndefined();
  return result.data!.requests.nodes;
}

const refs = (rows: Listed[]) => rows.map((r) => r.reference);

describe('requests filters', () => {
  it("keeps the requests of the requester's country, in any case, and refuses what is no country code", async () => {
    const expected = refs((await all()).filter((r) => countryOf[r.requestingMunicipality.id] === 'UG'));
    expect(expected.length).toBeGreaterThan(1);
    expect(await references({ requesterCountryCode: 'UG' })).toEqual(expected);
    expect(await references({ requesterCountryCode: 'ug' })).toEqual(expected);
    expect(await references({ requesterCountryCode: 'FR' })).toEqual([]);
    const bad = await list({ requesterCountryCode: 'Uganda' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the requests that name a format among their preferred ones', async () => {
    const expected = refs((await all()).filter((r) => r.preferredFormats.includes('ROUNDTABLE')));
    expect(expected.length).toBeGreaterThan(0);
    expect(await references({ format: 'ROUNDTABLE' })).toEqual(expected);
  });

  it('finds the sub-topics of a topic: water finds sanitation, supply and drainage', async () => {
    const family = topicWithDescendants('water');
    const expected = refs((await all()).filter((r) => r.topics.some((t) => family.includes(t.code))));
    expect(expected.length).toBeGreaterThan(1);
    expect(await references({ topic: 'water' })).toEqual(expected);
    // A sub-topic finds only itself: it has no sub-topics of its own.
    const sanitation = refs((await all()).filter((r) => r.topics.some((t) => t.code === 'sanitation')));
    expect(sanitation.length).toBeLessThan(expected.length);
    expect(await references({ topic: 'sanitation' })).toEqual(sanitation);
  });

  it('counts a request in the period of its submission, or of its drafting when it was never submitted', async () => {
    const inPeriod = (r: Listed) => {
      const day = (r.submittedAt ?? r.createdAt).slice(0, 10);
      return day >= '2017-01-16' && day <= '2018-12-31';
    };
    const rows = await all();
    const expected = refs(rows.filter(inPeriod));
    // The bounds are days, both included: a request submitted on the first day counts.
    expect(rows.some((r) => r.submittedAt?.startsWith('2017-01-16'))).toBe(true);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(rows.length);
    expect(await references({ submittedFrom: '2017-01-16', submittedTo: '2018-12-31' })).toEqual(expected);
    expect(await references({ submittedFrom: '2017-01-17', submittedTo: '2018-12-31' })).toEqual(
      refs(rows.filter((r) => inPeriod(r) && !(r.submittedAt ?? r.createdAt).startsWith('2017-01-16'))),
    );
  });

  it('searches the reference, title and challenge for every word, in any case, and takes wildcards literally', async () => {
    expect(await references({ search: 'DRAINAGE market' })).toEqual(['REQ-2026-0004']);
    expect(await references({ search: 'req-2018' })).toEqual(['REQ-2018-0001', 'REQ-2018-0002']);
    const challengeWord = (await all()).find((r) => r.reference === 'REQ-2017-0002')!.challenge.split(' ').find((w) => w.length > 8)!;
    expect(await references({ search: challengeWord })).toContain('REQ-2017-0002');
    expect(await references({ search: '%' })).toEqual([]);
    const tooLong = await list({ search: 'x'.repeat(201) });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives the totalCount of the whole filtered list, not of the page', async () => {
    const result = await list({ requesterCountryCode: 'UG' }, staff, 1);
    expect(result.errors).toBeUndefined();
    expect(result.data!.requests.nodes).toHaveLength(1);
    expect(result.data!.requests.totalCount).toBe((await all()).filter((r) => countryOf[r.requestingMunicipality.id] === 'UG').length);
    // An anonymous reader counts no drafts, as they list none.
    const anonymous = await list({}, { role: 'ANONYMOUS' }, 1);
    expect(anonymous.data!.requests.totalCount).toBe((await all()).filter((r) => r.status !== 'DRAFT').length);
  });

  it("gives the totalCount of a municipality's requests", async () => {
    const result = await client.subgraph.execute<{ _entities: { requests: { totalCount: number; nodes: unknown[] } }[] }>(
      {
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { requests(first: 1) { nodes { id } totalCount } } } }`,
        variables: { r: [{ __typename: 'Municipality', id: demo.municipalities.jinja }] },
      },
      staff,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0]!.requests.nodes).toHaveLength(1);
    expect(result.data!._entities[0]!.requests.totalCount).toBe(
      (await all()).filter((r) => r.requestingMunicipality.id === demo.municipalities.jinja).length,
    );
  });
});
