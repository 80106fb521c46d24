// Municipality belongs to the municipalities service; this service adds the exchanges it hosts.
import type { MunicipalityResolvers } from '../generated/resolvers.ts';
import { withExchanges } from './reference.ts';

export const Municipality: MunicipalityResolvers = withExchanges((id, ctx) => ctx.loaders.exchangesHostedBy.load(id));
