// Expected failures are data (userErrors in payloads); unexpected ones are
// GraphQLErrors with an extensions.code that clients can branch on.
import { GraphQLError } from 'graphql';

export class BadUserInputError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You are not allowed to do this') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in to do this') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

/** A refusal returned in a mutation payload. */
export interface UserError {
  code: string;
  message: string;
  field?: string | null;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is refused before it reaches SQL. */
export function parseId(id: string, field = 'id'): string {
  if (!uuidPattern.test(id)) throw new BadUserInputError(`${field} must be a UUID, got "${shorten(id)}"`, field);
  return id.toLowerCase();
}

export function isUuid(id: string): boolean {
  return uuidPattern.test(id);
}

/**
 * A value quoted back in a message, cut at `max` characters with an ellipsis: a
 * message names what was wrong without echoing a whole document back.
 */
export function shorten(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
