// The one path every change of a best practice's review status takes: who may ask,
// then, in the mutation's transaction, check the input, lock the practice, ask the
// lifecycle, write the new status and a history entry (who, when, why). Each review
// mutation only declares its step. The catalogue has no knowledge events yet, so a
// review step records none.
import { actorOf, InputCheck, isUuid, type MutationOutcome, Refusal, refuse, requireRole, type Role } from '@connect/kit';
import { KnowledgeRepository, type BestPracticeRecord } from './db/repository.ts';
import type { BestPracticeStatus } from './db/tables.ts';
import { nextStatus } from './lifecycle.ts';
import type { Context } from './context.ts';

export interface ReviewStep<F extends string> {
  operation: string;
  roles: readonly Role[];
  /** What the roles may do, for the FORBIDDEN message: "publish best practices". */
  action: string;
  to: BestPracticeStatus;
  /** The input field that says why, and whether it must be given. */
  reason: { field: F; required: boolean };
  /** A further check of who may act on this practice, before anything is written (throws FORBIDDEN). */
  authorise?: (ctx: Context, practice: BestPracticeRecord | undefined) => void;
}

const maxReason = 2000;

/** The resolver of a review mutation, from its step. */
export function reviewMutation<F extends string>(step: ReviewStep<F>) {
  return async (_: unknown, { input }: { input: { bestPracticeId: string } & { [K in F]?: string | null } }, ctx: Context) => {
    requireRole(ctx.viewer, step.roles, step.action);
    if (step.authorise && isUuid(input.bestPracticeId)) {
      step.authorise(ctx, await ctx.knowledge.bestPracticeForReview(input.bestPracticeId.toLowerCase()));
    }
    const given = input[step.reason.field];
    const outcome = await ctx.mutate({ operation: step.operation }, async (tx) => {
      const check = new InputCheck();
      const id = check.id(input.bestPracticeId, 'bestPracticeId');
      const reason = step.reason.required
        ? check.text(given ?? '', step.reason.field, maxReason)
        : check.optionalText(given, step.reason.field, maxReason);
      check.done();
      const repository = new KnowledgeRepository(tx);
      const practice = await repository.bestPracticeForReview(id!, { lock: true });
      if (!practice) refuse('NOT_FOUND', `Best practice ${id} was not found`, 'bestPracticeId');
      const next = nextStatus(practice.status, step.to);
      if (!next.ok) throw new Refusal([next.refusal]);
      await repository.moveBestPractice(practice.id, { from: practice.status, to: next.status, actor: actorOf(ctx.viewer), reason, at: new Date() });
      return { id: practice.id };
    });
    return practicePayload(ctx, outcome);
  };
}

/**
 * A payload carrying the practice as the viewer may now read it. The mutation changed
 * rows that loaders of this request may have cached (an operation may hold several
 * mutations), so they forget them first.
 */
export async function practicePayload(ctx: Context, outcome: MutationOutcome<{ id: string }>) {
  if (!outcome.value) return { bestPractice: null, userErrors: outcome.userErrors };
  forgetLoaded(ctx);
  return { bestPractice: await ctx.loaders.bestPractice.load(outcome.value.id), userErrors: [] };
}

export function forgetLoaded(ctx: Context): void {
  for (const loader of Object.values(ctx.loaders)) loader.clearAll();
}
