// recordOutcome (staff, or an official taking part): what an exchange achieved, while it
// runs or after it completed, with the UN Sustainable Development Goal targets it serves.
import { InputCheck, refuse, requireRole } from '@connect/kit';
import { ExchangeRepository } from '../../db/repository.ts';
import type { OutcomeRow } from '../../db/tables.ts';
import type { Context } from '../../context.ts';
import { admitTo } from '../../access.ts';

export interface RecordOutcomeInput {
  exchangeId: string;
  kind: OutcomeRow['kind'];
  description: string;
  sdgTargets?: string[] | null;
  idempotencyKey?: string | null;
}

/** Goal 1 to 17, then a numbered target (6.2, 17.16) or a lettered means of implementation (6.a). */
export const sdgTargetPattern = /^([1-9]|1[0-7])\.([1-9][0-9]?|[a-z])$/;

function readSdgTargets(check: InputCheck, targets: readonly string[]): string[] {
  if (targets.length > 20) return check.invalid(`sdgTargets holds at most 20 targets, got ${targets.length}`, 'sdgTargets') ?? [];
  const read = targets.map((t) => t.trim().toLowerCase());
  const wrong = read.filter((t) => !sdgTargetPattern.test(t));
  if (wrong.length > 0) {
    return check.invalid(`sdgTargets are SDG targets such as 6.2, 17.16 or 6.a (goal 1 to 17); not ${wrong.join(', ')}`, 'sdgTargets') ?? [];
  }
  return [...new Set(read)];
}

export async function recordOutcome(_: unknown, { input }: { input: RecordOutcomeInput }, ctx: Context) {
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
    const row = await repository.recordOutcome({ exchangeId, kind: input.kind, description: description!, sdgTargets });
    return { id: row.id };
  });
  return {
    outcome: outcome.value ? await ctx.loaders.outcome.load(outcome.value.id) : null,
    userErrors: outcome.userErrors,
  };
}
