import { isCalendarDay, pageRequest, parseId, parseSearch, requireRole, toConnection } from '@connect/kit';
import { associationOf } from '../access.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { parseTopicCode } from '../taxonomy.ts';

export const Query: QueryResolvers = {
  topic: (_, { code }, ctx) => ctx.loaders.topic.load(parseTopicCode(code)),
  topics: (_, { roots }, ctx) => ctx.knowledge.listTopics(roots ?? true),

  bestPractice: (_, { id }, ctx) => ctx.loaders.bestPractice.load(parseId(id)),

  async bestPractices(_, args, ctx) {
    const request = pageRequest(args);
    const filter = { ...args.filter };
    if (filter.topic) filter.topic = parseTopicCode(filter.topic, 'filter.topic');
    filter.search = parseSearch(filter.search, 'filter.search');
    const rows = await ctx.knowledge.listBestPractices(filter, ctx.visibility, request);
    return toConnection(rows, request, (p) => p.title);
  },

  knowledgeEvent: (_, { id }, ctx) => ctx.loaders.knowledgeEvent.load(parseId(id)),

  async knowledgeEvents(_, args, ctx) {
    const request = pageRequest(args, { sort: isCalendarDay });
    const rows = await ctx.knowledge.listKnowledgeEvents(request);
    return toConnection(rows, request, (e) => e.date);
  },

  async lessonsToDocument(_, args, ctx) {
    requireRole(ctx.viewer, ['ASSOCIATION', 'STAFF'], 'see the lessons to document');
    const request = pageRequest(args, { sort: isExactInstant });
    const rows = await ctx.lessons.listLessonsToDocument(request, associationOf(ctx.viewer) ?? undefined);
    return toConnection(
      rows.map((lesson) => ({ ...lesson, id: lesson.exchangeId })),
      request,
      (lesson) => lesson.completedAt.toISOString(),
    );
  },
};

/** Whether a cursor's sort value is an instant as `toISOString` writes it, so that it compares exactly. */
function isExactInstant(value: string): boolean {
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString() === value;
}
