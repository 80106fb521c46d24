import { referencedId } from '@connect/kit';
import { mayReadEventHistory } from '../access.ts';
import type { KnowledgeEventChangeResolvers, KnowledgeEventResolvers } from '../generated/resolvers.ts';

export const KnowledgeEvent: KnowledgeEventResolvers = {
  __resolveReference: (ref, ctx) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.knowledgeEvent.load(id) : null;
  },
  organiser: (e) => (e.organiserAssociationId ? { id: e.organiserAssociationId } : null),
  practicesShared: async (e, _, ctx) =>
    (await ctx.loaders.practicesSharedAtEvent.load(e.id)).map((row) => row.bestPractice),
  history: (e, _, ctx) => (mayReadEventHistory(ctx.viewer, e) ? ctx.loaders.historyOfKnowledgeEvent.load(e.id) : null),
};

export const KnowledgeEventChange: KnowledgeEventChangeResolvers = {
  // Staff are shown as BestPracticeTransition shows them (kit actors.ts).
  actor: (c, _, ctx) => ctx.showActor(c.actor),
};
