import { referencedId } from '@connect/kit';
import type { MatchRow } from '../db/tables.ts';
import type { Context } from '../loaders.ts';

export const Match = {
  __resolveReference: (ref: { id: string }, ctx: Context) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.match.load(id) : null;
  },
  // Requests and officials live in other subgraphs: the gateway fills them in from the id.
  request: (m: MatchRow) => ({ id: m.requestId }),
  official: (m: MatchRow) => ({ id: m.officialId }),
  history: (m: MatchRow, _: unknown, ctx: Context) => ctx.loaders.historyOfMatch.load(m.id),
};

/** A history names staff to staff only (kit actors.ts). */
export const MatchTransition = {
  actor: (t: { actor: string }, _: unknown, ctx: Context) => ctx.showActor(t.actor),
};
