// An official declares what they know and when and how they can help. Only for
// themselves, and only once the directory's events have put them in the pool.
import { refuse } from '@connect/kit';
import { actingOfficial } from '../../access.ts';
import { ExpertPoolRepository } from '../../db/projections.ts';
import { readDeclaration } from '../../input.ts';
import type { Context } from '../../context.ts';
import type { MutationDeclareExpertiseArgs } from '../../generated/resolvers.ts';

export async function declareExpertise(_: unknown, { input }: MutationDeclareExpertiseArgs, ctx: Context) {
  const officialId = actingOfficial(ctx.viewer, 'declare expertise');
  const outcome = await ctx.mutate({ operation: 'declareExpertise', input }, async (tx) => {
    const declaration = readDeclaration(input);
    const pool = new ExpertPoolRepository(tx);
    if (!(await pool.isInPool(officialId))) {
      refuse('NOT_IN_POOL', 'The expert pool does not know this official yet: the directory has not announced them to matching.');
    }
    await pool.declare(officialId, declaration, new Date());
    return { officialId };
  });
  // A stub: Official.expertise and Official.expertProfile read what was just stored.
  return { official: outcome.value ? { id: outcome.value.officialId } : null, userErrors: outcome.userErrors };
}
