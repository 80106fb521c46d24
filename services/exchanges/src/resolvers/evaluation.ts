// Evaluation: one side's view of an exchange at one phase. The author is an official or
// an association of the municipalities service, returned as `{ id }`. The ratings are
// public; the narrative and who wrote it are for those the exchange concerns (access.ts).
import { referencedId } from '@connect/kit';
import { forThoseConcerned } from '../access.ts';
import type { EvaluationResolvers } from '../generated/resolvers.ts';

export const Evaluation: EvaluationResolvers = {
  __resolveReference: (ref, ctx) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.evaluation.load(id) : null;
  },
  author: (e, _, ctx) =>
    forThoseConcerned(e.authorOfficialId ? { id: e.authorOfficialId } : null, e.exchangeId, 'who wrote an evaluation', ctx),
  authorAssociation: (e, _, ctx) =>
    forThoseConcerned(e.authorAssociationId ? { id: e.authorAssociationId } : null, e.exchangeId, 'who wrote an evaluation', ctx),
  recordedReason: (e, _, ctx) => forThoseConcerned(e.recordedReason, e.exchangeId, 'why the secretariat recorded an evaluation', ctx),
  corrections: async (e, _, ctx) =>
    forThoseConcerned(await ctx.loaders.correctionsOfEvaluation.load(e.id), e.exchangeId, 'the corrections of an evaluation', ctx),
  narrative: (e, _, ctx) => forThoseConcerned(e.narrative, e.exchangeId, 'the narrative of an evaluation', ctx),
};
