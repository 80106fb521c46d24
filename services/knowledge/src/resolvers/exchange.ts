import { referencedKey } from '@connect/kit';
import type { Context } from '../context.ts';

// Exchanges live in the exchanges service; knowledge only adds the practices documented from one.
export const Exchange = {
  __resolveReference: referencedKey,
  bestPractices: (x: { id: string }, _: unknown, ctx: Context) => ctx.loaders.bestPracticesOfExchange.load(x.id),
};
