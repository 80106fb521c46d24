import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc } from 'drizzle-orm';
import { TOPIC_PARENTS, TOPIC_ROOTS, topicWithDescendants } from '@connect/kit';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import { topics } from '../src/db/tables.ts';
import { knowledge, type Context } from '../src/server.ts';

// The taxonomy is reference data: it must answer on a platform started without the demo story.
let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(knowledge, { seedDemo: false });
});
afterAll(() => subgraph?.dispose());

const theTaxonomy = {
  'economic-development': ['employment', 'local-economy'],
  environment: ['climate-adaptation', 'energy-efficiency', 'public-health'],
  governance: ['citizen-participation', 'digital-services', 'public-finance'],
  'rural-planning': ['agriculture', 'rural-development'],
  'social-services': ['education', 'social-inclusion'],
  tourism: ['cultural-heritage', 'ecotourism'],
  'urban-planning': ['housing', 'land-use', 'mobility', 'public-space'],
  waste: ['recycling', 'solid-waste'],
  water: ['drainage', 'sanitation', 'water-supply'],
};

type Topic = { code: string; children: { code: string }[]; labels: { language: string; text: string }[] };

describe('the topic taxonomy without the demo story', () => {
  it('has the two-level taxonomy every service tags its work with', async () => {
    const result = await subgraph.execute<{ topics: Topic[] }>({ query: `{ topics { code children { code } labels { language text } } }` });
    expect(result.errors).toBeUndefined();
    const tree = Object.fromEntries(result.data!.topics.map((t) => [t.code, t.children.map((c) => c.code)]));
    expect(tree).toEqual(theTaxonomy);
  });

  it('labels every topic in English, Spanish, French, Portuguese and Dutch', async () => {
    const result = await subgraph.execute<{ topics: Topic[] }>({ query: `{ topics(roots: false) { code labels { language text } } }` });
    const topics = result.data!.topics;
    expect(topics).toHaveLength(32);
    for (const topic of topics) {
      expect(topic.labels.map((l) => l.language), topic.code).toEqual(['en', 'es', 'fr', 'nl', 'pt']);
      for (const label of topic.labels) expect(label.text.trim(), `${topic.code} ${label.language}`).not.toBe('');
    }
    const waterSupply = topics.find((t) => t.code === 'water-supply')!;
    expect(Object.fromEntries(waterSupply.labels.map((l) => [l.language, l.text]))).toEqual({
      en: 'Water supply',
      es: 'Abastecimiento de agua',
      fr: 'Approvisionnement en eau',
      nl: 'Watervoorziening',
      pt: 'Abastecimento de água',
    });
  });

  it('has no best practices or events until some are documented', async () => {
    const result = await subgraph.execute({ query: `{ bestPractices { nodes { id } } knowledgeEvents { nodes { id } } }` }, { role: 'STAFF' });
    expect(result.data).toEqual({ bestPractices: { nodes: [] }, knowledgeEvents: { nodes: [] } });
  });

  it('seeds the demo story into the empty service, once', async () => {
    expect(await knowledge.seedDemo!(subgraph.database.db)).toBe(true);
    expect(await knowledge.seedDemo!(subgraph.database.db)).toBe(false);
  });
});

describe("the kit's topic tree, which every service filters by", () => {
  it('is the migrated taxonomy: every code with its parent, none missing, none extra', async () => {
    const rows = await subgraph.database.db.select().from(topics).orderBy(asc(topics.code));
    const migrated = Object.fromEntries(rows.map((t) => [t.code, t.parentCode]));
    const kit = Object.fromEntries([
      ...TOPIC_ROOTS.map((code): [string, string | null] => [code, null]),
      ...Object.entries(TOPIC_PARENTS),
    ]);
    expect(Object.keys(kit).sort()).toEqual(Object.keys(migrated).sort());
    expect(kit).toEqual(migrated);
  });

  it('gives a root with its sub-topics, and a sub-topic alone', () => {
    expect(topicWithDescendants('water').sort()).toEqual(['drainage', 'sanitation', 'water', 'water-supply']);
    expect(topicWithDescendants('sanitation')).toEqual(['sanitation']);
  });
});
