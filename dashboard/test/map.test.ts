import { describe, expect, it } from 'vitest';
import { countClasses, numericCode } from '../src/components/CountryMap.tsx';

describe('the map of exchanges by country', () => {
  it('shades counts in up to four classes that cover 1…max without gaps', () => {
    expect(countClasses(1)).toEqual([{ from: 1, to: 1 }]);
    expect(countClasses(2)).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 2 },
    ]);
    for (const max of [3, 4, 5, 7, 10, 99, 1000]) {
      const classes = countClasses(max);
      expect(classes.length).toBe(Math.min(4, max));
      expect(classes[0]!.from).toBe(1);
      expect(classes.at(-1)!.to).toBe(max);
      classes.forEach((c, i) => {
        expect(c.to, `${max}`).toBeGreaterThanOrEqual(c.from);
        if (i > 0) expect(c.from).toBe(classes[i - 1]!.to + 1);
      });
    }
  });

  it('finds the atlas shape of an ISO 3166-1 alpha-2 code', () => {
    expect(numericCode('GH')).toBe('288');
    expect(numericCode('co')).toBe('170');
    expect(numericCode('XX')).toBeUndefined();
  });
});
