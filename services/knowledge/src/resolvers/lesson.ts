import type { LessonRow, TopicRow } from '../db/tables.ts';
import type { Context } from '../context.ts';

// A lesson is the projection of a completed exchange; its exchange and municipalities are stubs.
export const Lesson = {
  exchange: (l: LessonRow) => ({ id: l.exchangeId }),
  // Codes the taxonomy does not know (the exchanges service stores them as text) are left out.
  topics: async (l: LessonRow, _: unknown, ctx: Context) =>
    (await ctx.loaders.topic.loadMany(l.topics)).filter((t): t is TopicRow => t !== null && !(t instanceof Error)),
  municipalities: (l: LessonRow) => l.municipalityIds.map((id) => ({ id })),
};
