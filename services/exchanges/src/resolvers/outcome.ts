// Outcome: something an exchange achieved. Every field is a column of its row.
import { referencedId } from '@connect/kit';
import type { Context } from '../context.ts';

export const Outcome = {
  __resolveReference: (ref: { id: string }, ctx: Context) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.outcome.load(id) : null;
  },
};
