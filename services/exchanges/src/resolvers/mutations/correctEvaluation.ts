// correctEvaluation: the author of an evaluation (the official or association it is
// from) corrects its ratings and narrative within the correction window. The values
// before are kept as a correction, readable as Evaluation.corrections, and impact
// figures count the corrected values. EvaluationCorrected tells matching the new rating.
import { ForbiddenError, InputCheck, isUuid, requireRole, shorten } from '@connect/kit';
import { partiesOf, ratedPeers } from '../../access.ts';
import { refuseClosedWindow } from '../../corrections.ts';
import { ExchangeRepository } from '../../db/repository.ts';
import type { Context } from '../../context.ts';
import type { MutationCorrectEvaluationArgs } from '../../generated/resolvers.ts';
import { readIndicators } from '../../input.ts';

export async function correctEvaluation(_: unknown, { input }: MutationCorrectEvaluationArgs, ctx: Context) {
  requireRole(ctx.viewer, ['OFFICIAL', 'ASSOCIATION'], 'correct evaluations');
  if (!isUuid(input.evaluationId)) {
    return { evaluation: null, userErrors: [{ code: 'INVALID_INPUT', message: `evaluationId must be a UUID, got "${shorten(input.evaluationId)}"`, field: 'evaluationId' }] };
  }
  const id = input.evaluationId.toLowerCase();
  const found = await ctx.loaders.evaluation.load(id);
  if (!found) return { evaluation: null, userErrors: [{ code: 'NOT_FOUND', message: `Evaluation ${id} was not found`, field: 'evaluationId' }] };
  const { viewer } = ctx;
  const own =
    viewer.role === 'OFFICIAL'
      ? found.authorOfficialId === viewer.officialId?.toLowerCase()
      : found.authorAssociationId === viewer.associationId?.toLowerCase();
  if (!own) throw new ForbiddenError('Only the author of an evaluation may correct it');

  const outcome = await ctx.mutate({ operation: 'correctEvaluation', input, idempotencyKey: input.idempotencyKey }, async (tx, events) => {
    const check = new InputCheck();
    const overallRating = check.rating(input.overallRating, 'overallRating');
    const indicators = readIndicators(check, input.indicators ?? []);
    const narrative = check.optionalText(input.narrative, 'narrative', 4000);
    const reason = check.optionalText(input.reason, 'reason', 1000);
    check.done();

    const repository = new ExchangeRepository(tx);
    const before = (await repository.lockEvaluation(id))!;
    refuseClosedWindow(before.submittedAt, ctx.settings.correctionWindowDays, 'An evaluation', 'evaluationId');
    const correctedAt = await repository.correctEvaluation(before, { overallRating: overallRating!, indicators, narrative }, reason);
    const [exchange] = await repository.exchangesByIds([before.exchangeId]);
    const parties = await partiesOf(tx, exchange!);
    await events.record('EvaluationCorrected', {
      evaluationId: before.id,
      exchangeId: before.exchangeId,
      phase: before.phase,
      respondentRole: before.respondentRole,
      overallRating: overallRating!,
      authorOfficialId: before.authorOfficialId,
      ratedOfficialIds: before.respondentRole === 'REQUESTER' ? ratedPeers(parties) : [],
      associationId: before.authorAssociationId,
      correctedAt: correctedAt.toISOString(),
    });
    return { id };
  });
  return {
    evaluation: outcome.value ? await ctx.loaders.evaluation.clear(id).load(id) : null,
    userErrors: outcome.userErrors,
  };
}
