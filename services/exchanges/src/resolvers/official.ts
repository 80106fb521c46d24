// Official belongs to the municipalities service; this service adds the exchanges the
// official takes part in, in any role.
import type { OfficialResolvers } from '../generated/resolvers.ts';
import { withExchanges } from './reference.ts';

export const Official: OfficialResolvers = withExchanges(async (id, ctx) =>
  (await ctx.loaders.exchangesOfOfficial.load(id)).map((row) => row.exchange),
);
