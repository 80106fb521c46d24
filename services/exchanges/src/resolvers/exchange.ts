// Exchange: its own columns come from the row; people, associations, evaluations,
// outcomes and history come from loaders; entities of other services are returned as `{ id }` for
// the gateway to resolve.
import { pageRequest, referencedId, toConnection, type Connection } from '@connect/kit';
import { forThoseConcerned } from '../access.ts';
import type { EvaluationRow, ExchangeStatus } from '../db/tables.ts';
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

/** A page of an exchange's evaluations; totalCount is counted only when asked. */
export type EvaluationPage = Connection<EvaluationRow>;

/** An instant as evaluation cursors carry it (ISO 8601, UTC). */
function isInstant(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) && !Number.isNaN(Date.parse(value));
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
  async evaluationsConnection(e, { first, after, phase }, ctx) {
    const page = pageRequest({ first, after }, { sort: isInstant });
    const rows = await ctx.loaders.evaluationPageOfExchange({ page, phase: phase ?? null }).load(e.id);
    const count = async () => (await ctx.loaders.evaluationCountOfExchange(phase ?? null).load(e.id))?.n ?? 0;
    return toConnection(rows, page, (v) => v.submittedAt.toISOString(), count);
  },
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
