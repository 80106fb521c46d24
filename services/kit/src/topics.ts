// The topic taxonomy's tree: which code is a sub-topic of which. The taxonomy itself
// (codes and labels) is reference data owned by knowledge and written by its migration
// 0001_taxonomy; every service that filters by topic needs only the tree, so that a
// filter on a topic also finds its sub-topics ("water" finds "sanitation"). A test in
// knowledge checks that this tree and the migrated table agree.

/** Each sub-topic with its parent; a code absent from here is a root. */
export const TOPIC_PARENTS: Readonly<Record<string, string>> = Object.freeze({
  'land-use': 'urban-planning',
  housing: 'urban-planning',
  'public-space': 'urban-planning',
  mobility: 'urban-planning',
  'rural-development': 'rural-planning',
  agriculture: 'rural-planning',
  ecotourism: 'tourism',
  'cultural-heritage': 'tourism',
  sanitation: 'water',
  'water-supply': 'water',
  drainage: 'water',
  'solid-waste': 'waste',
  recycling: 'waste',
  'climate-adaptation': 'environment',
  'energy-efficiency': 'environment',
  'public-health': 'environment',
  'public-finance': 'governance',
  'citizen-participation': 'governance',
  'digital-services': 'governance',
  education: 'social-services',
  'social-inclusion': 'social-services',
  'local-economy': 'economic-development',
  employment: 'economic-development',
});

/** The roots of the taxonomy. */
export const TOPIC_ROOTS: readonly string[] = Object.freeze([
  'urban-planning',
  'rural-planning',
  'tourism',
  'water',
  'waste',
  'environment',
  'governance',
  'social-services',
  'economic-development',
]);

/**
 * A topic code with every code beneath it, the code itself first. A code the tree does
 * not know stands for itself alone, so a filter on it still finds what names it.
 */
export function topicWithDescendants(code: string): string[] {
  const found = [code];
  for (let i = 0; i < found.length; i++) {
    for (const [child, parent] of Object.entries(TOPIC_PARENTS)) {
      if (parent === found[i] && !found.includes(child)) found.push(child);
    }
  }
  return found;
}
