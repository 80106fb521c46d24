import { referencedKey } from '@connect/kit';
import type { RequestResolvers } from '../generated/resolvers.ts';

// The requests service owns Request; this subgraph only adds its ranked matches, so
// any well-formed id is a request as far as it knows (one with no matches yet).
export const Request: RequestResolvers = {
  __resolveReference: referencedKey,
  matches: (r, _, ctx) => ctx.loaders.matchesOfRequest.load(r.id),
};
