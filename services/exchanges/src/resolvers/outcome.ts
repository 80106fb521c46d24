// Outcome: something an exchange achieved. Every field is a column of its row.
import { referencedId } from '@connect/kit';
import type { OutcomeResolvers } from '../generated/resolvers.ts';

export const Outcome: OutcomeResolvers = {
  __resolveReference: (ref, ctx) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.outcome.load(id) : null;
  },
};
