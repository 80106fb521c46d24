import { referencedId } from '@connect/kit';
import type { KnowledgeEventResolvers } from '../generated/resolvers.ts';

export const KnowledgeEvent: KnowledgeEventResolvers = {
  __resolveReference: (ref, ctx) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.knowledgeEvent.load(id) : null;
  },
  organiser: (e) => (e.organiserAssociationId ? { id: e.organiserAssociationId } : null),
  practicesShared: async (e, _, ctx) =>
    (await ctx.loaders.practicesSharedAtEvent.load(e.id)).map((row) => row.bestPractice),
};
