// Outcome: something an exchange achieved. Every field is a column of its row, but for
// the values before each correction (the reason of a correction for those concerned).
import { referencedId } from '@connect/kit';
import { forThoseConcerned } from '../access.ts';
import type { OutcomeCorrectionRow } from '../db/tables.ts';
import type { OutcomeResolvers } from '../generated/resolvers.ts';

/** A correction as `corrections` hands it on: its reason is read only when asked for. */
export type OutcomeCorrectionView = Omit<OutcomeCorrectionRow, 'reason'> & { reason: () => Promise<string | null> };

export const Outcome: OutcomeResolvers = {
  __resolveReference: (ref, ctx) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.outcome.load(id) : null;
  },
  corrections: async (o, _, ctx) =>
    (await ctx.loaders.correctionsOfOutcome.load(o.id)).map((c) => ({
      ...c,
      reason: () => forThoseConcerned(c.reason, o.exchangeId, 'why an outcome was corrected', ctx),
    })),
};
