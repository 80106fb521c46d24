// Outcome: something an exchange achieved. Every field is a column of its row.
import type { Context } from '../loaders.ts';
import { referencedId } from './reference.ts';

export const Outcome = {
  __resolveReference: (ref: { id: string }, ctx: Context) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.outcome.load(id) : null;
  },
};
