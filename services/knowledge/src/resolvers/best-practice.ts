import { referencedId } from '@connect/kit';
import type { BestPracticeResolvers, BestPracticeTransitionResolvers } from '../generated/resolvers.ts';
import { mayReadHistory } from '../access.ts';

export const BestPractice: BestPracticeResolvers = {
  // A draft resolves to null for readers who may not see it, as an unknown id does.
  __resolveReference: (ref, ctx) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.bestPractice.load(id) : null;
  },
  topics: async (p, _, ctx) =>
    (await ctx.loaders.topicsOfBestPractice.load(p.id)).map((row) => row.topic),
  sourceExchange: (p) => (p.sourceExchangeId ? { id: p.sourceExchangeId } : null),
  municipalities: async (p, _, ctx) =>
    (await ctx.loaders.municipalitiesOfBestPractice.load(p.id)).map((row) => ({ id: row.municipalityId })),
  documentingAssociation: (p) => (p.documentingAssociationId ? { id: p.documentingAssociationId } : null),
  history: (p, _, ctx) =>
    mayReadHistory(ctx.viewer, p) ? ctx.loaders.historyOfBestPractice.load(p.id) : null,
};

export const BestPracticeTransition: BestPracticeTransitionResolvers = {
  from: (t) => t.fromStatus,
  to: (t) => t.toStatus,
  // The documenting association reads this history too: it sees staff by pseudonym (kit actors.ts).
  actor: (t, _, ctx) => ctx.showActor(t.actor),
};
