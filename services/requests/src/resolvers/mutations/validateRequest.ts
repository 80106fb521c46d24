// validateRequest: the secretariat checks a submitted request against the published
// criteria and accepts it; matching learns of it through RequestValidated.
import { InputCheck, Refusal, requireRole } from '@connect/kit';
import type { Context } from '../../context.ts';
import type { MutationValidateRequestArgs } from '../../generated/resolvers.ts';
import { requestToActOn } from '../../access.ts';
import { readCriteria, readNote, windowEnded } from '../../input.ts';
import { refused, type RequestPayload } from '../../payloads.ts';
import { changeStatus, requestProfile } from '../../status-change.ts';

export async function validateRequest(_: unknown, { input }: MutationValidateRequestArgs, ctx: Context): Promise<RequestPayload> {
  requireRole(ctx.viewer, ['STAFF'], 'validate requests');
  const request = await requestToActOn(ctx, input.requestId);
  if ('code' in request) return refused(request);
  const check = new InputCheck();
  const criteriaChecked = readCriteria(check, input.criteriaChecked);
  const note = readNote(check, input.note, 'note');
  if (check.errors.length > 0) return refused(...check.errors);
  return changeStatus(ctx, {
    operation: 'validateRequest',
    input,
    request,
    to: 'VALIDATED',
    // The secretariat's note is also the reason in the history, as for every decision.
    reason: note,
    decision: { decision: 'VALIDATED', criteriaChecked, note },
    // No exchange fits a window that has already ended.
    check(current) {
      const problems = windowEnded(current);
      if (problems.length > 0) throw new Refusal(problems);
    },
    announce: (events, moved) =>
      events.record('RequestValidated', {
        ...requestProfile(moved.request),
        submittedAt: moved.submittedAt?.toISOString() ?? null,
        validatedAt: (moved.validatedAt ?? moved.at).toISOString(),
      }),
  });
}
