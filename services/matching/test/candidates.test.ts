// The hard filters exist twice: as SQL predicates that pick candidates in the database
// (src/db/candidates.ts) and as the rules of ranking.ts. Over random pools stored
// through the real repositories, the two must agree on every official.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '@connect/kit';
import { createTestDatabase, type TestDatabase } from '@connect/kit/testing';
import { candidateExperts, eligibleIds, topicNeighbours } from '../src/db/candidates.ts';
import { ExpertPoolRepository } from '../src/db/projections.ts';
import { matches } from '../src/db/tables.ts';
import { failedHardFilters, rankExperts, type OpenRequest } from '../src/ranking.ts';
import { matching } from '../src/server.ts';
import { random } from './random.ts';


const countries = ['NL', 'ES', 'GH', 'UG', 'CO'];
const languages = ['en', 'es', 'fr', 'nl'];
const formats = ['EXPERT_ASSIGNMENT', 'WORK_PLACEMENT', 'ROUNDTABLE', 'STUDY_VISIT'] as const;
const topics = ['water', 'sanitation', 'drainage', 'waste', 'recycling', 'tourism', 'ecotourism', 'housing'];
const levels = ['PRACTITIONER', 'EXPERIENCED', 'EXPERT'] as const;
const words = 'plan toilets septic waste water drains market collection visitors guides zoning river flood budget residents'.split(' ');

