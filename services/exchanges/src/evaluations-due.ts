// The evaluations a viewer is expected to give and has not (Me.evaluationsDue): for an
// official taking part in an exchange, or an association involved in one, the phase the
// exchange takes now (BEFORE while planned, DURING while under way) and, once it
// completed, the evaluation at the end and each follow-up that has opened
// (follow-ups.ts). Read through the per-request loaders: one statement per kind of row
// (the request and match behind a side are read per exchange; a person takes part in few).
import type { Viewer } from '@connect/kit';
import { partiesOf, sideOf } from './access.ts';
import type { Context } from './context.ts';
import type { EvaluationPhase, EvaluationRow, ExchangeRow, RespondentRole } from './db/tables.ts';
import { followUpMonths, followUpOpensOn, today } from './follow-ups.ts';

export interface EvaluationDueView {
  exchange: ExchangeRow;
  phase: EvaluationPhase;
  followUpMonths: number | null;
  respondentRole: RespondentRole | null;
  dueOn: string;
}

type Author = { officialId: string; associationId?: undefined } | { associationId: string; officialId?: undefined };

function authorOf(viewer: Viewer): Author | null {
  if (viewer.role === 'OFFICIAL' && viewer.officialId) return { officialId: viewer.officialId.toLowerCase() };
  if (viewer.role === 'ASSOCIATION' && viewer.associationId) return { associationId: viewer.associationId.toLowerCase() };
  return null;
}

function wrote(author: Author, e: EvaluationRow): boolean {
  return author.officialId ? e.authorOfficialId === author.officialId : e.authorAssociationId === author.associationId;
}

/** What is expected of the author for one exchange, before looking at what they gave. */
async function expected(ctx: Context, exchange: ExchangeRow): Promise<Omit<EvaluationDueView, 'exchange' | 'respondentRole'>[]> {
  if (exchange.status === 'PLANNED') return [{ phase: 'BEFORE', followUpMonths: null, dueOn: exchange.startsOn }];
  if (exchange.status === 'IN_PROGRESS') return [{ phase: 'DURING', followUpMonths: null, dueOn: exchange.endsOn }];
  if (exchange.status !== 'COMPLETED') return [];
  const completed = (await ctx.loaders.historyOfExchange.load(exchange.id)).findLast((t) => t.toStatus === 'COMPLETED');
  if (!completed) return [];
  return followUpMonths
    .map((months) => ({ phase: 'AFTER' as const, followUpMonths: months, dueOn: followUpOpensOn(completed.at, months) }))
    .filter((due) => due.dueOn <= today());
}

export async function evaluationsDue(ctx: Context): Promise<EvaluationDueView[]> {
  const author = authorOf(ctx.viewer);
  if (!author) return [];
  const exchanges = author.officialId
    ? (await ctx.loaders.exchangesOfOfficial.load(author.officialId)).map((row) => row.exchange)
    : (await ctx.loaders.exchangesOfAssociation.load(author.associationId!)).map((row) => row.exchange);
  const perExchange = await Promise.all(
    exchanges.map(async (exchange) => {
      const [given, open] = await Promise.all([ctx.loaders.evaluationsOfExchange.load(exchange.id), expected(ctx, exchange)]);
      const missing = open.filter(
        (due) => !given.some((e) => wrote(author, e) && e.phase === due.phase && (e.followUpMonths ?? null) === due.followUpMonths),
      );
      if (missing.length === 0) return [];
      const respondentRole: RespondentRole | null = author.officialId ? sideOf(author.officialId, await partiesOf(ctx.db, exchange)) : 'ASSOCIATION';
      return missing.map((due) => ({ ...due, exchange, respondentRole }));
    }),
  );
  return perExchange.flat().sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.exchange.id.localeCompare(b.exchange.id));
}
