// leaveAssociation: the secretariat records that a municipality is no longer a member of
// an association; other services learn it through MunicipalityLeftAssociation.
import { actorOf, InputCheck, refuse, requireRole } from '@connect/kit';
import { DirectoryHistory } from '../../db/history.ts';
import { DirectoryRepository } from '../../db/repository.ts';
import type { Context } from '../../context.ts';
import type { MutationLeaveAssociationArgs } from '../../generated/resolvers.ts';

export async function leaveAssociation(_: unknown, args: MutationLeaveAssociationArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'end memberships of associations');
  const { idempotencyKey, ...input } = args;
  const outcome = await ctx.mutate({ operation: 'leaveAssociation', input, idempotencyKey }, async (tx, events) => {
    const check = new InputCheck();
    const municipalityId = check.id(input.municipalityId, 'municipalityId')!;
    const associationId = check.id(input.associationId, 'associationId')!;
    check.done();
    const directory = new DirectoryRepository(tx);
    const municipality = await directory.municipalityById(municipalityId);
    if (!municipality) refuse('NOT_FOUND', `Municipality ${municipalityId} is not in the directory`, 'municipalityId');
    const association = await directory.associationById(associationId);
    if (!association) refuse('NOT_FOUND', `Association ${associationId} is not in the directory`, 'associationId');
    if (!(await directory.removeMembership(associationId, municipalityId))) {
      refuse('NOT_MEMBER', `${municipality.name} is not a member of ${association.acronym ?? association.name}`, 'associationId');
    }
    await new DirectoryHistory(tx).record({ kind: 'LEFT_ASSOCIATION', municipalityId, associationId, actor: actorOf(ctx.viewer) });
    await events.record('MunicipalityLeftAssociation', { municipalityId, associationId, at: new Date().toISOString() });
    return { municipalityId, associationId };
  });
  return {
    municipality: await ctx.directory.municipalityById(outcome.value?.municipalityId),
    association: await ctx.directory.associationById(outcome.value?.associationId),
    userErrors: outcome.userErrors,
  };
}
