// findPeers: staff search the pool for criteria that are not (yet) a request. The
// answer is what ranking the whole pool in code gives for the same criteria, it pages
// by rank, it stores nothing, and bad criteria are refused with the field named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@connect/kit/testing';
import { topicNeighbours } from '../src/db/candidates.ts';
import { ExpertPoolRepository } from '../src/db/projections.ts';
import { rankExperts, type OpenRequest } from '../src/ranking.ts';
import type { Context } from '../src/server.ts';
import { everyViewer, picture, staff, worldLanguage, World, type ViewerName, startDemoMatching } from './support.ts';

let subgraph: TestSubgraph<Context>;
beforeAll(async () => {
  subgraph = await startDemoMatching();
});
afterAll(() => subgraph?.dispose());

const query = `query($criteria: PeerCriteria!, $first: Int, $after: String) {
  findPeers(criteria: $criteria, first: $first, after: $after) {
    edges { cursor node { rank score official { id } factors { factor weight value contribution explanation } } }
    nodes { rank official { id } }
    pageInfo { hasNextPage endCursor }
  } }`;

interface Page {
  edges: { cursor: string; node: { rank: number; score: number; official: { id: string }; factors: { factor: string; contribution: number }[] } }[];
  nodes: { rank: number; official: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function find(criteria: object, options: { first?: number; after?: string | null } = {}, viewer = staff) {
  return subgraph.execute<{ findPeers: Page }>({ query, variables: { criteria, ...options } }, viewer);
}

/** A world of peers in Kenya, Rwanda and Tanzania, and criteria for a Tanzanian town. */
async function worldWithPeers() {
  const w = new World(subgraph);
  const requester = await w.registerMunicipality({ countryCode: 'TZ', population: 80_000 });
  const peers: string[] = [];
  const sanitation = (years: number, level = 'EXPERT') => ({ topics: [{ topic: 'sanitation', level, yearsOfExperience: years }] });
  for (const [i, declaration] of [
    sanitation(20),
    sanitation(3, 'PRACTITIONER'),
    sanitation(9, 'EXPERIENCED'),
    { topics: [{ topic: 'water-supply', level: 'EXPERT', yearsOfExperience: 15 }] },
    { ...sanitation(12), summary: 'Emptying schedules for septic tanks and public toilets across a city of a million.' },
    sanitation(7),
  ].entries()) {
    const place = i % 2 === 0 ? { countryCode: 'KE' } : { countryCode: 'RW', population: 60_000 + i * 10_000 };
    peers.push((await w.registerPeer({ ...place, declaration: declaration as never })).officialId);
  }
  // Two who must never be found: same country as the requester, and no common language.
  const sameCountry = (await w.registerPeer({ countryCode: 'TZ' })).officialId;
  const otherLanguage = (await w.registerPeer({ countryCode: 'KE', languages: ['km'] })).officialId;
  const criteria = {
    municipalityId: requester,
    topics: ['sanitation'],
    challenge: 'Septic tanks are emptied irregularly and public toilets overflow.',
    languages: [worldLanguage],
    formats: ['EXPERT_ASSIGNMENT'],
    earliestStart: `${w.year}-03-01`,
    latestEnd: `${w.year}-09-30`,
  };
  return { w, requester, peers, excluded: [sameCountry, otherLanguage], criteria };
}

describe('findPeers', () => {
  it('ranks as ranking the whole pool in code would, explained, leaving out who fails a hard filter', async () => {
    const { requester, peers, excluded, criteria } = await worldWithPeers();
    const result = await find(criteria, { first: 20 });
    expect(result.errors).toBeUndefined();
    const page = result.data!.findPeers;

    const pool = new ExpertPoolRepository(subgraph.database.db);
    const request: OpenRequest = {
      requestId: '00000000-0000-0000-0000-000000000000',
      municipality: (await pool.municipality(requester))!,
      topics: criteria.topics,
      languages: criteria.languages,
      preferredFormats: criteria.formats,
      earliestStart: criteria.earliestStart,
      latestEnd: criteria.latestEnd,
      challenge: criteria.challenge,
      topicNeighbours: await topicNeighbours(subgraph.database.db, criteria.topics),
    };
    const inCode = rankExperts(request, await pool.experts(), { limit: 20 }).shortlist;
    expect(page.edges.map((e) => [e.node.official.id, e.node.rank, e.node.score])).toEqual(inCode.map((s) => [s.officialId, s.rank, s.score]));
    expect(new Set(page.nodes.map((n) => n.official.id))).toEqual(new Set(peers));
    for (const id of excluded) expect(page.nodes.map((n) => n.official.id)).not.toContain(id);
    for (const { node } of page.edges) {
      expect(node.factors).toHaveLength(6);
      const sum = node.factors.reduce((s, f) => s + Math.round(f.contribution * 10_000), 0) / 10_000;
      expect(sum).toBe(node.score);
    }
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('pages by rank: one at a time gives the same list as one page', async () => {
    const { criteria } = await worldWithPeers();
    const whole = (await find(criteria, { first: 10 })).data!.findPeers.nodes.map((n) => n.official.id);
    const walked: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Page = (await find(criteria, { first: 1, after })).data!.findPeers;
      walked.push(...page.nodes.map((n) => n.official.id));
      expect(page.nodes.map((n) => n.rank)).toEqual(page.nodes.length ? [walked.length] : []);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(whole);
    expect(walked).toHaveLength(6);
  });

  it('stores nothing', async () => {
    const { criteria } = await worldWithPeers();
    const before = await picture(subgraph);
    expect((await find(criteria)).errors).toBeUndefined();
    expect(await picture(subgraph)).toEqual(before);
  });

  it.each(['official', 'donor', 'association', 'anonymous'] as ViewerName[])('is refused to %s', async (name) => {
    const { criteria } = await worldWithPeers();
    const result = await find(criteria, {}, everyViewer[name]);
    expect(result.errors?.[0]?.extensions?.code).toBe(name === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    expect(result.data).toBeNull();
  });

  it.each([
    ['a municipality id that is no UUID', { municipalityId: '42' }, 'criteria.municipalityId'],
    ['a municipality matching does not know', { municipalityId: '00000000-0000-4000-8000-00000000abcd' }, 'criteria.municipalityId'],
    ['no topic', { topics: [] }, 'criteria.topics'],
    ['eleven topics', { topics: Array.from({ length: 11 }, (_, i) => `topic-${i}`) }, 'criteria.topics'],
    ['a topic that is no code', { topics: ["sanitation'; drop table matching.match; --"] }, 'criteria.topics[0]'],
    ['no language', { languages: [] }, 'criteria.languages'],
    ['a language that is no ISO code', { languages: ['english'] }, 'criteria.languages[0]'],
    ['a challenge of 1,001 characters', { challenge: 'x'.repeat(1_001) }, 'criteria.challenge'],
    ['a window that ends before it starts', { earliestStart: '2031-05-01', latestEnd: '2031-04-01' }, 'criteria.earliestStart'],
  ])('refuses %s, naming the field', async (_, change, field) => {
    const { criteria } = await worldWithPeers();
    const result = await find({ ...criteria, ...change });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a page of more than 100 and a cursor it did not issue', async () => {
    const { criteria } = await worldWithPeers();
    expect((await find(criteria, { first: 101 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await find(criteria, { after: 'bm90IGEgY3Vyc29y' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['9999', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    expect((await find(criteria, { after: forged })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
