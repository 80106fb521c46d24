// Every entity reference resolves through a per-request DataLoader, so the SQL that
// RequestOverview costs depends on the shape of the query, not on the length of its
// lists. Two requests, one with 5 ranked matches and one with 100, must cost the same.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements, demo, type Database } from '@connect/kit';
import { DirectoryRepository } from '@connect/municipalities';
import { MatchingRepository, matchFactorKinds, scoreMatch } from '@connect/matching';
import { operation, startTestPlatform, type TestPlatform } from './support/platform.ts';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform({ transport: 'in-process' });
});
afterAll(() => platform?.dispose());

const countries = ['NL', 'ES', 'IS', 'DE', 'FR', 'SE', 'PT', 'IT', 'BE', 'DK'];

/** Registers `n` peers in ten new municipalities and ranks them all for the request. */
async function rankPeers(requestId: string, n: number) {
  const directory = new DirectoryRepository(platform.subgraph('municipalities').database.db as Database);
  const places = await directory.addMunicipalities(
    countries.map((countryCode, i) => ({ name: `Peer town ${requestId.slice(0, 4)}-${i}`, countryCode, kind: 'TOWN' as const, languages: ['en'] })),
  );
  const peers = await directory.addOfficials(
    Array.from({ length: n }, (_, i) => ({
      municipalityId: places[i % places.length]!.id,
      fullName: `Peer ${i + 1}`,
      position: 'Head of Sanitation',
      mandate: 'STAFF' as const,
      functionArea: 'WATER_AND_SANITATION' as const,
      languages: ['en'],
    })),
  );
  const matching = new MatchingRepository(platform.subgraph('matching').database.db as Database);
  await matching.recordMatches(
    peers.map((peer, i) => {
      const value = 1 - i / (n + 1);
      const { score, factors } = scoreMatch(
        Object.fromEntries(matchFactorKinds.map((k) => [k, { value, explanation: `Synthetic peer ranked ${i + 1} of ${n}.` }])) as Parameters<typeof scoreMatch>[0],
      );
      return { id: randomUUID(), requestId, officialId: peer.id, rank: i + 1, score, factors };
    }),
  );
}

describe('SQL statements of RequestOverview', () => {
  it('are the same with 5 matches as with 100', async () => {
    const small = demo.requests.agonaWestDrainage;
    const large = demo.requests.battambangHeritage;
    await rankPeers(small, 5);
    await rankPeers(large, 100);

    // Counted within the query alone: event relays poll their outboxes meanwhile.
    const cost = async (id: string, expected: number) => {
      const { result, statements } = await countStatements(() =>
        platform.query<{ request: { matches: { official: { municipality: { name: string } } }[] } }>(
          operation('RequestOverview'),
          { id },
          { role: 'STAFF' },
        ),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.request.matches).toHaveLength(expected);
      expect(result.data!.request.matches.every((m) => m.official.municipality.name.length > 0)).toBe(true);
      return statements;
    };

    const withFive = await cost(small, 5);
    const withHundred = await cost(large, 100);
    expect(withHundred).toBe(withFive);
  });
});
