// markNotificationsRead: an official or an association marks notifications of their own
// inbox read. Another's notification is NOT_FOUND, as if it did not exist, and nothing
// is marked; marking one already read keeps when it was first read.
import { refuse } from '@connect/kit';
import { requireOwnInbox } from '../../access.ts';
import { InboxRepository } from '../../db/inbox.ts';
import { readNotificationsToMark } from '../../input.ts';
import type { Context } from '../../context.ts';
import type { MutationMarkNotificationsReadArgs } from '../../generated/resolvers.ts';
import { meOf } from '../me.ts';

export async function markNotificationsRead(_: unknown, args: MutationMarkNotificationsReadArgs, ctx: Context) {
  requireOwnInbox(ctx.viewer);
  const me = meOf(ctx.viewer);
  const { idempotencyKey, ...input } = args;
  const outcome = await ctx.mutate({ operation: 'markNotificationsRead', input, idempotencyKey }, async (tx) => {
    const which = readNotificationsToMark(args);
    if (!me) refuse('NOT_FOUND', 'The viewer has no inbox', 'ids');
    const inbox = new InboxRepository(tx);
    if (which !== 'all') {
      const own = new Set((await inbox.ownAmong(me.id, which)).map((n) => n.id));
      const missing = which.find((id) => !own.has(id));
      if (missing) refuse('NOT_FOUND', `Notification ${missing} is not in your inbox`, 'ids');
    }
    return { ids: await inbox.markRead(me.id, which, new Date()) };
  });
  return {
    notifications: await new InboxRepository(ctx.db).byIds(outcome.value?.ids ?? []),
    me,
    userErrors: outcome.userErrors,
  };
}
