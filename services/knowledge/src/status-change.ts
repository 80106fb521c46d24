// The one path every change of a best practice's review status takes: who may ask,
// then, in the mutation's transaction, check the input and move the practice through
// the kit's applyTransition (lock, lifecycle table, new status and a history entry:
// who, when, why). Each review mutation only declares its step, and the event the step
// tells other services (BestPracticeSubmitted, Returned, Published).
import { actorOf, applyTransition, InputCheck, isUuid, requireRole, type EventRecorder, type Moved, type Role } from '@connect/kit';
import { KnowledgeRepository, type BestPracticeRecord } from './db/repository.ts';
import type { BestPracticeStatus } from './db/tables.ts';
import { nextStatus } from './lifecycle.ts';
import type { Context } from './context.ts';
import { practicePayload } from './payloads.ts';

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
  /** Records the event the step tells other services, in the same transaction. */
  record: (moved: Moved<BestPracticeRecord, BestPracticeStatus>, recorded: StepRecording) => Promise<unknown>;
}

/** What a step's `record` writes with: the outbox, the repository on the transaction, and the reason given. */
export interface StepRecording {
  events: EventRecorder;
  repository: KnowledgeRepository;
  reason: string | null;
}

/** What every best-practice event of the catalogue carries. */
export function practiceEventBase(moved: Moved<BestPracticeRecord, BestPracticeStatus>) {
  return {
    bestPracticeId: moved.row.id,
    exchangeId: moved.row.sourceExchangeId,
    associationId: moved.row.documentingAssociationId,
    title: moved.row.title,
    at: moved.at.toISOString(),
  };
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
    const outcome = await ctx.mutate({ operation: step.operation }, async (tx, events) => {
      const check = new InputCheck();
      const id = check.id(input.bestPracticeId, 'bestPracticeId')!;
      const reason = step.reason.required
        ? check.text(given, step.reason.field, maxReason)
        : check.optionalText(given, step.reason.field, maxReason);
      check.done();
      const repository = new KnowledgeRepository(tx);
      await applyTransition({
        lifecycle: { next: nextStatus },
        store: {
          lock: async (practiceId) => (await repository.bestPracticeForReview(practiceId, { lock: true })) ?? null,
          async write(practice, change) {
            const at = change.at ?? new Date();
            await repository.moveBestPractice(practice.id, { ...change, at });
            return at;
          },
        },
        id,
        to: step.to,
        actor: actorOf(ctx.viewer),
        reason,
        missing: { code: 'NOT_FOUND', message: `Best practice ${id} was not found`, field: 'bestPracticeId' },
        record: async (moved) => {
          await step.record(moved, { events, repository, reason });
        },
      });
      return { id };
    });
    return practicePayload(ctx, outcome);
  };
}
