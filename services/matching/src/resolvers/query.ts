import { parseId } from '@connect/kit';
import type { Context } from '../context.ts';
import { findPeers } from './find-peers.ts';

export const Query = {
  match: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.match.load(parseId(id)),
  findPeers,
};
