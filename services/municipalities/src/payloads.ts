// What the official mutations answer: the official as the mutation left it, read
// afresh as the caller may see them, or the userErrors that refused the mutation.
import type { MutationOutcome } from '@connect/kit';
import type { Context } from './context.ts';

export async function officialPayload(ctx: Context, outcome: MutationOutcome<{ id: string }>) {
  return { official: await ctx.directory.officialById(outcome.value?.id), userErrors: outcome.userErrors };
}
