import { referencedKey } from '@connect/kit';
import type { Context } from '../context.ts';

// The requests service owns Request; this subgraph only adds its ranked matches, so
// any well-formed id is a request as far as it knows (one with no matches yet).
export const Request = {
  __resolveReference: referencedKey,
  matches: (r: { id: string }, _: unknown, ctx: Context) => ctx.loaders.matchesOfRequest.load(r.id),
};
