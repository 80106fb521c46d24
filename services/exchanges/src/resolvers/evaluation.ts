// Evaluation: one side's view of an exchange at one phase. The author is an official or
// an association of the municipalities service, returned as `{ id }`.
import { referencedId } from '@connect/kit';
import type { EvaluationRow } from '../db/tables.ts';
import type { Context } from '../loaders.ts';

export const Evaluation = {
  __resolveReference: (ref: { id: string }, ctx: Context) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.evaluation.load(id) : null;
  },
  author: (e: EvaluationRow) => (e.authorOfficialId ? { id: e.authorOfficialId } : null),
  authorAssociation: (e: EvaluationRow) => (e.authorAssociationId ? { id: e.authorAssociationId } : null),
};
