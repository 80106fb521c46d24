import { referencedId } from '@connect/kit';
import type { BestPracticeRecord } from '../db/repository.ts';
import type { BestPracticeTransitionRow } from '../db/tables.ts';
import type { Context } from '../context.ts';
import { mayReadHistory } from '../access.ts';

export const BestPractice = {
  // A draft resolves to null for readers who may not see it, as an unknown id does.
  __resolveReference: (ref: { id: string }, ctx: Context) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.bestPractice.load(id) : null;
  },
  topics: async (p: BestPracticeRecord, _: unknown, ctx: Context) =>
    (await ctx.loaders.topicsOfBestPractice.load(p.id)).map((row) => row.topic),
  sourceExchange: (p: BestPracticeRecord) => (p.sourceExchangeId ? { id: p.sourceExchangeId } : null),
  municipalities: async (p: BestPracticeRecord, _: unknown, ctx: Context) =>
    (await ctx.loaders.municipalitiesOfBestPractice.load(p.id)).map((row) => ({ id: row.municipalityId })),
  documentingAssociation: (p: BestPracticeRecord) => (p.documentingAssociationId ? { id: p.documentingAssociationId } : null),
  history: (p: BestPracticeRecord, _: unknown, ctx: Context) =>
    mayReadHistory(ctx.viewer, p) ? ctx.loaders.historyOfBestPractice.load(p.id) : null,
};

export const BestPracticeTransition = {
  from: (t: BestPracticeTransitionRow) => t.fromStatus,
  to: (t: BestPracticeTransitionRow) => t.toStatus,
  // The documenting association reads this history too: it sees staff by pseudonym (kit actors.ts).
  actor: (t: BestPracticeTransitionRow, _: unknown, ctx: Context) => ctx.showActor(t.actor),
};
