// registerMunicipality: the secretariat adds a local or regional government to the
// directory; other services learn of it through MunicipalityRegistered.
import { refuse, requireRole } from '@connect/kit';
import { DirectoryRepository } from '../../db/repository.ts';
import { InputCheck } from '../../input.ts';
import type { Context } from '../../context.ts';
import type { MutationRegisterMunicipalityArgs } from '../../generated/resolvers.ts';
import { municipalityProfile } from '../../profile.ts';

export async function registerMunicipality(_: unknown, { input }: MutationRegisterMunicipalityArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'register municipalities');
  const outcome = await ctx.mutate(
    { operation: 'registerMunicipality', input, idempotencyKey: input.idempotencyKey },
    async (tx, events) => {
      const check = new InputCheck();
      const fields = {
        name: check.text('name', input.name),
        countryCode: check.countryCode('countryCode', input.countryCode),
        region: check.optionalText('region', input.region),
        kind: input.kind,
        population: check.population('population', input.population),
        languages: check.languages('languages', input.languages),
      };
      check.done();
      const directory = new DirectoryRepository(tx);
      if (await directory.municipalityNamed(fields)) {
        const where = fields.region ? `${fields.region}, ${fields.countryCode}` : fields.countryCode;
        refuse('ALREADY_REGISTERED', `${fields.name} (${where}) is already in the directory`, 'name');
      }
      const [municipality] = await directory.addMunicipalities([fields]);
      await events.record('MunicipalityRegistered', municipalityProfile(municipality!));
      return { id: municipality!.id };
    },
  );
  return { municipality: await ctx.directory.municipalityById(outcome.value?.id), userErrors: outcome.userErrors };
}
