// What every request mutation answers: the request as the mutation left it, read
// afresh as the caller may see it, or the userErrors that refused it.
import type { MutationOutcome, UserError } from '@connect/kit';
import type { RequestRow } from './db/tables.ts';
import type { Context } from './context.ts';

export interface RequestPayload {
  request: RequestRow | null;
  userErrors: UserError[];
}

/** A mutation refused before it ran. */
export function refused(...userErrors: UserError[]): RequestPayload {
  return { request: null, userErrors };
}

/** The request as the mutation left it, read afresh (as the caller may see it), or the refusal. */
export async function requestPayload(ctx: Context, outcome: MutationOutcome<{ id: string }>): Promise<RequestPayload> {
  if (!outcome.value) return refused(...outcome.userErrors);
  return { request: await ctx.requests.requestById(outcome.value.id), userErrors: [] };
}
