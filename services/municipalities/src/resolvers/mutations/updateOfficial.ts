// updateOfficial: the secretariat, or the official themselves, keeps an official's
// profile and contact details current. Who holds which office, and where, is the
// secretariat's to say: an official cannot change their own mandate or municipality.
// OfficialUpdated is recorded only when the profile other services know has changed;
// a change of contact details alone is nobody else's business. An erased official stays
// erased: nobody may put a name or contact details back.
import { actorOf, refuse, refuseErasedOfficials, type Executor } from '@connect/kit';
import { requireMayUpdate } from '../../access.ts';
import { changedFields, DirectoryHistory } from '../../db/history.ts';
import { DirectoryRepository } from '../../db/repository.ts';
import { erasedOfficials, type OfficialRow } from '../../db/tables.ts';
import { readOfficialChanges } from '../../input.ts';
import type { Context } from '../../context.ts';
import type { MutationUpdateOfficialArgs } from '../../generated/resolvers.ts';
import { officialPayload } from '../../payloads.ts';
import { officialProfile, sameProfile } from '../../profile.ts';

export async function updateOfficial(_: unknown, { input }: MutationUpdateOfficialArgs, ctx: Context) {
  requireMayUpdate(ctx.viewer, input);
  const outcome = await ctx.mutate({ operation: 'updateOfficial', input }, async (tx, events) => {
    const { officialId, changes } = readOfficialChanges(input);

    const directory = new DirectoryRepository(tx);
    const before = await directory.officialById(officialId);
    if (!before) refuse('NOT_FOUND', `Official ${officialId} is not in the directory`, 'officialId');
    await refuseErasedOfficials(tx, erasedOfficials, [officialId], 'officialId');
    if (changes.municipalityId && !(await directory.municipalityById(changes.municipalityId))) {
      refuse('NOT_FOUND', `Municipality ${changes.municipalityId} is not in the directory`, 'municipalityId');
    }
    if (Object.keys(changes).length === 0) return { id: officialId };
    const after = await directory.updateOfficial(officialId, changes);
    await recordOfficialUpdate(tx, before, after!, changes, actorOf(ctx.viewer));
    const profile = officialProfile(after!);
    if (!sameProfile(officialProfile(before), profile)) await events.record('OfficialUpdated', profile);
    return { id: officialId };
  });
  return officialPayload(ctx, outcome);
}

/**
 * The history of the official's municipality names the fields changed, never their
 * values; an official moved from one municipality to another shows in both histories.
 */
async function recordOfficialUpdate(tx: Executor, before: OfficialRow, after: OfficialRow, changes: Partial<OfficialRow>, actor: string) {
  const fields = changedFields(before, after, changes);
  if (fields.length === 0) return;
  const municipalityIds = [...new Set([before.municipalityId, after.municipalityId])];
  await new DirectoryHistory(tx).record(
    ...municipalityIds.map((municipalityId) => ({ kind: 'OFFICIAL_UPDATED' as const, municipalityId, officialId: after.id, fields, actor })),
  );
}
