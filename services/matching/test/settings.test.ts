// Weights live in configuration: MATCHING_WEIGHTS is read once at start, refused with a
// message that names every problem, and a service started with other weights scores
// and ranks with them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@connect/kit/testing';
import { matchingSubgraph, type Context } from '../src/server.ts';
import { factorWeights } from '../src/scoring.ts';
import { loadMatchingSettings } from '../src/settings.ts';
import { r, staff, succeed, type UserErrorShape, startDemoMatching } from './support.ts';

describe('MATCHING_WEIGHTS', () => {
  it('leaves the documented defaults when unset or empty', () => {
    expect(loadMatchingSettings({}).weights).toEqual(factorWeights);
    expect(loadMatchingSettings({ MATCHING_WEIGHTS: '  ' }).weights).toEqual(factorWeights);
  });

  it('changes the factors it names and keeps the others', () => {
    const { weights } = loadMatchingSettings({ MATCHING_WEIGHTS: 'TOPIC_FIT=0.45, FAIRNESS=0' });
    expect(weights).toEqual({ ...factorWeights, TOPIC_FIT: 0.45, FAIRNESS: 0 });
  });

  it.each([
    ['TOPIC_FIT=0.5', /must add up to 1, they add up to 1\.15/],
    ['TOPIC_FIT=0.45,FAIRNESS=0,CHARM=0.1', /CHARM is not a factor/],
    ['TOPIC_FIT=-0.1', /TOPIC_FIT must be a number from 0 to 1, got "-0.1"/],
    ['TOPIC_FIT=1.5', /TOPIC_FIT must be a number from 0 to 1/],
    ['TOPIC_FIT=abc', /TOPIC_FIT must be a number from 0 to 1, got "abc"/],
    ['TOPIC_FIT=0.35001', /TOPIC_FIT has more than 4 decimals/],
    ['TOPIC_FIT', /"TOPIC_FIT" is not FACTOR=weight/],
    ['TOPIC_FIT=0.35,TOPIC_FIT=0.35', /TOPIC_FIT is given twice/],
  ])('refuses %s with a message that says why', (value, message) => {
    expect(() => loadMatchingSettings({ MATCHING_WEIGHTS: value })).toThrow(message);
    expect(() => loadMatchingSettings({ MATCHING_WEIGHTS: value })).toThrow(/^Invalid configuration:\n  MATCHING_WEIGHTS: /);
  });

  it('lists every problem at once', () => {
    expect(() => loadMatchingSettings({ MATCHING_WEIGHTS: 'CHARM=1,FAIRNESS=2' })).toThrow(/CHARM is not a factor[\s\S]*FAIRNESS must be a number/);
  });
});

describe('a matching service started with other weights', () => {
  // Everything on fairness: the peer with the fewest current engagements comes first.
  const fairnessOnly = loadMatchingSettings({
    MATCHING_WEIGHTS: 'TOPIC_FIT=0,TEXT_RELEVANCE=0,ROLE_SIMILARITY=0,CONTEXT_SIMILARITY=0,EXPERIENCE=0,FAIRNESS=1',
  });
  let fair: TestSubgraph<Context>;
  let usual: TestSubgraph<Context>;
  beforeAll(async () => {
    [fair, usual] = await Promise.all([
      startDemoMatching(matchingSubgraph(fairnessOnly)),
      startDemoMatching(matchingSubgraph()),
    ]);
  });
  afterAll(async () => {
    await fair?.dispose();
    await usual?.dispose();
  });

  interface RunPayload {
    userErrors: UserErrorShape[];
    request: { matches: { score: number; official: { id: string }; factors: { factor: string; weight: number; value: number; contribution: number }[] }[] };
  }

  it('weighs each factor as configured, and the scores follow', async () => {
    const ranked = (await succeed<RunPayload>(fair, 'runMatching', { requestId: r.jinjaWaste }, staff)).request.matches;
    expect(ranked.length).toBeGreaterThan(1);
    for (const match of ranked) {
      for (const f of match.factors) {
        expect(f.weight).toBe(fairnessOnly.weights[f.factor as keyof typeof fairnessOnly.weights]);
        expect(f.contribution).toBe(Math.round(f.weight * f.value * 10_000) / 10_000);
      }
      expect(match.score).toBe(match.factors.find((f) => f.factor === 'FAIRNESS')!.value);
    }
    for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.score).toBeLessThanOrEqual(ranked[i - 1]!.score);

    const byDefault = (await succeed<RunPayload>(usual, 'runMatching', { requestId: r.jinjaWaste }, staff)).request.matches;
    expect(byDefault[0]!.factors.find((f) => f.factor === 'TOPIC_FIT')!.weight).toBe(factorWeights.TOPIC_FIT);
    expect(byDefault.map((m) => m.score)).not.toEqual(ranked.map((m) => m.score));
  });
});
