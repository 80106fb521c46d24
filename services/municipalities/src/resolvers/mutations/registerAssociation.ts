// registerAssociation: the secretariat adds a local government association; other
// services learn of it through AssociationRegistered.
import { actorOf, refuse, requireRole } from '@connect/kit';
import { DirectoryHistory } from '../../db/history.ts';
import { DirectoryRepository } from '../../db/repository.ts';
import { readAssociation } from '../../input.ts';
import type { Context } from '../../context.ts';
import type { MutationRegisterAssociationArgs } from '../../generated/resolvers.ts';

export async function registerAssociation(_: unknown, { input }: MutationRegisterAssociationArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'register associations');
  const outcome = await ctx.mutate(
    { operation: 'registerAssociation', input, idempotencyKey: input.idempotencyKey },
    async (tx, events) => {
      const fields = readAssociation(input);
      const directory = new DirectoryRepository(tx);
      if (await directory.associationNamed(fields)) {
        refuse('ALREADY_REGISTERED', `${fields.name} (${fields.countryCode}) is already in the directory`, 'name');
      }
      const [association] = await directory.addAssociations([fields]);
      const { id: associationId, name, countryCode, createdAt } = association!;
      await new DirectoryHistory(tx).record({ kind: 'REGISTERED', associationId, actor: actorOf(ctx.viewer) });
      await events.record('AssociationRegistered', { associationId, name, countryCode, at: createdAt.toISOString() });
      return { id: association!.id };
    },
  );
  return { association: await ctx.directory.associationById(outcome.value?.id), userErrors: outcome.userErrors };
}
