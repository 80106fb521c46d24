// What an operator may tune in matching without changing code: the weight of each
// factor in the score. Read from the environment once, at the entry point (index.ts,
// or the platform's start), validated, and handed to the subgraph definition.
//
// MATCHING_WEIGHTS lists the factors to change, such as
//   MATCHING_WEIGHTS="TOPIC_FIT=0.45,FAIRNESS=0"
// Factors left out keep their default (scoring.ts: factorWeights). Every weight is a
// number from 0 to 1 with at most 4 decimals, and the six must add up to exactly 1, so
// that a score stays between 0 and 1 and is still the sum of its contributions.
import { factorWeights, matchFactorKinds, SCORE_DECIMALS, type MatchFactorKind } from './scoring.ts';

export type FactorWeights = Readonly<Record<MatchFactorKind, number>>;

export interface MatchingSettings {
  weights: FactorWeights;
}

export const defaultMatchingSettings: MatchingSettings = Object.freeze({ weights: factorWeights });

const units = 10 ** SCORE_DECIMALS;

/** Parses MATCHING_WEIGHTS or fails with one message that lists every problem. */
export function loadMatchingSettings(env: Record<string, string | undefined>): MatchingSettings {
  const raw = env.MATCHING_WEIGHTS?.trim();
  if (!raw) return defaultMatchingSettings;
  return { weights: parseWeights(raw) };
}

function parseWeights(raw: string): FactorWeights {
  const problems: string[] = [];
  const weights: Record<MatchFactorKind, number> = { ...factorWeights };
  const seen = new Set<string>();
  for (const part of raw.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^([A-Z_]+)\s*=\s*(\S+)$/.exec(part);
    if (!match) {
      problems.push(`"${part}" is not FACTOR=weight`);
      continue;
    }
    const [, name, text] = match as unknown as [string, string, string];
    if (!(matchFactorKinds as readonly string[]).includes(name)) {
      problems.push(`${name} is not a factor (${matchFactorKinds.join(', ')})`);
      continue;
    }
    if (seen.has(name)) problems.push(`${name} is given twice`);
    seen.add(name);
    const value = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(value) || value < 0 || value > 1) {
      problems.push(`${name} must be a number from 0 to 1, got "${text}"`);
      continue;
    }
    if (Math.abs(value * units - Math.round(value * units)) > 1e-9) {
      problems.push(`${name} has more than ${SCORE_DECIMALS} decimals`);
      continue;
    }
    weights[name as MatchFactorKind] = value;
  }
  if (problems.length === 0) {
    const total = matchFactorKinds.reduce((sum, k) => sum + Math.round(weights[k] * units), 0);
    if (total !== units) {
      const listed = matchFactorKinds.map((k) => `${k}=${weights[k]}`).join(', ');
      problems.push(`the weights must add up to 1, they add up to ${total / units} (${listed})`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`Invalid configuration:\n${problems.map((p) => `  MATCHING_WEIGHTS: ${p}`).join('\n')}`);
  }
  return Object.freeze(weights);
}
