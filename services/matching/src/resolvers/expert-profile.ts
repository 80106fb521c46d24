import type { AvailabilityRow, ExpertProfileRow } from '../db/tables.ts';
import type { Context } from '../context.ts';

export const ExpertProfile = {
  availability: async (p: ExpertProfileRow, _: unknown, ctx: Context) =>
    (await ctx.loaders.availabilityOfOfficial.load(p.officialId)).map((w: AvailabilityRow) => ({ from: w.availableFrom, to: w.availableTo })),
};
