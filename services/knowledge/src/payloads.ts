// What the knowledge mutations answer: the practice or event as the viewer may now read
// it, or the userErrors that refused the mutation. The mutation changed rows that
// loaders of this request may have cached (an operation may hold several mutations),
// so they forget them first.
import type { MutationOutcome } from '@connect/kit';
import type { Context } from './context.ts';

export async function practicePayload(ctx: Context, outcome: MutationOutcome<{ id: string }>) {
  if (!outcome.value) return { bestPractice: null, userErrors: outcome.userErrors };
  forgetLoaded(ctx);
  return { bestPractice: await ctx.loaders.bestPractice.load(outcome.value.id), userErrors: [] };
}

export async function knowledgeEventPayload(ctx: Context, outcome: MutationOutcome<{ id: string }>) {
  if (!outcome.value) return { knowledgeEvent: null, userErrors: outcome.userErrors };
  forgetLoaded(ctx);
  return { knowledgeEvent: await ctx.loaders.knowledgeEvent.load(outcome.value.id), userErrors: [] };
}

function forgetLoaded(ctx: Context): void {
  for (const loader of Object.values(ctx.loaders)) loader.clearAll();
}
