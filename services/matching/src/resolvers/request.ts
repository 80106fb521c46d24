import { pageRequest, referencedKey, toConnection } from '@connect/kit';
import { matchListKey } from '../context.ts';
import type { RequestResolvers } from '../generated/resolvers.ts';

/** A rank, as a cursor carries it: a whole number from 1. */
const isRank = (sort: string) => /^[1-9]\d{0,8}$/.test(sort);

// The requests service owns Request; this subgraph only adds its ranked matches, so
// any well-formed id is a request as far as it knows (one with no matches yet).
export const Request: RequestResolvers = {
  __resolveReference: referencedKey,
  matches: (r, _, ctx) => ctx.loaders.matchesOfRequest.load(r.id),
  // Batched: the requests of one page cost one statement for their pages, one for their counts.
  async matchesConnection(r, { first, after, status }, ctx) {
    const page = pageRequest({ first, after }, { sort: isRank });
    const key = matchListKey(r.id, status);
    const rows = (await ctx.loaders.matchPagesOfRequest.load({ parent: key, page })).map((entry) => entry.match);
    return toConnection(rows, page, (m) => String(m.rank), () => ctx.loaders.matchCountOfRequest.load(key));
  },
};
