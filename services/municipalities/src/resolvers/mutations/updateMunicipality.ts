// updateMunicipality: the secretariat, or the municipality's own officials, keep its
// entry current. MunicipalityUpdated is recorded only when the profile other services
// know has changed (the region is the directory's own).
import { actorOf, refuse } from '@connect/kit';
import { requireMayUpdateMunicipality } from '../../access.ts';
import { changedFields, DirectoryHistory } from '../../db/history.ts';
import { DirectoryRepository } from '../../db/repository.ts';
import { readMunicipalityChanges } from '../../input.ts';
import type { Context } from '../../context.ts';
import type { MutationUpdateMunicipalityArgs } from '../../generated/resolvers.ts';
import { municipalityProfile } from '../../profile.ts';

export async function updateMunicipality(_: unknown, { id, input, idempotencyKey }: MutationUpdateMunicipalityArgs, ctx: Context) {
  await requireMayUpdateMunicipality(ctx, id);
  const outcome = await ctx.mutate({ operation: 'updateMunicipality', input: { id, input }, idempotencyKey }, async (tx, events) => {
    const { municipalityId, changes } = readMunicipalityChanges(id, input);
    const directory = new DirectoryRepository(tx);
    const before = await directory.municipalityById(municipalityId);
    if (!before) refuse('NOT_FOUND', `Municipality ${municipalityId} is not in the directory`, 'id');
    const renamed = { name: changes.name ?? before.name, countryCode: before.countryCode, region: changes.region === undefined ? before.region : changes.region };
    if (changes.name !== undefined || changes.region !== undefined) {
      const same = await directory.municipalityNamed(renamed);
      if (same && same.id !== municipalityId) {
        const where = renamed.region ? `${renamed.region}, ${renamed.countryCode}` : renamed.countryCode;
        refuse('ALREADY_REGISTERED', `${renamed.name} (${where}) is already in the directory`, 'name');
      }
    }
    if (Object.keys(changes).length === 0) return { id: municipalityId };
    const after = await directory.updateMunicipality(municipalityId, changes);
    const fields = changedFields(before, after!, changes);
    if (fields.length > 0) await new DirectoryHistory(tx).record({ kind: 'UPDATED', municipalityId, fields, actor: actorOf(ctx.viewer) });
    const profile = municipalityProfile(after!);
    if (JSON.stringify(municipalityProfile(before)) !== JSON.stringify(profile)) await events.record('MunicipalityUpdated', profile);
    return { id: municipalityId };
  });
  return { municipality: await ctx.directory.municipalityById(outcome.value?.id), userErrors: outcome.userErrors };
}
