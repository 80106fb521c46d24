// Entity representations reach `__resolveReference` as the gateway, other services or
// a client wrote them. An id that is not a UUID would make Postgres refuse the whole
// batch of a loader, and an upper-case one would miss its row in a loader keyed by the
// stored (lower-case) form; both are read here, once, for every service.
import { isUuid } from './errors.ts';

/** The id of a representation in its stored (lower-case) form, or null when it is not a UUID. */
export function referencedId(ref: { id?: unknown }): string | null {
  return typeof ref.id === 'string' && isUuid(ref.id) ? ref.id.toLowerCase() : null;
}

/**
 * The key of an entity another service owns, to which this service only adds fields:
 * the reference resolves to `{ id }` without a read, or to null when the id is malformed.
 */
export function referencedKey(ref: { id?: unknown }): { id: string } | null {
  const id = referencedId(ref);
  return id ? { id } : null;
}
