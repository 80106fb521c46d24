import { describe, expect, it } from 'vitest';
import {
  contextSimilarity,
  experience,
  fairness,
  MAX_PER_MUNICIPALITY,
  MAX_SHARE_PER_COUNTRY,
  rankExperts,
  roleSimilarity,
  textRelevance,
  topicFit,
  type MunicipalityContext,
  type OpenRequest,
  type PoolExpert,
} from '../src/ranking.ts';
import { factorWeights, matchFactorKinds } from '../src/scoring.ts';
import { random } from './random.ts';

// ---------------------------------------------------------------------------
// A hand-made world

const place = (name: string, countryCode: string, kind = 'CITY', population: number | null = 100_000): MunicipalityContext => ({
  municipalityId: `m-${name.toLowerCase()}`,
  name,
  countryCode,
  kind,
  population,
});

const agonaWest = place('Agona West', 'GH', 'DISTRICT', 115_000);
const deventer = place('Deventer', 'NL', 'CITY', 101_000);
const vitoria = place('Vitoria-Gasteiz', 'ES', 'CITY', 255_000);
const sandgerdi = place('Sandgerði', 'IS', 'TOWN', 1_700);
const kumasi = place('Kumasi', 'GH', 'CITY', 440_000);
const lyon = place('Lyon', 'FR', 'CITY', 520_000);

const sanitationRequest: OpenRequest = {
  requestId: 'r-sanitation',
  municipality: agonaWest,
  topics: ['sanitation', 'solid-waste', 'public-health'],
  languages: ['en'],
  preferredFormats: ['EXPERT_ASSIGNMENT', 'STUDY_VISIT'],
  earliestStart: '2027-03-01',
  latestEnd: '2027-12-31',
  challenge:
    'Public toilets overflow in the rainy season, septic tanks are emptied irregularly and liquid waste ends up in open drains. No sanitation plan joins the Assembly, private desludgers and community groups.',
};

function expert(officialId: string, overrides: Partial<PoolExpert> = {}): PoolExpert {
  return {
    officialId,
    municipality: deventer,
    position: 'Adviser',
    mandate: 'STAFF',
    functionArea: 'GENERAL_MANAGEMENT',
    languages: ['en'],
    summary: null,
    expertise: [],
    availability: [{ from: '2027-01-01', to: '2027-12-31' }],
    formatsAccepted: ['EXPERT_ASSIGNMENT'],
    maxConcurrentEngagements: 1,
    currentEngagements: 0,
    completedExchanges: 0,
    ratings: { count: 0, mean: null },
    ...overrides,
  };
}

/** The peer who should come first: the right job, the right topic, free, speaking English, abroad. */
const pieter = expert('pieter', {
  municipality: deventer,
  position: 'Senior Adviser, Sanitation and Sewerage',
  functionArea: 'WATER_AND_SANITATION',
  languages: ['nl', 'en'],
  summary: 'Plans sanitation services with the water board and residents, including emptying schedules for septic tanks and public toilets.',
  expertise: [{ topic: 'sanitation', level: 'EXPERT', yearsOfExperience: 18 }],
  formatsAccepted: ['EXPERT_ASSIGNMENT', 'STUDY_VISIT'],
  completedExchanges: 1,
  ratings: { count: 1, mean: 5 },
});

const handMadePool: PoolExpert[] = [
  // Knows even more, but works in the requester's own country.
  expert('kwame', {
    municipality: kumasi,
    functionArea: 'WATER_AND_SANITATION',
    summary: 'Septic tanks, public toilets and liquid waste in a large city.',
    expertise: [
      { topic: 'sanitation', level: 'EXPERT', yearsOfExperience: 20 },
      { topic: 'solid-waste', level: 'EXPERT', yearsOfExperience: 20 },
    ],
  }),
  // Knows the topic, speaks no English.
  expert('aurelie', { municipality: lyon, languages: ['fr'], functionArea: 'WATER_AND_SANITATION', expertise: [{ topic: 'sanitation', level: 'EXPERT', yearsOfExperience: 15 }] }),
  // A fair match, less deep.
  expert('marta', {
    municipality: vitoria,
    functionArea: 'WATER_AND_SANITATION',
    languages: ['es', 'en'],
    summary: 'Runs wastewater treatment for a city.',
    expertise: [{ topic: 'sanitation', level: 'EXPERIENCED', yearsOfExperience: 6 }],
  }),
  // Willing and free, but knows other things.
  expert('sigrun', {
    municipality: sandgerdi,
    functionArea: 'GENERAL_MANAGEMENT',
    summary: 'Financing municipal services in a harbour town.',
    expertise: [{ topic: 'public-finance', level: 'EXPERIENCED', yearsOfExperience: 10 }],
  }),
  pieter,
];

