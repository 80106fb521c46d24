import type { TopicRow } from '../db/tables.ts';
import type { LessonResolvers } from '../generated/resolvers.ts';

// A lesson is the projection of a completed exchange; its exchange and municipalities are stubs.
export const Lesson: LessonResolvers = {
  exchange: (l) => ({ id: l.exchangeId }),
  // Codes the taxonomy does not know (the exchanges service stores them as text) are left out.
  topics: async (l, _, ctx) =>
    (await ctx.loaders.topic.loadMany(l.topics)).filter((t): t is TopicRow => t !== null && !(t instanceof Error)),
  municipalities: (l) => l.municipalityIds.map((id) => ({ id })),
};
