import { isTopicCode } from '@connect/kit';
import type { TopicRow } from '../db/tables.ts';
import type { Context } from '../context.ts';

const fallbackLanguage = 'en';

export const Topic = {
  // Other services store topic codes as text and hand them over as representations.
  __resolveReference: (ref: { code: unknown }, ctx: Context) => (isTopicCode(ref.code) ? ctx.loaders.topic.load(ref.code) : null),
  async label(t: TopicRow, { language }: { language?: string | null }, ctx: Context) {
    const labels = await ctx.loaders.labelsOfTopic.load(t.code);
    // "pt-BR" and "PT" both mean the Portuguese label; the taxonomy keeps one per language.
    const wanted = (language ?? fallbackLanguage).toLowerCase().split('-')[0];
    const label = labels.find((l) => l.language === wanted) ?? labels.find((l) => l.language === fallbackLanguage);
    return label?.text ?? t.code;
  },
  labels: (t: TopicRow, _: unknown, ctx: Context) => ctx.loaders.labelsOfTopic.load(t.code),
  parent: (t: TopicRow, _: unknown, ctx: Context) => (t.parentCode ? ctx.loaders.topic.load(t.parentCode) : null),
  children: (t: TopicRow, _: unknown, ctx: Context) => ctx.loaders.childrenOfTopic.load(t.code),
};
