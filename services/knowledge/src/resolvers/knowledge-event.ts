import { referencedId } from '@connect/kit';
import type { KnowledgeEventRow } from '../db/tables.ts';
import type { Context } from '../context.ts';

export const KnowledgeEvent = {
  __resolveReference: (ref: { id: string }, ctx: Context) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.knowledgeEvent.load(id) : null;
  },
  organiser: (e: KnowledgeEventRow) => (e.organiserAssociationId ? { id: e.organiserAssociationId } : null),
  practicesShared: async (e: KnowledgeEventRow, _: unknown, ctx: Context) =>
    (await ctx.loaders.practicesSharedAtEvent.load(e.id)).map((row) => row.bestPractice),
};
