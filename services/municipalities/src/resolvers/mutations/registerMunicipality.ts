// registerMunicipality: the secretariat adds a local or regional government to the
// directory; other services learn of it through MunicipalityRegistered.
import { actorOf, refuse, requireRole } from '@connect/kit';
import { DirectoryHistory } from '../../db/history.ts';
import { DirectoryRepository } from '../../db/repository.ts';
import { readMunicipality } from '../../input.ts';
import type { Context } from '../../context.ts';
import type { MutationRegisterMunicipalityArgs } from '../../generated/resolvers.ts';
import { municipalityProfile } from '../../profile.ts';

export async function registerMunicipality(_: unknown, { input }: MutationRegisterMunicipalityArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'register municipalities');
  const outcome = await ctx.mutate(
    { operation: 'registerMunicipality', input, idempotencyKey: input.idempotencyKey },
    async (tx, events) => {
      const fields = readMunicipality(input);
      const directory = new DirectoryRepository(tx);
      if (await directory.municipalityNamed(fields)) {
        const where = fields.region ? `${fields.region}, ${fields.countryCode}` : fields.countryCode;
        refuse('ALREADY_REGISTERED', `${fields.name} (${where}) is already in the directory`, 'name');
      }
      const [municipality] = await directory.addMunicipalities([fields]);
      await new DirectoryHistory(tx).record({ kind: 'REGISTERED', municipalityId: municipality!.id, actor: actorOf(ctx.viewer) });
      await events.record('MunicipalityRegistered', municipalityProfile(municipality!));
      return { id: municipality!.id };
    },
  );
  return { municipality: await ctx.directory.municipalityById(outcome.value?.id), userErrors: outcome.userErrors };
}
