// Exchange: its own columns come from the row; people, associations, evaluations,
// outcomes and history come from loaders; entities of other services are returned as `{ id }` for
// the gateway to resolve.
import { referencedId } from '@connect/kit';
import { forThoseConcerned } from '../access.ts';
import type { ExchangeStatus } from '../db/tables.ts';
import type { ExchangeResolvers } from '../generated/resolvers.ts';

/** An entry of an exchange's history as `history` hands it on: its reason is read only when asked for. */
export interface ExchangeTransitionView {
  from: ExchangeStatus | null;
  to: ExchangeStatus;
  at: Date;
  actor: string;
  reason: () => Promise<string | null>;
  changed: string[] | null;
}

export const Exchange: ExchangeResolvers = {
  __resolveReference: (ref, ctx) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.exchange.load(id) : null;
  },
  request: (e) => ({ id: e.requestId }),
  match: (e) => (e.matchId ? { id: e.matchId } : null),
  hostMunicipality: (e) => ({ id: e.hostMunicipalityId }),
  participants: async (e, _, ctx) =>
    (await ctx.loaders.participantsOfExchange.load(e.id)).map((p) => ({ official: { id: p.officialId }, role: p.role })),
  associations: async (e, _, ctx) =>
    (await ctx.loaders.associationsOfExchange.load(e.id)).map((a) => ({ id: a.associationId })),
  evaluations: (e, _, ctx) => ctx.loaders.evaluationsOfExchange.load(e.id),
  outcomes: (e, _, ctx) => ctx.loaders.outcomesOfExchange.load(e.id),
  history: async (e, _, ctx) =>
    (await ctx.loaders.historyOfExchange.load(e.id)).map((t) => ({
      from: t.fromStatus,
      to: t.toStatus,
      at: t.at,
      actor: ctx.showActor(t.actor),
      // Reasons are people's words (a cancellation says why): for those the exchange concerns.
      reason: () => forThoseConcerned(t.reason, e.id, 'the reasons in an exchange history', ctx),
      changed: t.changed,
    })),
};
