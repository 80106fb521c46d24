// completeExchange (staff): IN_PROGRESS → COMPLETED. ExchangeCompleted tells knowledge a
// lesson is to be documented and matching that the peers gained experience; it names
// the municipalities this service knows took part (the host and the requester) and the
// topics of the request.
import { requireRole } from '@connect/kit';
import { exchangeCompleted } from '../../announcements.ts';
import type { Context } from '../../context.ts';
import type { MutationCompleteExchangeArgs } from '../../generated/resolvers.ts';
import { changeStatus } from '../../status-change.ts';

export function completeExchange(_: unknown, { input }: MutationCompleteExchangeArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'complete exchanges');
  return changeStatus(ctx, {
    operation: 'completeExchange',
    input,
    to: 'COMPLETED',
    async announce({ tx, events, exchange, participantOfficialIds, at }) {
      await events.record('ExchangeCompleted', await exchangeCompleted(tx, exchange, participantOfficialIds, at));
    },
  });
}
