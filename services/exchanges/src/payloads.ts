// What the exchange mutations answer: the exchange as the mutation left it, read
// afresh, or the userErrors that refused it.
import type { MutationOutcome, UserError } from '@connect/kit';
import type { ExchangeRow } from './db/tables.ts';
import type { Context } from './context.ts';

export interface ExchangePayload {
  exchange: ExchangeRow | null;
  userErrors: UserError[];
}

/** The exchange as the mutation left it, read afresh, or the refusal. */
export async function exchangePayload(ctx: Context, outcome: MutationOutcome<{ id: string }>): Promise<ExchangePayload> {
  if (!outcome.value) return { exchange: null, userErrors: outcome.userErrors };
  return { exchange: await ctx.loaders.exchange.clear(outcome.value.id).load(outcome.value.id), userErrors: [] };
}
