import { isCalendarDay, pageRequest, parseId, toConnection, type ConnectionArgs } from '@connect/kit';
import type { BestPracticeFilter } from '../db/repository.ts';
import type { Context } from '../loaders.ts';
import { parseTopicCode } from '../taxonomy.ts';

export const Query = {
  topic: (_: unknown, { code }: { code: string }, ctx: Context) => ctx.loaders.topic.load(parseTopicCode(code)),
  topics: (_: unknown, { roots }: { roots?: boolean | null }, ctx: Context) => ctx.knowledge.listTopics(roots ?? true),

  bestPractice: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.bestPractice.load(parseId(id)),

  async bestPractices(_: unknown, args: ConnectionArgs & { filter?: BestPracticeFilter | null }, ctx: Context) {
    const request = pageRequest(args);
    const filter = { ...args.filter };
    if (filter.topic) filter.topic = parseTopicCode(filter.topic, 'filter.topic');
    const rows = await ctx.knowledge.listBestPractices(filter, ctx.visibleStatuses, request);
    return toConnection(rows, request, (p) => p.title);
  },

  knowledgeEvent: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.knowledgeEvent.load(parseId(id)),

  async knowledgeEvents(_: unknown, args: ConnectionArgs, ctx: Context) {
    const request = pageRequest(args, { sort: isCalendarDay });
    const rows = await ctx.knowledge.listKnowledgeEvents(request);
    return toConnection(rows, request, (e) => e.date);
  },
};
