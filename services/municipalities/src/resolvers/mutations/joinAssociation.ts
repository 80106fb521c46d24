// joinAssociation: the secretariat records that a municipality is a member of a local
// government association of its own country (associations are national voices).
import { actorOf, InputCheck, refuse, requireRole } from '@connect/kit';
import { DirectoryHistory } from '../../db/history.ts';
import { DirectoryRepository } from '../../db/repository.ts';
import type { Context } from '../../context.ts';
import type { MutationJoinAssociationArgs } from '../../generated/resolvers.ts';

export async function joinAssociation(_: unknown, { input }: MutationJoinAssociationArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'enrol municipalities in associations');
  const outcome = await ctx.mutate({ operation: 'joinAssociation', input }, async (tx, events) => {
    const check = new InputCheck();
    const municipalityId = check.id(input.municipalityId, 'municipalityId')!;
    const associationId = check.id(input.associationId, 'associationId')!;
    check.done();
    const directory = new DirectoryRepository(tx);
    const municipality = await directory.municipalityById(municipalityId);
    if (!municipality) refuse('NOT_FOUND', `Municipality ${municipalityId} is not in the directory`, 'municipalityId');
    const association = await directory.associationById(associationId);
    if (!association) refuse('NOT_FOUND', `Association ${associationId} is not in the directory`, 'associationId');
    const name = association.acronym ?? association.name;
    if (association.countryCode !== municipality.countryCode) {
      refuse(
        'COUNTRY_MISMATCH',
        `${name} gathers municipalities of ${association.countryCode}; ${municipality.name} is in ${municipality.countryCode}`,
        'associationId',
      );
    }
    if (!(await directory.addMembership(associationId, municipalityId))) {
      refuse('ALREADY_MEMBER', `${municipality.name} is already a member of ${name}`, 'associationId');
    }
    await new DirectoryHistory(tx).record({ kind: 'JOINED_ASSOCIATION', municipalityId, associationId, actor: actorOf(ctx.viewer) });
    await events.record('MunicipalityJoinedAssociation', { municipalityId, associationId });
    return { municipalityId, associationId };
  });
  return {
    municipality: await ctx.directory.municipalityById(outcome.value?.municipalityId),
    association: await ctx.directory.associationById(outcome.value?.associationId),
    userErrors: outcome.userErrors,
  };
}
