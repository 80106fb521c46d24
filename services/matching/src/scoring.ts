// How a match score is put together: six weighted factors, each with a value from
// 0 to 1 and one sentence a person understands. The score is nothing but the sum of
// the contributions, so that every point of it can be explained.

export const matchFactorKinds = [
  'TOPIC_FIT',
  'TEXT_RELEVANCE',
  'ROLE_SIMILARITY',
  'CONTEXT_SIMILARITY',
  'EXPERIENCE',
  'FAIRNESS',
] as const;

export type MatchFactorKind = (typeof matchFactorKinds)[number];

/** What each factor weighs in the score unless MATCHING_WEIGHTS says otherwise (settings.ts); the weights add up to 1. */
export const factorWeights: Readonly<Record<MatchFactorKind, number>> = Object.freeze({
  TOPIC_FIT: 0.35,
  TEXT_RELEVANCE: 0.15,
  ROLE_SIMILARITY: 0.15,
  CONTEXT_SIMILARITY: 0.1,
  EXPERIENCE: 0.15,
  FAIRNESS: 0.1,
});

/** Scores and contributions are kept to 4 decimals. */
export const SCORE_DECIMALS = 4;
const unitsPerPoint = 10 ** SCORE_DECIMALS;

/** How a candidate does on one factor, before weighting. */
export interface FactorAssessment {
  /** 0 to 1. */
  value: number;
  /** One sentence a person understands. */
  explanation: string;
}

export interface MatchFactor {
  factor: MatchFactorKind;
  weight: number;
  value: number;
  /** weight × value, to 4 decimals. */
  contribution: number;
  explanation: string;
}

export interface MatchScore {
  /** The sum of the contributions. */
  score: number;
  /** One per factor, in the order of `matchFactorKinds`. */
  factors: MatchFactor[];
}

/**
 * Weighs the six assessments into a score. Each contribution is rounded to whole
 * units of 0.0001 and the score is summed in those units, so the contributions add
 * up to the score exactly rather than to within a floating-point error.
 * A value outside 0..1 or a missing explanation is a fault of the caller and throws.
 */
export function scoreMatch(
  assessments: Readonly<Record<MatchFactorKind, FactorAssessment>>,
  weights: Readonly<Record<MatchFactorKind, number>> = factorWeights,
): MatchScore {
  let scoreUnits = 0;
  const factors = matchFactorKinds.map((factor): MatchFactor => {
    const assessment = assessments[factor];
    if (!assessment) throw new RangeError(`${factor} has no assessment`);
    const { value, explanation } = assessment;
    if (!Number.isFinite(value) || value < 0 || value > 1) {
      throw new RangeError(`${factor} value must be between 0 and 1, got ${value}`);
    }
    if (explanation.trim() === '') throw new RangeError(`${factor} needs an explanation`);
    const weight = weights[factor];
    const units = Math.round(weight * value * unitsPerPoint);
    scoreUnits += units;
    return { factor, weight, value, contribution: units / unitsPerPoint, explanation };
  });
  return { score: scoreUnits / unitsPerPoint, factors };
}

/**
 * Ranks candidates for one request, best score first, rank 1 first. Equal scores
 * keep the order they came in, so a ranking is reproducible.
 */
export function rankByScore<T extends { score: number }>(candidates: readonly T[]): (T & { rank: number })[] {
  return candidates
    .map((candidate, position) => ({ candidate, position }))
    .sort((a, b) => b.candidate.score - a.candidate.score || a.position - b.position)
    .map(({ candidate }, index) => ({ ...candidate, rank: index + 1 }));
}
