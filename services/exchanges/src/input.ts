// The exchanges service's input rules that the kit's InputCheck does not hold itself:
// the UN Sustainable Development Goal targets an outcome serves, read the same way where
// outcomes are recorded and where lists are filtered by them, and an evaluation's
// indicator scores, read the same way where evaluations are recorded and corrected.
import type { InputCheck } from '@connect/kit';

/** Goal 1 to 17, then a numbered target (6.2, 17.16) or a lettered means of implementation (6.a). */
export const sdgTargetPattern = /^([1-9]|1[0-7])\.([1-9][0-9]?|[a-z])$/;

export function readSdgTargets(check: InputCheck, targets: readonly string[]): string[] {
  if (targets.length > 20) return check.invalid(`sdgTargets holds at most 20 targets, got ${targets.length}`, 'sdgTargets') ?? [];
  const read = targets.map((t) => t.trim().toLowerCase());
  const wrong = read.filter((t) => !sdgTargetPattern.test(t));
  if (wrong.length > 0) {
    return check.invalid(`sdgTargets are SDG targets such as 6.2, 17.16 or 6.a (goal 1 to 17); not ${wrong.join(', ')}`, 'sdgTargets') ?? [];
  }
  return [...new Set(read)];
}

/** Indicator scores: at most 20, each indicator once (whatever its case), each score 1 to 5. */
export function readIndicators(check: InputCheck, indicators: { indicator: string; score: number }[]) {
  if (indicators.length > 20) return check.invalid(`indicators holds at most 20 scores, got ${indicators.length}`, 'indicators') ?? [];
  const seen = new Set<string>();
  return indicators.map(({ indicator, score }) => {
    const name = check.text(indicator, 'indicators', 80) ?? '';
    if (seen.has(name.toLowerCase())) check.invalid(`indicators scores "${name}" twice`, 'indicators');
    seen.add(name.toLowerCase());
    return { indicator: name, score: check.rating(score, 'indicators') ?? 0 };
  });
}
