// eraseOfficial: the right to erasure. The secretariat anonymises an official where
// their personal data lives (here: name, position, contact details, languages, and
// their inbox of notifications, deleted) and
// records OfficialErased, on which every other service drops or anonymises what it
// holds about them. The row itself stays, anonymous, so that exchanges, requests and
// evaluations that refer to its id still resolve. The erasure is remembered by id in the
// same transaction: from then on no mutation by or for the official is accepted here.
import { actorOf, InputCheck, recordErasure, refuse, refuseErasedOfficials, requireRole } from '@connect/kit';
import { eraseInboxOfOfficial } from '../../db/personal-data.ts';
import { DirectoryHistory } from '../../db/history.ts';
import { DirectoryRepository } from '../../db/repository.ts';
import { erasedOfficials } from '../../db/tables.ts';
import type { Context } from '../../context.ts';
import type { MutationEraseOfficialArgs } from '../../generated/resolvers.ts';
import { officialPayload } from '../../payloads.ts';

/** What an erased official is called from now on. */
const erasedName = 'Erased official';

export async function eraseOfficial(_: unknown, { input }: MutationEraseOfficialArgs, ctx: Context) {
  requireRole(ctx.viewer, ['STAFF'], 'erase officials');
  const outcome = await ctx.mutate({ operation: 'eraseOfficial', input }, async (tx, events) => {
    const check = new InputCheck();
    const officialId = check.id(input.officialId, 'officialId')!;
    check.done();
    const directory = new DirectoryRepository(tx);
    const before = await directory.officialById(officialId);
    if (!before) refuse('NOT_FOUND', `Official ${officialId} is not in the directory`, 'officialId');
    await refuseErasedOfficials(tx, erasedOfficials, [officialId], 'officialId');
    await directory.updateOfficial(officialId, { fullName: erasedName, position: '—', languages: [], email: null, phone: null });
    await eraseInboxOfOfficial(tx, officialId);
    await recordErasure(tx, erasedOfficials, officialId);
    const { municipalityId } = before;
    await new DirectoryHistory(tx).record({ kind: 'OFFICIAL_ERASED', municipalityId, officialId, actor: actorOf(ctx.viewer) });
    await events.record('OfficialErased', { officialId });
    return { id: officialId };
  });
  return officialPayload(ctx, outcome);
}
