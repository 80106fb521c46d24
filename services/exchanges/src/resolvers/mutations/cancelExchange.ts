// cancelExchange (staff): PLANNED or IN_PROGRESS → CANCELLED, always with a reason, which
// the history keeps and ExchangeCancelled carries. A cancelled exchange frees its match
// to be planned again.
import { requireRole } from '@connect/kit';
import type { Context } from '../../context.ts';
import type { MutationCancelExchangeArgs } from '../../generated/resolvers.ts';
import { changeStatus } from '../../status-change.ts';

export function cancelExchange(_: unknown, { input }: MutationCancelExchangeArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'cancel exchanges');
  return changeStatus(ctx, {
    operation: 'cancelExchange',
    input,
    to: 'CANCELLED',
    reasonRequired: true,
    async announce({ events, exchange, participantOfficialIds, at, reason }) {
      await events.record('ExchangeCancelled', {
        exchangeId: exchange.id,
        requestId: exchange.requestId,
        participantOfficialIds,
        reason: reason!,
        at,
      });
    },
  });
}
