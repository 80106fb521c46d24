// The organising association, or the secretariat, cancels a scheduled knowledge event,
// saying why; the event stays readable as CANCELLED with the reason.
import { actorOf } from '@connect/kit';
import type { Context } from '../../context.ts';
import type { MutationCancelKnowledgeEventArgs } from '../../generated/resolvers.ts';
import { changeKnowledgeEvent } from './knowledgeEventChange.ts';

export function cancelKnowledgeEvent(_: unknown, { input }: MutationCancelKnowledgeEventArgs, ctx: Context) {
  return changeKnowledgeEvent(
    ctx,
    'cancelKnowledgeEvent',
    'cancel knowledge events',
    input,
    (check) => check.text(input.reason, 'reason', 2000),
    (repository, event, reason) => repository.cancelKnowledgeEvent(event.id, { kind: 'CANCELLED', actor: actorOf(ctx.viewer), reason, at: new Date() }),
  );
}
