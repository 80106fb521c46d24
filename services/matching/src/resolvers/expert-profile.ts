import type { AvailabilityRow } from '../db/tables.ts';
import type { ExpertProfileResolvers } from '../generated/resolvers.ts';

export const ExpertProfile: ExpertProfileResolvers = {
  availability: async (p, _, ctx) =>
    (await ctx.loaders.availabilityOfOfficial.load(p.officialId)).map((w: AvailabilityRow) => ({ from: w.availableFrom, to: w.availableTo })),
};
