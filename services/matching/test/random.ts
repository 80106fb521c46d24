// The seeded random numbers of the random-pool tests: the synthetic world's generator
// (mulberry32, the same on every machine), with the draws those tests make of it.
import { random as generator } from '@connect/kit/synthetic';

export function random(seed: number) {
  const { next, int, pick } = generator(seed);
  /** Each item with probability 0.4; a single one picked when fewer than `min` came out. */
  const some = <T>(items: readonly T[], min = 0): T[] => {
    const chosen = items.filter(() => next() < 0.4);
    return chosen.length >= min ? chosen : [pick(items)];
  };
  const uuid = () => `${Array.from({ length: 32 }, () => int(0, 15).toString(16)).join('').replace(/^(.{8})(.{4}).(.{3}).(.{3})(.{12})$/, '$1-$2-4$3-8$4-$5')}`;
  return { next, int, pick, some, uuid };
}
