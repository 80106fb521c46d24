import { BadUserInputError, DateScalar, isUuid, pageRequest, parseId, toConnection, type ConnectionArgs, type PageRequest } from '@connect/kit';
import type { BestPracticeFilter } from '../db/repository.ts';
import type { Context } from '../loaders.ts';
import { parseTopicCode } from '../taxonomy.ts';

function isCalendarDay(sort: string): boolean {
  try {
    DateScalar.parseValue(sort);
    return true;
  } catch {
    return false;
  }
}

/**
 * The kit decodes a cursor but cannot know the types inside it; a forged cursor whose
 * id or sort key Postgres would refuse must come back as bad input, not as a fault.
 */
function page(args: ConnectionArgs, sortKeyIsValid: (sort: string) => boolean = () => true): PageRequest {
  const request = pageRequest(args);
  if (request.after && !(isUuid(request.after.id) && sortKeyIsValid(request.after.sort))) {
    throw new BadUserInputError('after is not a cursor this API issued', 'after');
  }
  return request;
}

export const Query = {
  topic: (_: unknown, { code }: { code: string }, ctx: Context) => ctx.loaders.topic.load(parseTopicCode(code)),
  topics: (_: unknown, { roots }: { roots?: boolean | null }, ctx: Context) => ctx.knowledge.listTopics(roots ?? true),

  bestPractice: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.bestPractice.load(parseId(id)),

  async bestPractices(_: unknown, args: ConnectionArgs & { filter?: BestPracticeFilter | null }, ctx: Context) {
    const request = page(args, (title) => !title.includes('\0'));
    const filter = { ...args.filter };
    if (filter.topic) filter.topic = parseTopicCode(filter.topic, 'filter.topic');
    const rows = await ctx.knowledge.listBestPractices(filter, ctx.visibleStatuses, request);
    return toConnection(rows, request, (p) => p.title);
  },

  knowledgeEvent: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.knowledgeEvent.load(parseId(id)),

  async knowledgeEvents(_: unknown, args: ConnectionArgs, ctx: Context) {
    const request = page(args, isCalendarDay);
    const rows = await ctx.knowledge.listKnowledgeEvents(request);
    return toConnection(rows, request, (e) => e.date);
  },
};
