// The organising association, or the secretariat, edits a scheduled knowledge event.
// Each field given follows the rules of scheduling; omitted ones keep their value.
import { actorOf } from '@connect/kit';
import type { KnowledgeEventEdit } from '../../db/repository.ts';
import type { Context } from '../../context.ts';
import type { MutationUpdateKnowledgeEventArgs } from '../../generated/resolvers.ts';
import { changeKnowledgeEvent } from './knowledgeEventChange.ts';
import { maxPractices, requirePublished, schedulableDays } from './scheduleKnowledgeEvent.ts';

export function updateKnowledgeEvent(_: unknown, { input }: MutationUpdateKnowledgeEventArgs, ctx: Context) {
  return changeKnowledgeEvent(
    ctx,
    'updateKnowledgeEvent',
    'edit knowledge events',
    input,
    (check) => {
      const edit: KnowledgeEventEdit = {};
      if (input.title != null) edit.title = check.text(input.title, 'title', 200)!;
      if (input.kind != null) edit.kind = input.kind;
      if (input.date != null) edit.date = check.day(input.date, 'date', schedulableDays(new Date()))!;
      if (input.location != null) edit.location = check.optionalText(input.location, 'location', 200);
      if (input.audiences != null) {
        edit.audiences = [...new Set(input.audiences)];
        if (edit.audiences.length === 0) check.refuse('INVALID_INPUT', 'Name at least one audience', 'audiences');
      }
      if (input.practiceIds != null) edit.practiceIds = check.ids(input.practiceIds, 'practiceIds', maxPractices);
      if (Object.keys(edit).length === 0) check.refuse('INVALID_INPUT', 'Name at least one field to change', 'knowledgeEventId');
      return edit;
    },
    async (repository, event, edit) => {
      if (edit.practiceIds) await requirePublished(repository, edit.practiceIds);
      await repository.updateKnowledgeEvent(event.id, edit, {
        kind: 'UPDATED',
        actor: actorOf(ctx.viewer),
        reason: `Edited: ${Object.keys(edit).join(', ')}`,
        at: new Date(),
      });
    },
  );
}
