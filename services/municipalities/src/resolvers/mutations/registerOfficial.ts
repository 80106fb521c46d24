// registerOfficial: the secretariat adds an official to a municipality. The event
// carries the official's profile for the expert pool, never their contact details.
import { actorOf, refuse, requireRole } from '@connect/kit';
import { DirectoryHistory } from '../../db/history.ts';
import { DirectoryRepository } from '../../db/repository.ts';
import { readOfficial } from '../../input.ts';
import type { Context } from '../../context.ts';
import type { MutationRegisterOfficialArgs } from '../../generated/resolvers.ts';
import { officialPayload } from '../../payloads.ts';
import { officialProfile } from '../../profile.ts';

export async function registerOfficial(_: unknown, { input }: MutationRegisterOfficialArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'register officials');
  const outcome = await ctx.mutate(
    { operation: 'registerOfficial', input, idempotencyKey: input.idempotencyKey },
    async (tx, events) => {
      const fields = readOfficial(input);
      const directory = new DirectoryRepository(tx);
      if (!(await directory.municipalityById(fields.municipalityId))) {
        refuse('NOT_FOUND', `Municipality ${fields.municipalityId} is not in the directory`, 'municipalityId');
      }
      const [official] = await directory.addOfficials([fields]);
      const { id: officialId, municipalityId } = official!;
      await new DirectoryHistory(tx).record({ kind: 'OFFICIAL_REGISTERED', municipalityId, officialId, actor: actorOf(ctx.viewer) });
      await events.record('OfficialRegistered', officialProfile(official!));
      return { id: official!.id };
    },
  );
  return officialPayload(ctx, outcome);
}
