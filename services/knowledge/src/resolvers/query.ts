import { isCalendarDay, pageRequest, parseId, parseSearch, requireRole, toConnection, type PageRequest, type Viewer } from '@connect/kit';
import type { LessonScope } from '../db/projections.ts';
import type { LessonRow } from '../db/tables.ts';
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
    return toConnection(rows, request, (p) => p.title, () => ctx.knowledge.countBestPractices(filter, ctx.visibility));
  },

  knowledgeEvent: (_, { id }, ctx) => ctx.loaders.knowledgeEvent.load(parseId(id)),

  async knowledgeEvents(_, args, ctx) {
    const request = pageRequest(args, { sort: isCalendarDay });
    const filter = { ...args.filter };
    if (filter.topic) filter.topic = parseTopicCode(filter.topic, 'filter.topic');
    const rows = await ctx.knowledge.listKnowledgeEvents(filter, request);
    return toConnection(rows, request, (e) => e.date, () => ctx.knowledge.countKnowledgeEvents(filter));
  },

  async lessonsToDocument(_, args, ctx) {
    requireRole(ctx.viewer, ['ASSOCIATION', 'STAFF'], 'see the lessons to document');
    const request = lessonPageRequest(args);
    const scope = lessonScopeOf(ctx.viewer);
    const rows = await ctx.lessons.listLessonsToDocument(request, scope);
    return lessonConnection(rows, request, () => ctx.lessons.countLessonsToDocument(scope));
  },
};

/** Lessons to document as the query reads them: any practice documented closes one, for an association those of its members. */
function lessonScopeOf(viewer: Viewer): LessonScope {
  const associationId = associationOf(viewer);
  return associationId ? { associationId, closedBy: 'anyone' } : { closedBy: 'anyone' };
}

/** A page of lessons, each keyed by its exchange, sorted by when it was completed. */
export function lessonConnection(rows: LessonRow[], request: PageRequest, count: () => Promise<number>) {
  return toConnection(
    rows.map((lesson) => ({ ...lesson, id: lesson.exchangeId })),
    request,
    (lesson) => lesson.completedAt.toISOString(),
    count,
  );
}

/** A page of lessons: the cursor's sort value is an exact instant. */
export function lessonPageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  return pageRequest(args, { sort: isExactInstant });
}

/** Whether a cursor's sort value is an instant as `toISOString` writes it, so that it compares exactly. */
function isExactInstant(value: string): boolean {
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString() === value;
}
