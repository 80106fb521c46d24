// Request belongs to the requests service; this service adds the exchanges planned for it.
import { withExchanges } from './reference.ts';

export const Request = withExchanges((id, ctx) => ctx.loaders.exchangesOfRequest.load(id));