// ---------------------------------------------------------------------------
// A seeded random world

const countries = ['NL', 'ES', 'IS', 'GH', 'UG', 'KH', 'CO'];
const languages = ['en', 'es', 'fr', 'nl', 'km', 'is'];
const formats = ['EXPERT_ASSIGNMENT', 'WORK_PLACEMENT', 'ROUNDTABLE', 'STUDY_VISIT'];
const topics = ['sanitation', 'water-supply', 'drainage', 'solid-waste', 'recycling', 'ecotourism', 'land-use', 'public-space'];
const kinds = ['CITY', 'TOWN', 'DISTRICT', 'RURAL_MUNICIPALITY'];
const areas = ['WATER_AND_SANITATION', 'WASTE_MANAGEMENT', 'TOURISM', 'URBAN_PLANNING', 'GENERAL_MANAGEMENT'];
const words = 'plan toilets septic waste water drains market collection visitors guides zoning river flood budget residents'.split(' ');
const levels = ['PRACTITIONER', 'EXPERIENCED', 'EXPERT'] as const;

function day(rng: ReturnType<typeof random>, fromYear = 2026): string {
  return `${rng.int(fromYear, 2028)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
}

function randomWindow(rng: ReturnType<typeof random>) {
  const a = day(rng);
  const b = day(rng);
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

function randomWorld(seed: number) {
  const rng = random(seed);
  const places = Array.from({ length: rng.int(3, 8) }, (_, i) => ({
    municipalityId: `m${i}`,
    name: `Town ${i}`,
    countryCode: rng.pick(countries),
    kind: rng.pick(kinds),
    population: rng.next() < 0.1 ? null : rng.int(500, 2_000_000),
  }));
  const window = randomWindow(rng);
  const request: OpenRequest = {
    requestId: `r${seed}`,
    municipality: rng.pick(places),
    topics: rng.some(topics, 1),
    languages: rng.some(languages, 1),
    preferredFormats: rng.next() < 0.1 ? [] : rng.some(formats, 1),
    earliestStart: rng.next() < 0.1 ? null : window.from,
    latestEnd: rng.next() < 0.1 ? null : window.to,
    challenge: Array.from({ length: rng.int(5, 25) }, () => rng.pick(words)).join(' '),
  };
  const pool: PoolExpert[] = Array.from({ length: rng.int(0, 60) }, (_, i) => {
    const max = rng.int(1, 3);
    return {
      officialId: `o${String(i).padStart(3, '0')}`,
      municipality: rng.pick(places),
      position: rng.pick(['Head of Sanitation', 'Mayor', 'Tourism Officer', 'Planner']),
      mandate: rng.pick(['ELECTED', 'STAFF']),
      functionArea: rng.pick(areas),
      languages: rng.some(languages, 1),
      summary: rng.next() < 0.2 ? null : Array.from({ length: rng.int(1, 15) }, () => rng.pick(words)).join(' '),
      expertise: rng.some(topics).map((topic) => ({ topic, level: rng.pick(levels), yearsOfExperience: rng.int(0, 30) })),
      availability: Array.from({ length: rng.int(0, 3) }, () => randomWindow(rng)),
      formatsAccepted: rng.some(formats),
      maxConcurrentEngagements: max,
      currentEngagements: rng.int(0, max + 1),
      completedExchanges: rng.int(0, 6),
      ratings: rng.next() < 0.5 ? { count: 0, mean: null } : { count: rng.int(1, 5), mean: 1 + rng.next() * 4 },
    };
  });
  const alreadyMatched = new Set(pool.filter(() => rng.next() < 0.15).map((e) => e.officialId));
  return { request, pool, alreadyMatched, limit: rng.int(1, 12) };
}

// The hard filters written out again, on purpose, rather than read from the module under test.
function eligible(request: OpenRequest, e: PoolExpert, alreadyMatched: ReadonlySet<string>): boolean {
  const otherCountry = e.municipality.countryCode !== request.municipality.countryCode;
  const speaks = request.languages.some((l) => e.languages.includes(l));
  const available = e.availability.some(
    (w) => (request.earliestStart === null || w.to >= request.earliestStart) && (request.latestEnd === null || w.from <= request.latestEnd),
  );
  const format = e.formatsAccepted.length > 0 && (request.preferredFormats.length === 0 || request.preferredFormats.some((f) => e.formatsAccepted.includes(f)));
  const free = e.currentEngagements < e.maxConcurrentEngagements;
  return otherCountry && speaks && available && format && free && !alreadyMatched.has(e.officialId);
}

const units = (n: number) => Math.round(n * 10_000);

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rng = random(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('ranking the expert pool', () => {
  it('puts the peer who does the same job, abroad, in English, first for a sanitation request', () => {
    const { shortlist, excluded } = rankExperts(sanitationRequest, handMadePool);
    expect(shortlist.map((s) => s.officialId)).toEqual(['pieter', 'marta', 'sigrun']);
    expect(shortlist[0]!.rank).toBe(1);
    expect(excluded).toEqual([
      { officialId: 'aurelie', filters: ['NO_COMMON_LANGUAGE'] },
      { officialId: 'kwame', filters: ['SAME_COUNTRY'] },
    ]);
    const top = shortlist[0]!.factors;
    expect(top.map((f) => f.factor)).toEqual([...matchFactorKinds]);
    expect(top.find((f) => f.factor === 'TOPIC_FIT')!.explanation).toBe('Declares EXPERT level in sanitation (18 years): 1 of the 3 topics of the request.');
    expect(top.find((f) => f.factor === 'ROLE_SIMILARITY')!.explanation).toBe(
      'Works in water and sanitation, which the topics of the request name; the title of their position echoes the request.',
    );
  });

  it('never ranks a peer who fails a hard filter, over 300 random pools', () => {
    const seen = { ranked: 0, excluded: 0, heldBack: 0, full: 0, countryHeld: 0, countryFilled: 0 };
    for (let seed = 1; seed <= 300; seed++) {
      const { request, pool, alreadyMatched, limit } = randomWorld(seed);
      const { shortlist, excluded, heldBackForDiversity } = rankExperts(request, pool, { limit, alreadyMatched });
      seen.ranked += shortlist.length;
      seen.excluded += excluded.length;
      seen.heldBack += heldBackForDiversity.length;
      if (shortlist.length === limit) seen.full++;
      const byId = new Map(pool.map((e) => [e.officialId, e]));

      expect(shortlist.length).toBeLessThanOrEqual(limit);
      for (const s of shortlist) expect(eligible(request, byId.get(s.officialId)!, alreadyMatched), `seed ${seed}: ${s.officialId}`).toBe(true);
      for (const x of excluded) expect(eligible(request, byId.get(x.officialId)!, alreadyMatched), `seed ${seed}: ${x.officialId}`).toBe(false);
      // Everyone is accounted for once: excluded, or eligible (ranked, held back, or beyond the limit).
      expect(excluded.length + pool.filter((e) => eligible(request, e, alreadyMatched)).length).toBe(pool.length);

      // No more than two from one municipality.
      const perPlace = new Map<string, number>();
      for (const s of shortlist) perPlace.set(s.municipalityId, (perPlace.get(s.municipalityId) ?? 0) + 1);
      for (const n of perPlace.values()) expect(n).toBeLessThanOrEqual(MAX_PER_MUNICIPALITY);
      // No country more than half, unless nobody from elsewhere was left to take the place.
      const countryCap = Math.ceil(limit * MAX_SHARE_PER_COUNTRY);
      const perCountry = new Map<string, number>();
      for (const s of shortlist) {
        const country = byId.get(s.officialId)!.municipality.countryCode;
        perCountry.set(country, (perCountry.get(country) ?? 0) + 1);
      }
      const kept = new Set(shortlist.map((s) => s.officialId));
      for (const [country, n] of perCountry) {
        if (n <= countryCap) continue;
        seen.countryFilled++;
        const passedOver = pool.filter(
          (e) =>
            e.municipality.countryCode !== country &&
            eligible(request, e, alreadyMatched) &&
            !kept.has(e.officialId) &&
            (perPlace.get(e.municipality.municipalityId) ?? 0) < MAX_PER_MUNICIPALITY,
        );
        expect(passedOver, `seed ${seed}: ${country} holds ${n} of ${shortlist.length}`).toEqual([]);
      }
      // Each held back peer's municipality or country had its share.
      for (const id of heldBackForDiversity) {
        const e = byId.get(id)!;
        const municipalityFull = perPlace.get(e.municipality.municipalityId) === MAX_PER_MUNICIPALITY;
        const countryFull = (perCountry.get(e.municipality.countryCode) ?? 0) >= countryCap;
        expect(municipalityFull || countryFull, `seed ${seed}: ${id}`).toBe(true);
        if (!municipalityFull) seen.countryHeld++;
      }

      // Ranks run 1, 2, 3 and follow the scores; an eligible peer left out scores no higher than the last kept, unless held back.
      expect(shortlist.map((s) => s.rank)).toEqual(shortlist.map((_, i) => i + 1));
      for (let i = 1; i < shortlist.length; i++) expect(shortlist[i]!.score).toBeLessThanOrEqual(shortlist[i - 1]!.score);
      const leftOut = pool.filter((e) => eligible(request, e, alreadyMatched) && !kept.has(e.officialId) && !heldBackForDiversity.includes(e.officialId));
      if (leftOut.length > 0) expect(shortlist).toHaveLength(limit);
    }
    // The random worlds do exercise every branch: ranked, excluded, held back, cut at the limit.
    expect(seen.ranked).toBeGreaterThan(300);
    expect(seen.excluded).toBeGreaterThan(1_000);
    expect(seen.heldBack).toBeGreaterThan(10);
    expect(seen.countryHeld).toBeGreaterThan(0);
    expect(seen.full).toBeGreaterThan(10);
  });

  it('makes every score the exact sum of its six contributions, each weight × value', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const { request, pool } = randomWorld(seed);
      for (const s of rankExperts(request, pool, { limit: 50 }).shortlist) {
        expect(s.factors.map((f) => f.factor)).toEqual([...matchFactorKinds]);
        expect(s.factors.reduce((sum, f) => sum + units(f.contribution), 0)).toBe(units(s.score));
        for (const f of s.factors) {
          expect(f.weight).toBe(factorWeights[f.factor]);
          expect(f.value).toBeGreaterThanOrEqual(0);
          expect(f.value).toBeLessThanOrEqual(1);
          expect(Math.abs(f.contribution - f.weight * f.value)).toBeLessThanOrEqual(0.00005 + 1e-12);
          expect(f.explanation).toMatch(/^\S.*\.$/);
        }
      }
    }
  });

  it('gives the same ranking for the same input, whatever order the pool comes in', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { request, pool, alreadyMatched, limit } = randomWorld(seed);
      const first = rankExperts(request, pool, { limit, alreadyMatched });
      expect(rankExperts(request, pool, { limit, alreadyMatched })).toEqual(first);
      expect(rankExperts(request, shuffled(pool, seed), { limit, alreadyMatched }).shortlist).toEqual(first.shortlist);
    }
  });

  it('keeps at most two peers of one municipality, passing over the third for the next best elsewhere', () => {
    const fromDeventer = ['d1', 'd2', 'd3'].map((id) => ({ ...pieter, officialId: id }));
    const elsewhere = { ...pieter, officialId: 'v1', municipality: vitoria, expertise: [{ topic: 'sanitation', level: 'PRACTITIONER' as const, yearsOfExperience: 1 }] };
    const { shortlist, heldBackForDiversity } = rankExperts(sanitationRequest, [...fromDeventer, elsewhere]);
    expect(shortlist.map((s) => s.officialId)).toEqual(['d1', 'd2', 'v1']);
    expect(heldBackForDiversity).toEqual(['d3']);
  });

  it('keeps no country above half of the shortlist while peers from elsewhere qualify', () => {
    // Six strong peers in the Netherlands, each in a town of their own, and three weaker ones in Spain.
    const dutch = Array.from({ length: 6 }, (_, i) => ({ ...pieter, officialId: `nl${i}`, municipality: { ...deventer, municipalityId: `nl-town-${i}` } }));
    const weaker = { level: 'PRACTITIONER' as const, yearsOfExperience: 1 };
    const spanish = Array.from({ length: 3 }, (_, i) => ({
      ...pieter,
      officialId: `es${i}`,
      municipality: { ...vitoria, municipalityId: `es-town-${i}` },
      expertise: [{ topic: 'sanitation', ...weaker }],
    }));
    const { shortlist, heldBackForDiversity } = rankExperts(sanitationRequest, [...dutch, ...spanish], { limit: 6 });
    expect(shortlist.map((s) => s.officialId)).toEqual(['nl0', 'nl1', 'nl2', 'es0', 'es1', 'es2']);
    expect(heldBackForDiversity).toEqual(['nl3', 'nl4', 'nl5']);
    // With two Spanish peers, a fourth Dutch one takes the place nobody else can.
    const fewer = rankExperts(sanitationRequest, [...dutch, ...spanish.slice(0, 2)], { limit: 6 });
    expect(fewer.shortlist.map((s) => s.officialId)).toEqual(['nl0', 'nl1', 'nl2', 'nl3', 'es0', 'es1']);
    expect(fewer.heldBackForDiversity).toEqual(['nl4', 'nl5']);
    // With nobody elsewhere, one country fills the whole list.
    expect(rankExperts(sanitationRequest, dutch, { limit: 6 }).shortlist).toHaveLength(6);
  });

  it('keeps no more than the limit, ten by default', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ ...pieter, officialId: `p${String(i).padStart(2, '0')}`, municipality: { ...deventer, municipalityId: `m${i}` } }));
    expect(rankExperts(sanitationRequest, many).shortlist).toHaveLength(10);
    expect(rankExperts(sanitationRequest, many, { limit: 3 }).shortlist).toHaveLength(3);
  });

  describe('hard filters', () => {
    const only = (e: PoolExpert, request = sanitationRequest, alreadyMatched = new Set<string>()) =>
      rankExperts(request, [e], { alreadyMatched }).excluded[0]?.filters ?? [];

    it('counts an official who declared no availability as not available', () => {
      expect(only({ ...pieter, availability: [] })).toEqual(['NOT_AVAILABLE']);
    });

    it('needs one day of a window within the request window; open ends take any day', () => {
      expect(only({ ...pieter, availability: [{ from: '2026-01-01', to: '2027-02-28' }] })).toEqual(['NOT_AVAILABLE']);
      expect(only({ ...pieter, availability: [{ from: '2026-01-01', to: '2027-03-01' }] })).toEqual([]);
      expect(only({ ...pieter, availability: [{ from: '2027-12-31', to: '2028-06-30' }] })).toEqual([]);
      expect(only({ ...pieter, availability: [{ from: '2020-01-01', to: '2020-02-01' }] }, { ...sanitationRequest, earliestStart: null })).toEqual([]);
    });

    it('needs a format the request prefers; a request without preference takes any format but none', () => {
      expect(only({ ...pieter, formatsAccepted: ['ROUNDTABLE'] })).toEqual(['NO_PREFERRED_FORMAT']);
      expect(only({ ...pieter, formatsAccepted: ['ROUNDTABLE'] }, { ...sanitationRequest, preferredFormats: [] })).toEqual([]);
      expect(only({ ...pieter, formatsAccepted: [] }, { ...sanitationRequest, preferredFormats: [] })).toEqual(['NO_PREFERRED_FORMAT']);
    });

    it('leaves out peers at their limit of engagements and peers already matched to the request', () => {
      expect(only({ ...pieter, currentEngagements: 1, maxConcurrentEngagements: 1 })).toEqual(['FULLY_ENGAGED']);
      expect(only({ ...pieter, currentEngagements: 1, maxConcurrentEngagements: 2 })).toEqual([]);
      expect(only(pieter, sanitationRequest, new Set(['pieter']))).toEqual(['ALREADY_MATCHED']);
    });

    it('names every filter a peer fails', () => {
      expect(only({ ...pieter, municipality: kumasi, languages: ['tw'], availability: [], formatsAccepted: [] })).toEqual([
        'SAME_COUNTRY',
        'NO_COMMON_LANGUAGE',
        'NOT_AVAILABLE',
        'NO_PREFERRED_FORMAT',
      ]);
    });
  });

  describe('the six factors', () => {
    it('TOPIC_FIT credits only the request topics, by level and years, the best one most', () => {
      expect(topicFit(sanitationRequest, { expertise: [] })).toEqual({
        value: 0,
        explanation: 'Declares none of the topics of the request (sanitation, solid-waste, public-health).',
      });
      const expert = (level: 'PRACTITIONER' | 'EXPERIENCED' | 'EXPERT', years: number) => topicFit({ topics: ['sanitation'] }, { expertise: [{ topic: 'sanitation', level, yearsOfExperience: years }] }).value;
      expect(expert('EXPERT', 15)).toBe(1);
      expect(expert('EXPERT', 40)).toBe(1);
      expect(expert('EXPERT', 0)).toBe(0.5);
      expect(expert('PRACTITIONER', 15)).toBeLessThan(expert('EXPERIENCED', 15));
      expect(expert('EXPERIENCED', 15)).toBeLessThan(expert('EXPERT', 15));
      // A neighbouring topic (drainage, like sanitation under water) earns nothing until issue 4 brings the taxonomy.
      expect(topicFit({ topics: ['sanitation'] }, { expertise: [{ topic: 'drainage', level: 'EXPERT', yearsOfExperience: 20 }] }).value).toBe(0);
      const both = topicFit({ topics: ['ecotourism', 'cultural-heritage'] }, {
        expertise: [
          { topic: 'ecotourism', level: 'EXPERT', yearsOfExperience: 14 },
          { topic: 'cultural-heritage', level: 'EXPERIENCED', yearsOfExperience: 9 },
        ],
      });
      expect(both.explanation).toBe('Declares EXPERT level in ecotourism (14 years) and EXPERIENCED level in cultural-heritage (9 years): 2 of the 2 topics of the request.');
    });

    it('TEXT_RELEVANCE counts the words a summary shares with the challenge', () => {
      const close = textRelevance(sanitationRequest, { summary: pieter.summary, expertise: [] });
      expect(close.value).toBeGreaterThan(0.2);
      expect(close.explanation).toMatch(/^Their summary shares \d+ words with the request's challenge: .*toilets.*\.$/);
      expect(textRelevance(sanitationRequest, { summary: 'Cruise visitors in a harbour town.', expertise: [] })).toEqual({
        value: 0,
        explanation: "Their summary shares no word with the request's challenge.",
      });
      expect(textRelevance(sanitationRequest, { summary: null, expertise: [] }).explanation).toBe("Has written no summary to compare with the request's challenge.");
      // The same words in other forms and cases: Toilet / toilets, SEPTIC / septic.
      expect(textRelevance({ challenge: 'toilets septic' }, { summary: 'SEPTIC Toilet', expertise: [] }).value).toBe(1);
    });

    it('ROLE_SIMILARITY looks for the function area in the topics, then in the challenge', () => {
      const staffer = { mandate: 'STAFF' };
      expect(roleSimilarity(sanitationRequest, { ...staffer, functionArea: 'WATER_AND_SANITATION', position: 'Engineer' }).value).toBe(0.8);
      expect(roleSimilarity({ topics: ['ecotourism'], challenge: '' }, { ...staffer, functionArea: 'TOURISM', position: 'Officer' }).value).toBe(0.8);
      expect(roleSimilarity({ topics: ['drainage'], challenge: 'Storm water floods the market.' }, { ...staffer, functionArea: 'WATER_AND_SANITATION', position: 'Engineer' }).value).toBe(0.5);
      expect(roleSimilarity(sanitationRequest, { ...staffer, functionArea: 'GENERAL_MANAGEMENT', position: 'Mayor' })).toEqual({
        value: 0,
        explanation: 'Works in general management, which neither the topics nor the challenge of the request name.',
      });
    });

    it('ROLE_SIMILARITY asks whether the peer does the requester’s job: same function area, same mandate', () => {
      const request = { topics: ['drainage'], challenge: 'Storm water floods the market.', requester: { functionArea: 'ENVIRONMENT_AND_HEALTH', mandate: 'STAFF' } };
      // Same area and mandate: the whole of those parts.
      expect(roleSimilarity(request, { functionArea: 'ENVIRONMENT_AND_HEALTH', mandate: 'STAFF', position: 'Officer' })).toEqual({
        value: 0.8,
        explanation: 'Works in environment and health, as the requester does; a member of staff, like the requester.',
      });
      // Another area the request names, and another mandate.
      expect(roleSimilarity(request, { functionArea: 'WATER_AND_SANITATION', mandate: 'ELECTED', position: 'Alderman' })).toEqual({
        value: 0.3,
        explanation: 'Works in water and sanitation, the requester in environment and health, a field the request names; an elected official, the requester a member of staff.',
      });
      // The same job ranks above a neighbouring one, whatever the words of the request.
      const same = roleSimilarity(request, { functionArea: 'ENVIRONMENT_AND_HEALTH', mandate: 'ELECTED', position: 'Councillor' }).value;
      const neighbouring = roleSimilarity(request, { functionArea: 'WATER_AND_SANITATION', mandate: 'ELECTED', position: 'Councillor' }).value;
      expect(same).toBeGreaterThan(neighbouring);
    });

    it('CONTEXT_SIMILARITY weighs kind and size, size on a log scale', () => {
      expect(contextSimilarity(deventer, { ...deventer, name: 'Twin' }).value).toBe(1);
      expect(contextSimilarity(place('A', 'NL', 'TOWN', 1_000), place('B', 'ES', 'TOWN', 100_000)).value).toBe(0.4);
      const tenfold = contextSimilarity(place('A', 'NL', 'CITY', 10_000), place('B', 'ES', 'TOWN', 100_000));
      expect(tenfold.value).toBe(0.3);
      expect(tenfold.explanation).toBe('B (town, about 100,000 inhabitants) and A (city, about 10,000 inhabitants) are different kinds of municipality, one about 10 times the size of the other.');
      expect(contextSimilarity(place('A', 'NL', 'CITY', null), place('B', 'ES', 'CITY', 1)).value).toBe(0.7);
    });

    it('EXPERIENCE counts a newcomer at the midpoint, a well-rated peer above, a poorly rated one below', () => {
      expect(experience({ completedExchanges: 0, ratings: { count: 0, mean: null } }).value).toBe(0.5);
      expect(experience({ completedExchanges: 4, ratings: { count: 3, mean: 5 } }).value).toBe(1);
      expect(experience({ completedExchanges: 1, ratings: { count: 2, mean: 1 } }).value).toBeLessThan(0.5);
      expect(experience({ completedExchanges: 1, ratings: { count: 2, mean: 5 } }).explanation).toBe(
        'Took part in 1 completed exchange on the platform, rated 5.0 of 5 on average in 2 evaluations.',
      );
    });

    it('FAIRNESS favours peers with fewer current engagements', () => {
      expect(fairness({ currentEngagements: 0 })).toEqual({ value: 1, explanation: 'No current engagement on the platform.' });
      expect(fairness({ currentEngagements: 1 }).value).toBe(0.5);
      expect(fairness({ currentEngagements: 3 }).value).toBe(0.25);
    });
  });
});
