// The documenting association, or the secretariat, edits a draft (also one the
// secretariat sent back) before submitting it again. Each field given follows the rules
// of documenting; omitted ones keep their value. Once submitted or published the text
// is what reviewers read, so it is refused as NOT_EDITABLE.
import { actorOf, InputCheck, isUuid, refuse, requireRole } from '@connect/kit';
import { requireDocumentedBy } from '../../access.ts';
import { KnowledgeRepository, type BestPracticeEdit } from '../../db/repository.ts';
import type { Context } from '../../context.ts';
import type { MutationUpdateBestPracticeArgs } from '../../generated/resolvers.ts';
import { practicePayload } from '../../payloads.ts';
import { knownTopics, topicCodes } from './documentBestPractice.ts';

export async function updateBestPractice(_: unknown, { input }: MutationUpdateBestPracticeArgs, ctx: Context) {
  requireRole(ctx.viewer, ['ASSOCIATION', 'STAFF'], 'edit best practices');
  if (isUuid(input.bestPracticeId)) {
    requireDocumentedBy(ctx.viewer, await ctx.knowledge.bestPracticeForReview(input.bestPracticeId.toLowerCase()));
  }
  const outcome = await ctx.mutate(
    { operation: 'updateBestPractice', input, idempotencyKey: input.idempotencyKey },
    async (tx) => {
      const check = new InputCheck();
      const id = check.id(input.bestPracticeId, 'bestPracticeId')!;
      const edit: BestPracticeEdit = {};
      if (input.title != null) edit.title = check.text(input.title, 'title', 200)!;
      if (input.summary != null) edit.summary = check.text(input.summary, 'summary', 2000)!;
      if (input.body != null) edit.body = check.text(input.body, 'body', 50_000)!;
      if (input.language != null) edit.language = check.language(input.language, 'language')!;
      const named = input.topics == null ? null : topicCodes(check, input.topics);
      const changed = [...Object.keys(edit), ...(input.topics == null ? [] : ['topics'])];
      if (changed.length === 0) check.refuse('INVALID_INPUT', 'Name at least one field to change', 'bestPracticeId');
      check.done();

      const repository = new KnowledgeRepository(tx);
      const practice = await repository.bestPracticeForReview(id, { lock: true });
      if (!practice) refuse('NOT_FOUND', `Best practice ${id} was not found`, 'bestPracticeId');
      if (practice.status !== 'DRAFT') {
        refuse('NOT_EDITABLE', `Best practice ${id} is ${practice.status}: only a draft (or one sent back) may be edited`, 'bestPracticeId');
      }
      if (named) edit.topics = await knownTopics(repository, named, true);
      await repository.updateBestPractice(id, edit, { actor: actorOf(ctx.viewer), reason: `Edited: ${changed.join(', ')}`, at: new Date() });
      return { id };
    },
  );
  return practicePayload(ctx, outcome);
}
