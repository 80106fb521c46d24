import { isUuid } from '@connect/kit';
import type { KnowledgeEventRow } from '../db/tables.ts';
import type { Context } from '../loaders.ts';

export const KnowledgeEvent = {
  __resolveReference: (ref: { id: string }, ctx: Context) =>
    isUuid(ref.id) ? ctx.loaders.knowledgeEvent.load(ref.id.toLowerCase()) : null,
  organiser: (e: KnowledgeEventRow) => (e.organiserAssociationId ? { id: e.organiserAssociationId } : null),
  practicesShared: async (e: KnowledgeEventRow, _: unknown, ctx: Context) =>
    (await ctx.loaders.practicesSharedAtEvent.load(e.id)).map((row) => row.bestPractice),
};
