// Free text that a reader types into a search box. The gateway refuses any string of
// more than 1,000 characters in a query, but a subgraph answers whatever carries the
// gateway's secret, and a full-text search of tens of thousands of words keeps PGlite's
// websearch_to_tsquery busy for minutes, and the process with it. So each service
// refuses search text beyond a limit of its own: far more than a person types into a
// search box, far less than where the cost of a search starts to grow.
import { BadUserInputError } from './errors.ts';

/** The longest search text a service accepts, in characters (UTF-16 code units, as the gateway counts). */
export const MAX_SEARCH_LENGTH = 200;

/** The search text unchanged, or BAD_USER_INPUT naming `field` when it is longer than MAX_SEARCH_LENGTH. */
export function parseSearch<T extends string | null | undefined>(value: T, field = 'search'): T {
  if (typeof value === 'string' && value.length > MAX_SEARCH_LENGTH) {
    throw new BadUserInputError(`${field} is at most ${MAX_SEARCH_LENGTH} characters, got ${value.length}`, field);
  }
  return value;
}
