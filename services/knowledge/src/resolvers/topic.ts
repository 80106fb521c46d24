import { isTopicCode } from '@connect/kit';
import type { TopicResolvers } from '../generated/resolvers.ts';

const fallbackLanguage = 'en';

export const Topic: TopicResolvers = {
  // Other services store topic codes as text and hand them over as representations.
  __resolveReference: (ref, ctx) => (isTopicCode(ref.code) ? ctx.loaders.topic.load(ref.code) : null),
  async label(t, { language }, ctx) {
    const labels = await ctx.loaders.labelsOfTopic.load(t.code);
    // "pt-BR" and "PT" both mean the Portuguese label; the taxonomy keeps one per language.
    const wanted = (language ?? fallbackLanguage).toLowerCase().split('-')[0];
    const label = labels.find((l) => l.language === wanted) ?? labels.find((l) => l.language === fallbackLanguage);
    return label?.text ?? t.code;
  },
  labels: (t, _, ctx) => ctx.loaders.labelsOfTopic.load(t.code),
  parent: (t, _, ctx) => (t.parentCode ? ctx.loaders.topic.load(t.parentCode) : null),
  children: (t, _, ctx) => ctx.loaders.childrenOfTopic.load(t.code),
};
