import { referencedKey } from '@connect/kit';
import type { ExchangeResolvers } from '../generated/resolvers.ts';

// Exchanges live in the exchanges service; knowledge only adds the practices documented from one.
export const Exchange: ExchangeResolvers = {
  __resolveReference: referencedKey,
  bestPractices: (x, _, ctx) => ctx.loaders.bestPracticesOfExchange.load(x.id),
};
