// Municipality belongs to the municipalities service; this service adds the exchanges it hosts.
import { withExchanges } from './reference.ts';

export const Municipality = withExchanges((id, ctx) => ctx.loaders.exchangesHostedBy.load(id));
