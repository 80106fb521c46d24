// correctOutcome: whoever recorded an outcome (staff, or an official taking part)
// corrects its kind, description and SDG targets within the correction window. The
// values before are kept as a correction, readable as Outcome.corrections; impact
// figures count the corrected values.
import { actorOf, ForbiddenError, InputCheck, isUuid, requireRole, shorten } from '@connect/kit';
import { refuseClosedWindow } from '../../corrections.ts';
import { ExchangeRepository } from '../../db/repository.ts';
import type { Context } from '../../context.ts';
import type { MutationCorrectOutcomeArgs } from '../../generated/resolvers.ts';
import { readSdgTargets } from '../../input.ts';

export async function correctOutcome(_: unknown, { input }: MutationCorrectOutcomeArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF', 'OFFICIAL'], 'correct outcomes');
  if (!isUuid(input.outcomeId)) {
    return { outcome: null, userErrors: [{ code: 'INVALID_INPUT', message: `outcomeId must be a UUID, got "${shorten(input.outcomeId)}"`, field: 'outcomeId' }] };
  }
  const id = input.outcomeId.toLowerCase();
  const found = await ctx.loaders.outcome.load(id);
  if (!found) return { outcome: null, userErrors: [{ code: 'NOT_FOUND', message: `Outcome ${id} was not found`, field: 'outcomeId' }] };
  if (found.recordedBy?.toLowerCase() !== actorOf(ctx.viewer).toLowerCase()) throw new ForbiddenError('Only whoever recorded an outcome may correct it');

  const outcome = await ctx.mutate({ operation: 'correctOutcome', input, idempotencyKey: input.idempotencyKey }, async (tx) => {
    const check = new InputCheck();
    const description = check.text(input.description, 'description', 1000);
    const sdgTargets = readSdgTargets(check, input.sdgTargets ?? []);
    const reason = check.optionalText(input.reason, 'reason', 1000);
    check.done();

    const repository = new ExchangeRepository(tx);
    const before = (await repository.lockOutcome(id))!;
    refuseClosedWindow(before.recordedAt, ctx.settings.correctionWindowDays, 'An outcome', 'outcomeId');
    await repository.correctOutcome(before, { kind: input.kind, description: description!, sdgTargets }, reason);
    return { id };
  });
  return {
    outcome: outcome.value ? await ctx.loaders.outcome.clear(id).load(id) : null,
    userErrors: outcome.userErrors,
  };
}
