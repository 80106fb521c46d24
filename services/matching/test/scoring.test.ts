import { describe, expect, it } from 'vitest';
import {
  factorWeights,
  matchFactorKinds,
  rankByScore,
  scoreMatch,
  type FactorAssessment,
  type MatchFactorKind,
} from '../src/scoring.ts';

/** Units of 0.0001, where sums are exact. */
const units = (n: number) => Math.round(n * 10_000);

function assessments(values: Partial<Record<MatchFactorKind, number>> = {}): Record<MatchFactorKind, FactorAssessment> {
  return Object.fromEntries(
    matchFactorKinds.map((kind) => [kind, { value: values[kind] ?? 0.5, explanation: `Assessed ${kind}.` }]),
  ) as Record<MatchFactorKind, FactorAssessment>;
}

describe('match scoring', () => {
  it('weighs six factors whose weights add up to 1', () => {
    expect(Object.keys(factorWeights).sort()).toEqual([...matchFactorKinds].sort());
    expect(Object.values(factorWeights).reduce((sum, w) => sum + units(w), 0)).toBe(10_000);
    expect(factorWeights).toMatchObject({ TOPIC_FIT: 0.35, TEXT_RELEVANCE: 0.15, ROLE_SIMILARITY: 0.15, CONTEXT_SIMILARITY: 0.1, EXPERIENCE: 0.15, FAIRNESS: 0.1 });
  });

  it('makes each contribution weight × value and the score their sum', () => {
    const { score, factors } = scoreMatch(
      assessments({ TOPIC_FIT: 0.9, TEXT_RELEVANCE: 0.8, ROLE_SIMILARITY: 0.8, CONTEXT_SIMILARITY: 0.9, EXPERIENCE: 0.5, FAIRNESS: 1 }),
    );
    expect(factors.map((f) => f.factor)).toEqual([...matchFactorKinds]);
    expect(factors.map((f) => f.contribution)).toEqual([0.315, 0.12, 0.12, 0.09, 0.075, 0.1]);
    expect(score).toBe(0.82);
    expect(factors[0]).toEqual({ factor: 'TOPIC_FIT', weight: 0.35, value: 0.9, contribution: 0.315, explanation: 'Assessed TOPIC_FIT.' });
  });

  it('rounds to 4 decimals so that the contributions add up to the score exactly, whatever the values', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const values = Object.fromEntries(matchFactorKinds.map((kind, i) => [kind, ((seed * 7919 + i * 104729) % 10_007) / 10_006]));
      const { score, factors } = scoreMatch(assessments(values));
      for (const f of factors) {
        expect(f.contribution).toBe(units(f.contribution) / 10_000);
        expect(Math.abs(f.contribution - f.weight * f.value)).toBeLessThanOrEqual(0.00005 + 1e-12);
      }
      expect(factors.reduce((sum, f) => sum + units(f.contribution), 0)).toBe(units(score));
      expect(score).toBe(units(score) / 10_000);
    }
  });

  it('spans 0 to 1: nothing scores 0, everything scores 1', () => {
    const none = Object.fromEntries(matchFactorKinds.map((k) => [k, 0]));
    const all = Object.fromEntries(matchFactorKinds.map((k) => [k, 1]));
    expect(scoreMatch(assessments(none)).score).toBe(0);
    expect(scoreMatch(assessments(all)).score).toBe(1);
  });

  it.each([-0.01, 1.01, Number.NaN, Number.POSITIVE_INFINITY])('refuses the value %s, outside 0..1', (value) => {
    expect(() => scoreMatch(assessments({ EXPERIENCE: value }))).toThrow(/EXPERIENCE value must be between 0 and 1/);
  });

  it('refuses a factor without an assessment or without an explanation', () => {
    const missing = assessments() as Partial<Record<MatchFactorKind, FactorAssessment>>;
    delete missing.FAIRNESS;
    expect(() => scoreMatch(missing as Record<MatchFactorKind, FactorAssessment>)).toThrow(/FAIRNESS has no assessment/);
    expect(() => scoreMatch({ ...assessments(), TOPIC_FIT: { value: 1, explanation: '  ' } })).toThrow(/TOPIC_FIT needs an explanation/);
  });

  it('ranks candidates best score first, keeping the given order between equal scores', () => {
    const ranked = rankByScore([
      { name: 'b', score: 0.5 },
      { name: 'a', score: 0.8 },
      { name: 'c', score: 0.5 },
    ]);
    expect(ranked).toEqual([
      { name: 'a', score: 0.8, rank: 1 },
      { name: 'b', score: 0.5, rank: 2 },
      { name: 'c', score: 0.5, rank: 3 },
    ]);
    expect(rankByScore([])).toEqual([]);
  });
});
