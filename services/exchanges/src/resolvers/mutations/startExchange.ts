// startExchange (staff): PLANNED → IN_PROGRESS, once someone has recorded a baseline (a
// BEFORE evaluation): without objectives written down first, "after" has nothing to
// be measured against. Tells the others with ExchangeStarted.
import { refuse, requireRole } from '@connect/kit';
import type { Context } from '../../context.ts';
import type { MutationStartExchangeArgs } from '../../generated/resolvers.ts';
import { changeStatus } from '../../status-change.ts';

export function startExchange(_: unknown, { input }: MutationStartExchangeArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'start exchanges');
  return changeStatus(ctx, {
    operation: 'startExchange',
    input,
    to: 'IN_PROGRESS',
    async require(repository, exchange) {
      if (!(await repository.hasEvaluation(exchange.id, 'BEFORE'))) {
        refuse('BASELINE_MISSING', 'An exchange starts once at least one BEFORE evaluation records its baseline and objectives', 'exchangeId');
      }
    },
    async announce({ events, exchange, participantOfficialIds, at }) {
      await events.record('ExchangeStarted', { exchangeId: exchange.id, requestId: exchange.requestId, participantOfficialIds, at });
    },
  });
}
