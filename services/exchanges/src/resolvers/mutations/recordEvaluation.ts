// recordEvaluation: an official taking part, or an association involved, evaluates an
// exchange at the phase its status opens: BEFORE (the baseline) while PLANNED, DURING
// while IN_PROGRESS, AFTER once COMPLETED, at the end (followUpMonths 0) and at
// follow-ups 3, 6 and 12 months later. One evaluation per author, phase and follow-up.
// EvaluationRecorded tells matching; a requester's rating speaks about the peers.
import { InputCheck, refuse, requireRole, type Viewer } from '@connect/kit';
import { ExchangeRepository } from '../../db/repository.ts';
import type { EvaluationPhase, ExchangeStatus, RespondentRole } from '../../db/tables.ts';
import type { Context } from '../../context.ts';
import { admitTo, partiesOf, ratedPeers, sideOf, type ExchangeParties } from '../../access.ts';
import type { MutationRecordEvaluationArgs } from '../../generated/resolvers.ts';

/** The phase each status of an exchange takes evaluations for. */
const openPhase: Record<ExchangeStatus, EvaluationPhase | null> = {
  PLANNED: 'BEFORE',
  IN_PROGRESS: 'DURING',
  COMPLETED: 'AFTER',
  CANCELLED: null,
};

const followUps = [0, 3, 6, 12];

function readFollowUp(check: InputCheck, phase: EvaluationPhase, months: number | null | undefined): number | null {
  if (phase !== 'AFTER') {
    return months == null ? null : check.invalid('followUpMonths belongs to AFTER evaluations only', 'followUpMonths');
  }
  if (months == null) return check.invalid('an AFTER evaluation says followUpMonths: 0 at the end, or 3, 6 or 12', 'followUpMonths');
  return followUps.includes(months) ? months : check.invalid(`followUpMonths must be 0, 3, 6 or 12, got ${months}`, 'followUpMonths');
}

function readIndicators(check: InputCheck, indicators: { indicator: string; score: number }[]) {
  if (indicators.length > 20) return check.invalid(`indicators holds at most 20 scores, got ${indicators.length}`, 'indicators') ?? [];
  const seen = new Set<string>();
  return indicators.map(({ indicator, score }) => {
    const name = check.text(indicator, 'indicators', 80) ?? '';
    if (seen.has(name.toLowerCase())) check.invalid(`indicators scores "${name}" twice`, 'indicators');
    seen.add(name.toLowerCase());
    return { indicator: name, score: check.rating(score, 'indicators') ?? 0 };
  });
}

/**
 * The side the author speaks for. An association speaks as ASSOCIATION; an official as
 * REQUESTER or PEER, which must agree with their part in the exchange where it says
 * (see `sideOf`), and may be left out where it does.
 */
function respondentRoleOf(viewer: Viewer, given: RespondentRole | null | undefined, parties: ExchangeParties): RespondentRole {
  if (viewer.role === 'ASSOCIATION') {
    if (given && given !== 'ASSOCIATION') refuse('INVALID_INPUT', 'An association answers as ASSOCIATION', 'respondentRole');
    return 'ASSOCIATION';
  }
  if (given === 'ASSOCIATION') refuse('INVALID_INPUT', 'An official answers as REQUESTER or PEER', 'respondentRole');
  const side = sideOf(viewer.officialId!.toLowerCase(), parties);
  if (given && side && given !== side) {
    refuse('INVALID_INPUT', `You take part in this exchange on the ${side} side, so you answer as ${side}`, 'respondentRole');
  }
  return given ?? side ?? refuse('INVALID_INPUT', 'Say whether you answer as REQUESTER or PEER: your role does not tell', 'respondentRole');
}

export async function recordEvaluation(_: unknown, { input }: MutationRecordEvaluationArgs, ctx: Context) {
  requireRole(ctx.viewer, ['OFFICIAL', 'ASSOCIATION'], 'evaluate exchanges');
  const admission = await admitTo(ctx, input.exchangeId, 'evaluate it');
  if (!admission.exchange) return { evaluation: null, userErrors: [admission.refusal] };
  const exchangeId = admission.exchange.id;

  const outcome = await ctx.mutate({ operation: 'recordEvaluation', input, idempotencyKey: input.idempotencyKey }, async (tx, events) => {
    const check = new InputCheck();
    const overallRating = check.rating(input.overallRating, 'overallRating');
    const indicators = readIndicators(check, input.indicators ?? []);
    const narrative = check.optionalText(input.narrative, 'narrative', 4000);
    const followUpMonths = readFollowUp(check, input.phase, input.followUpMonths);
    check.done();

    const repository = new ExchangeRepository(tx);
    // Locked, so that the exchange cannot change status while its evaluation is written.
    const exchange = (await repository.lockExchange(exchangeId))!;
    const open = openPhase[exchange.status];
    if (open !== input.phase) {
      const takes = open ? `it takes ${open} evaluations now` : 'it takes no evaluation';
      const article = input.phase === 'AFTER' ? 'An' : 'A';
      refuse('PHASE_NOT_OPEN', `${article} ${input.phase} evaluation cannot be recorded for an exchange in status ${exchange.status}: ${takes}.`, 'phase');
    }
    const parties = await partiesOf(tx, exchange);
    const respondentRole = respondentRoleOf(ctx.viewer, input.respondentRole, parties);
    const authorOfficialId = ctx.viewer.role === 'OFFICIAL' ? ctx.viewer.officialId!.toLowerCase() : null;
    const authorAssociationId = ctx.viewer.role === 'ASSOCIATION' ? ctx.viewer.associationId!.toLowerCase() : null;
    const evaluation =
      (await repository.recordEvaluation({
        exchangeId,
        phase: input.phase,
        followUpMonths,
        authorOfficialId,
        authorAssociationId,
        respondentRole,
        overallRating: overallRating!,
        indicators,
        narrative,
      })) ??
      refuse(
        'EVALUATION_ALREADY_RECORDED',
        `You already evaluated this exchange at phase ${input.phase}${followUpMonths === null ? '' : `, ${followUpMonths} months after`}`,
        'phase',
      );
    await events.record('EvaluationRecorded', {
      evaluationId: evaluation.id,
      exchangeId,
      phase: evaluation.phase,
      respondentRole,
      overallRating: evaluation.overallRating,
      authorOfficialId,
      ratedOfficialIds: respondentRole === 'REQUESTER' ? ratedPeers(parties) : [],
    });
    return { id: evaluation.id };
  });
  return {
    evaluation: outcome.value ? await ctx.loaders.evaluation.load(outcome.value.id) : null,
    userErrors: outcome.userErrors,
  };
}
