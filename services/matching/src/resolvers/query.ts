import { parseId } from '@connect/kit';
import type { Context } from '../loaders.ts';

export const Query = {
  match: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.loaders.match.load(parseId(id)),
};
