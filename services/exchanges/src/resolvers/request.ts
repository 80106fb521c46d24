// Request belongs to the requests service; this service adds the exchanges planned for it.
import type { RequestResolvers } from '../generated/resolvers.ts';
import { withExchanges } from './reference.ts';

export const Request: RequestResolvers = withExchanges((id, ctx) => ctx.loaders.exchangesOfRequest.load(id));