function day(rng: ReturnType<typeof random>): string {
  return `${rng.int(2026, 2028)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}
function window(rng: ReturnType<typeof random>) {
  const [a, b] = [day(rng), day(rng)];
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

let database: TestDatabase;
let open: OpenDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  open = await openDatabase({ schema: 'matching', migrationsFolder: matching.migrationsFolder, url: database.url });
});

afterAll(async () => {
  await open.close();
  await database.drop();
});

/** Stores a random pool the way the events and declarations would, and returns a random request against it. */
async function randomWorld(seed: number): Promise<OpenRequest> {
  const rng = random(seed);
  const pool = new ExpertPoolRepository(open.db);
  const at = new Date('2026-06-01T00:00:00Z');
  const places = Array.from({ length: rng.int(3, 8) }, (_, i) => ({
    municipalityId: rng.uuid(),
    name: `Town ${seed}.${i}`,
    countryCode: rng.pick(countries),
    kind: 'CITY',
    population: rng.int(500, 2_000_000),
    languages: rng.some(languages),
  }));
  for (const place of places) await pool.saveMunicipality(place, at);
  const requestId = rng.uuid();
  const span = window(rng);
  const request: OpenRequest = {
    requestId,
    municipality: rng.pick(places),
    topics: rng.some(topics, 1),
    languages: rng.some(languages, 1),
    preferredFormats: rng.next() < 0.15 ? [] : rng.some(formats, 1),
    earliestStart: rng.next() < 0.1 ? null : span.from,
    latestEnd: rng.next() < 0.1 ? null : span.to,
    challenge: Array.from({ length: rng.int(3, 12) }, () => rng.pick(words)).join(' '),
  };
  for (let i = rng.int(10, 40); i > 0; i--) {
    const officialId = rng.uuid();
    const place = rng.pick(places);
    await pool.saveOfficial(
      { officialId, municipalityId: place.municipalityId, position: 'Planner', mandate: 'STAFF', functionArea: 'URBAN_PLANNING', languages: rng.some(languages) },
      at,
    );
    if (rng.next() < 0.1) continue; // in the directory, but declared nothing: not in the pool
    const max = rng.int(1, 3);
    await pool.declare(
      officialId,
      {
        topics: rng.some(topics).map((topic) => ({ topic, level: rng.pick(levels), yearsOfExperience: rng.int(0, 30), summary: null })),
        summary: rng.next() < 0.2 ? null : Array.from({ length: rng.int(1, 10) }, () => rng.pick(words)).join(' '),
        languages: rng.some(languages),
        availability: Array.from({ length: rng.int(0, 3) }, () => window(rng)).filter((w, j, all) => all.findIndex((x) => x.from === w.from) === j),
        formatsAccepted: rng.some(formats),
        maxConcurrentEngagements: max,
      },
      at,
    );
    for (let e = rng.int(0, max + 1); e > 0; e--) await pool.startEngagements(rng.uuid(), [officialId], at);
    if (rng.next() < 0.1) await pool.endEngagements(rng.uuid(), [officialId], 'COMPLETED', at);
    if (rng.next() < 0.25) {
      await open.db.insert(matches).values({
        requestId,
        officialId,
        rank: 1,
        score: 0.5,
        factors: Array.from({ length: 6 }, () => ({ factor: 'FAIRNESS' as const, weight: 0, value: 0, contribution: 0, explanation: 'x' })),
        status: rng.pick(['SUGGESTED', 'PROPOSED', 'DECLINED', 'WITHDRAWN'] as const),
      });
    }
  }
  return request;
}

describe('candidate generation in SQL', () => {
  it('agrees with the in-code hard filters on every official, over random pools', async () => {
    let eligibleSeen = 0;
    let excludedSeen = 0;
    for (let seed = 1; seed <= 25; seed++) {
      const request = await randomWorld(seed);
      const pool = new ExpertPoolRepository(open.db);
      const everyone = await pool.experts();
      const already = new Set(
        (await open.db.select().from(matches)).filter((m) => m.requestId === request.requestId && m.status !== 'SUGGESTED').map((m) => m.officialId),
      );
      const inCode = everyone.filter((e) => failedHardFilters(request, e, already).length === 0).map((e) => e.officialId).sort();
      expect(await eligibleIds(open.db, request), `seed ${seed}`).toEqual(inCode);
      eligibleSeen += inCode.length;
      excludedSeen += everyone.length - inCode.length;

      // Candidates are eligible, each once; when the pool is small they are all of the eligible.
      const neighbours = await topicNeighbours(open.db, request.topics);
      const few = (await candidateExperts(open.db, request, neighbours, { size: 5 })).map((e) => e.officialId);
      expect(new Set(few).size).toBe(few.length);
      for (const id of few) expect(inCode).toContain(id);
      expect((await candidateExperts(open.db, request, neighbours, { size: 10_000 })).map((e) => e.officialId).sort()).toEqual(inCode);
    }
    // The worlds exercise both sides.
    expect(eligibleSeen).toBeGreaterThan(50);
    expect(excludedSeen).toBeGreaterThan(200);
  });

  it('knows the taxonomy around a topic: its parent and its children', async () => {
    const neighbours = await topicNeighbours(open.db, ['sanitation', 'waste']);
    expect(neighbours.get('sanitation')).toEqual(['water']);
    expect(neighbours.get('waste')).toEqual(['recycling', 'solid-waste']);
  });

  it('gives a drainage expert part credit on a water request, and puts them after a water expert', async () => {
    const request = await randomWorld(99);
    const rankedWith = (topic: string) =>
      rankExperts({ ...request, topics: ['water'], topicNeighbours: new Map([['water', ['drainage', 'sanitation', 'water-supply']]]) }, [
        {
          officialId: topic,
          municipality: { municipalityId: topic, name: 'Elsewhere', countryCode: 'ZZ', kind: 'CITY', population: 10_000 },
          position: 'Engineer',
          mandate: 'STAFF',
          functionArea: 'URBAN_PLANNING',
          languages: [...request.languages],
          summary: null,
          expertise: [{ topic, level: 'EXPERT', yearsOfExperience: 15 }],
          availability: [{ from: '2026-01-01', to: '2029-12-31' }],
          formatsAccepted: [...formats],
          maxConcurrentEngagements: 1,
          currentEngagements: 0,
          completedExchanges: 0,
          ratings: { count: 0, mean: null },
        },
      ], { alreadyMatched: new Set() }).shortlist[0]!;
    const own = rankedWith('water').factors.find((f) => f.factor === 'TOPIC_FIT')!;
    const neighbour = rankedWith('drainage').factors.find((f) => f.factor === 'TOPIC_FIT')!;
    expect(own.value).toBe(1);
    expect(neighbour.value).toBe(0.5);
    expect(neighbour.explanation).toBe('Declares EXPERT level in drainage (15 years), a neighbouring topic of water: the topic of the request.');
  });
});
