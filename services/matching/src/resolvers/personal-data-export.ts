// The matching part of an official's personal data export (exportMyData, started by
// the municipalities service). The reference comes through the gateway: checked again.
import { requireOwnPersonalData } from '@connect/kit';
import { personalDataOf } from '../db/personal-data.ts';
import type { PersonalDataExportResolvers } from '../generated/resolvers.ts';

export const PersonalDataExport: PersonalDataExportResolvers = {
  __resolveReference: (ref, ctx) => ({ officialId: requireOwnPersonalData(ctx.viewer, ref.officialId) }),
  matching: (ref, _, ctx) => personalDataOf(ctx.db, requireOwnPersonalData(ctx.viewer, ref.officialId)),
};
