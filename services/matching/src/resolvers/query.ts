import { parseId } from '@connect/kit';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { findPeers } from './find-peers.ts';

export const Query: QueryResolvers = {
  match: (_, { id }, ctx) => ctx.loaders.match.load(parseId(id)),
  findPeers,
};
