// exportMyData: the right of access. The directory starts the export (who, when) and
// adds its own part; every other service contributes its field to the same entity.
import { requireOwnPersonalData, requireRole } from '@connect/kit';
import type { Context } from '../context.ts';
import { directoryChangesOfOfficial, inboxOfOfficial } from '../db/personal-data.ts';
import type { PersonalDataExportResolvers } from '../generated/resolvers.ts';

export interface PersonalDataExportRef {
  officialId: string;
  exportedAt?: Date;
}

/** The signed-in official's export; its parts are resolved by each service. */
export function exportMyData(_: unknown, __: unknown, ctx: Context): PersonalDataExportRef {
  requireRole(ctx.viewer, ['OFFICIAL'], 'export your personal data');
  return { officialId: requireOwnPersonalData(ctx.viewer, ctx.viewer.officialId ?? ''), exportedAt: new Date() };
}

export const PersonalDataExport: PersonalDataExportResolvers = {
  __resolveReference: (ref, ctx): PersonalDataExportRef => ({
    officialId: requireOwnPersonalData(ctx.viewer, ref.officialId),
    exportedAt: new Date(),
  }),
  exportedAt: (ref) => ref.exportedAt ?? new Date(),
  async municipalities(ref, _, ctx) {
    const officialId = requireOwnPersonalData(ctx.viewer, ref.officialId);
    const official = await ctx.loaders.official.load(officialId);
    if (!official) return null;
    const municipality = await ctx.loaders.municipality.load(official.municipalityId);
    return {
      official: {
        id: official.id,
        fullName: official.fullName,
        position: official.position,
        mandate: official.mandate,
        functionArea: official.functionArea,
        languages: official.languages,
        email: official.email,
        phone: official.phone,
        registeredAt: official.createdAt,
      },
      municipality: municipality ? { id: municipality.id, name: municipality.name, countryCode: municipality.countryCode } : null,
      exchangesShared: await ctx.projections.exchangesOfOfficial(officialId),
      inbox: await inboxOfOfficial(ctx.db, officialId),
      directoryChanges: await directoryChangesOfOfficial(ctx.db, officialId),
    };
  },
};
