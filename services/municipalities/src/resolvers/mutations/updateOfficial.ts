// updateOfficial: the secretariat, or the official themselves, keeps an official's
// profile and contact details current. Who holds which office, and where, is the
// secretariat's to say: an official cannot change their own mandate or municipality.
// OfficialUpdated is recorded only when the profile other services know has changed;
// a change of contact details alone is nobody else's business. An erased official stays
// erased: nobody may put a name or contact details back.
import { refuse, refuseErasedOfficials } from '@connect/kit';
import { requireMayUpdate } from '../../access.ts';
import { DirectoryRepository, type NewOfficial } from '../../db/repository.ts';
import { erasedOfficials } from '../../db/tables.ts';
import { InputCheck } from '../../input.ts';
import type { Context } from '../../context.ts';
import type { MutationUpdateOfficialArgs } from '../../generated/resolvers.ts';
import { officialProfile, sameProfile } from '../../profile.ts';

export async function updateOfficial(_: unknown, { input }: MutationUpdateOfficialArgs, ctx: Context) {
  requireMayUpdate(ctx.viewer, input);
  const outcome = await ctx.mutate({ operation: 'updateOfficial', input }, async (tx, events) => {
    const check = new InputCheck();
    const officialId = check.id('officialId', input.officialId);
    const changes: Partial<NewOfficial> = {};
    if (input.fullName !== undefined) changes.fullName = check.text('fullName', input.fullName);
    if (input.position !== undefined) changes.position = check.text('position', input.position);
    if (input.mandate !== undefined) changes.mandate = check.present('mandate', input.mandate);
    if (input.functionArea !== undefined) changes.functionArea = check.present('functionArea', input.functionArea);
    if (input.languages !== undefined) changes.languages = check.languages('languages', input.languages);
    if (input.municipalityId === null) check.present('municipalityId', input.municipalityId);
    else if (input.municipalityId !== undefined) changes.municipalityId = check.id('municipalityId', input.municipalityId);
    if (input.email !== undefined) changes.email = check.email('email', input.email);
    if (input.phone !== undefined) changes.phone = check.phone('phone', input.phone);
    check.done();

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
  return { official: await ctx.directory.officialById(outcome.value?.id), userErrors: outcome.userErrors };
}
