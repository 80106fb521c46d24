// The knowledge part of an official's personal data export (exportMyData, started by
// the municipalities service). The reference comes through the gateway: checked again.
import { requireOwnPersonalData } from '@connect/kit';
import { personalDataOf } from '../db/personal-data.ts';
import type { Context } from '../context.ts';

export const PersonalDataExport = {
  __resolveReference: (ref: { officialId: string }, ctx: Context) => ({ officialId: requireOwnPersonalData(ctx.viewer, ref.officialId) }),
  knowledge: (ref: { officialId: string }, _: unknown, ctx: Context) => personalDataOf(ctx.db, requireOwnPersonalData(ctx.viewer, ref.officialId)),
};
