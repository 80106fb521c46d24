// The two time scalars every subgraph declares the same way: DateTime (an instant,
// ISO 8601 with offset) and Date (a calendar day, YYYY-MM-DD).
import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from './errors.ts';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function parseDateTime(value: unknown): Date {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new BadUserInputError(`DateTime must be an ISO 8601 instant such as 2017-04-03T09:00:00Z, got ${JSON.stringify(value)}`);
}

/**
 * Whether a text is a calendar day that exists, YYYY-MM-DD: 2017-02-28 is one,
 * 2017-02-30 is not, and neither is any day of year 0000, which PostgreSQL refuses.
 */
export function isCalendarDay(value: string): boolean {
  if (!datePattern.test(value) || value.startsWith('0000')) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function parseDate(value: unknown): string {
  if (typeof value === 'string' && isCalendarDay(value)) return value;
  throw new BadUserInputError(`Date must be a calendar day such as 2017-04-03, got ${JSON.stringify(value)}`);
}

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in time, ISO 8601 with offset.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : parseDateTime(value).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Resolvers for the scalars, to spread into a subgraph's resolver map. */
export const scalarResolvers = { DateTime, Date: DateScalar };
