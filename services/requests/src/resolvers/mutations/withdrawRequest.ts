// withdrawRequest: the requesting municipality's officials take a request back, from
// drafting until its exchange starts (the lifecycle table says where that is open).
// Once this service knows an exchange of the request has started, the withdrawal is
// refused (EXCHANGE_UNDER_WAY). A planned exchange does not stop it: the exchanges
// service cancels it on RequestWithdrawn; an exchange that started before this service
// heard of it is the exchanges service's to refuse (RequestWithdrawalRefused, handlers.ts).
import { InputCheck, Refusal, requireRole, type UserError } from '@connect/kit';
import { ExchangeProjection } from '../../db/projections.ts';
import type { Context } from '../../context.ts';
import type { MutationWithdrawRequestArgs } from '../../generated/resolvers.ts';
import { requestToActOn, requireOfficialOf } from '../../access.ts';
import { readNote } from '../../input.ts';
import { refused, type RequestPayload } from '../../payloads.ts';
import { changeStatus } from '../../status-change.ts';

export async function withdrawRequest(_: unknown, { input }: MutationWithdrawRequestArgs, ctx: Context): Promise<RequestPayload> {
  requireRole(ctx.viewer, ['OFFICIAL'], 'withdraw requests');
  const request = await requestToActOn(ctx, input.requestId);
  if ('code' in request) return refused(request);
  await requireOfficialOf(ctx, request, 'withdraw this request');
  const check = new InputCheck();
  const reason = readNote(check, input.reason, 'reason');
  if (check.errors.length > 0) return refused(...check.errors);
  if (request.status === 'IN_EXCHANGE') return refused(underWay(request.reference));
  return changeStatus(ctx, {
    operation: 'withdrawRequest',
    input,
    request,
    to: 'WITHDRAWN',
    reason,
    // Asked on the locked request: an exchange may have started since it was read.
    async check(current, tx) {
      const exchangeId = await new ExchangeProjection(tx).exchangeUnderWay(current.id);
      if (exchangeId) throw new Refusal([underWay(current.reference, exchangeId)]);
    },
    // Matching stops proposing peers for a withdrawn request; exchanges cancels a planned exchange.
    announce: (events, moved) =>
      events.record('RequestWithdrawn', { requestId: moved.request.id, at: moved.at.toISOString(), ...(reason ? { reason } : {}) }),
  });
}

function underWay(reference: string, exchangeId?: string): UserError {
  const exchange = exchangeId ? `exchange ${exchangeId}` : 'its exchange';
  return {
    code: 'EXCHANGE_UNDER_WAY',
    message: `Request ${reference} cannot be withdrawn: ${exchange} has started; it goes on until it completes or is cancelled`,
    field: 'requestId',
  };
}
