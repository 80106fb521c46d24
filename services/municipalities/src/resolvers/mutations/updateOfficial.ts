// updateOfficial: the secretariat, or the official themselves, keeps an official's
// profile and contact details current. Who holds which office, and where, is the
// secretariat's to say: an official cannot change their own mandate or municipality.
// OfficialUpdated is recorded only when the profile other services know has changed;
// a change of contact details alone is nobody else's business. An erased official stays
// erased: nobody may put a name or contact details back.
import { ForbiddenError, isUuid, refuse, refuseErasedOfficials, requireRole, type Viewer } from '@connect/kit';
import { DirectoryRepository } from '../../db/repository.ts';
import { erasedOfficials } from '../../db/tables.ts';
import { readOfficialChanges, type OfficialChanges } from '../../input.ts';
import type { Context } from '../../context.ts';
import { officialPayload } from '../../payloads.ts';
import { officialProfile, sameProfile } from '../../profile.ts';

export type UpdateOfficialInput = OfficialChanges;

export async function updateOfficial(_: unknown, { input }: { input: UpdateOfficialInput }, ctx: Context) {
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
    const profile = officialProfile(after!);
    if (!sameProfile(officialProfile(before), profile)) await events.record('OfficialUpdated', profile);
    return { id: officialId };
  });
  return officialPayload(ctx, outcome);
}

/** Staff may update anyone; an official only themselves, and not where or how they hold office. */
function requireMayUpdate(viewer: Viewer, input: UpdateOfficialInput): void {
  requireRole(viewer, ['STAFF', 'OFFICIAL'], 'update officials');
  if (viewer.role === 'STAFF') return;
  const self = isUuid(input.officialId) && input.officialId.toLowerCase() === viewer.officialId?.toLowerCase();
  if (!self) throw new ForbiddenError('An official may only update their own profile');
  if (input.mandate !== undefined || input.municipalityId !== undefined) {
    throw new ForbiddenError('An official may not change their own mandate or municipality; the secretariat does');
  }
}
