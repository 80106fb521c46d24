// The secretariat's search of the expert pool through the gateway: the documented
// FindPeers operation, matching's ranking with the directory's names filled in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '@connect/kit';
import { operation, startTestPlatform, type TestPlatform } from './support/platform.ts';

const FindPeers = operation('FindPeers');
let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.dispose());

interface Found {
  findPeers: {
    edges: {
      node: {
        rank: number;
        score: number;
        factors: { factor: string; explanation: string }[];
        official: { fullName: string; position: string; municipality: { name: string; countryCode: string } };
      };
    }[];
    pageInfo: { hasNextPage: boolean };
  };
}

// A Ghanaian municipality's sanitation challenge, before any request is written.
const criteria = {
  municipalityId: demo.municipalities.agonaWest,
  topics: ['sanitation'],
  challenge: 'Public toilets overflow because septic tanks are emptied irregularly.',
  languages: ['en'],
};

describe('FindPeers through the gateway', () => {
  it('gives staff ranked peers from other countries, named by the directory, each score explained', async () => {
    const result = await platform.query<Found>(FindPeers, { criteria }, { role: 'STAFF' });
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.findPeers.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.map((n) => n.rank)).toEqual(nodes.map((_, i) => i + 1));
    for (const node of nodes) {
      expect(node.official.fullName).toBeTruthy();
      expect(node.official.municipality.countryCode).not.toBe('GH');
      expect(node.factors.map((f) => f.factor)).toEqual(['TOPIC_FIT', 'TEXT_RELEVANCE', 'ROLE_SIMILARITY', 'CONTEXT_SIMILARITY', 'EXPERIENCE', 'FAIRNESS']);
    }
    // The demo's sanitation expert from Deventer is among them.
    expect(nodes.map((n) => n.official.fullName)).toContain('Pieter van Dijk');
  });

  it('is refused to a donor, and to anyone not signed in', async () => {
    const donor = await platform.query(FindPeers, { criteria }, { role: 'DONOR' });
    expect(donor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await platform.query(FindPeers, { criteria });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
