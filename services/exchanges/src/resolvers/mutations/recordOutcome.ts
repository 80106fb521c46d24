// recordOutcome (staff, or an official taking part): what an exchange achieved, while it
// runs or after it completed, with the UN Sustainable Development Goal targets it serves.
import { actorOf, InputCheck, refuse, requireRole } from '@connect/kit';
import { ExchangeRepository } from '../../db/repository.ts';
import type { Context } from '../../context.ts';
import type { MutationRecordOutcomeArgs } from '../../generated/resolvers.ts';
import { admitTo } from '../../access.ts';
import { readSdgTargets } from '../../input.ts';

export async function recordOutcome(_: unknown, { input }: MutationRecordOutcomeArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF', 'OFFICIAL'], 'record outcomes');
  const admission = await admitTo(ctx, input.exchangeId, 'record its outcomes');
  if (!admission.exchange) return { outcome: null, userErrors: [admission.refusal] };
  const exchangeId = admission.exchange.id;

  const outcome = await ctx.mutate({ operation: 'recordOutcome', input, idempotencyKey: input.idempotencyKey }, async (tx) => {
    const check = new InputCheck();
    const description = check.text(input.description, 'description', 1000);
    const sdgTargets = readSdgTargets(check, input.sdgTargets ?? []);
    check.done();

    const repository = new ExchangeRepository(tx);
    const exchange = (await repository.lockExchange(exchangeId))!;
    if (exchange.status !== 'IN_PROGRESS' && exchange.status !== 'COMPLETED') {
      refuse(
        'STATUS_NOT_ALLOWED',
        `Outcomes are recorded for an exchange IN_PROGRESS or COMPLETED; this one is ${exchange.status}`,
        'exchangeId',
      );
    }
    const row = await repository.recordOutcome({ exchangeId, kind: input.kind, description: description!, sdgTargets, recordedBy: actorOf(ctx.viewer) });
    return { id: row.id };
  });
  return {
    outcome: outcome.value ? await ctx.loaders.outcome.load(outcome.value.id) : null,
    userErrors: outcome.userErrors,
  };
}
