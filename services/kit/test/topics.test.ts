import { describe, expect, it } from 'vitest';
import { TOPIC_PARENTS, TOPIC_ROOTS, topicWithDescendants } from '../src/topics.ts';

describe('the topic tree', () => {
  it('gives a root with all its sub-topics, the root first', () => {
    expect(topicWithDescendants('water')).toEqual(['water', 'sanitation', 'water-supply', 'drainage']);
  });

  it('gives a sub-topic alone', () => {
    expect(topicWithDescendants('sanitation')).toEqual(['sanitation']);
  });

  it('lets an unknown code stand for itself', () => {
    expect(topicWithDescendants('not-in-the-tree')).toEqual(['not-in-the-tree']);
  });

  it('hangs every sub-topic under a root', () => {
    for (const parent of Object.values(TOPIC_PARENTS)) expect(TOPIC_ROOTS).toContain(parent);
  });
});
