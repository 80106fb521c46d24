// What a client learns from an error, at the gateway and in every subgraph: a short
// message and extensions.code. An error without a code of its own is a fault: the
// client gets "Internal server error", INTERNAL_SERVER_ERROR and the request id (also
// in the x-request-id header); the log gets the detail under the same id. Stack
// traces reach clients in development only, and an unset NODE_ENV is production;
// outside development no message suggests a name of the schema.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from './logging.ts';

export const INTERNAL_ERROR_CODE = 'INTERNAL_SERVER_ERROR';
export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * Longest message a client gets. Messages that quote the input (graphql-js quotes a
 * refused variable whole) would otherwise echo a megabyte back.
 */
export const MAX_MESSAGE_LENGTH = 300;

/** Codes that say "something broke" rather than "this is what you did": always masked. */
const faultCodes = new Set([INTERNAL_ERROR_CODE, 'DOWNSTREAM_SERVICE_ERROR']);

/**
 * Extensions that describe the inside of the platform: which subgraph answered, the
 * subgraph's URL and raw answer, exception details. They stay in the log.
 */
const internalExtensions = ['serviceName', 'response', 'exception', 'stacktrace', 'http'];

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `fn` as the handling of one HTTP request, so that errors formatted inside it know its id. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return requestScope.run({ requestId }, fn);
}

/** The id of the HTTP request being handled, if any. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

export interface ClientErrorOptions {
  log: Logger;
  environment: 'development' | 'test' | 'production';
  /** A chance to restate an error for clients before masking applies (the gateway's limits). */
  restate?: (formatted: GraphQLFormattedError) => GraphQLFormattedError | undefined;
}

export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** Apollo Server's formatError for CONNECT: mask faults, log their detail, strip internals. */
export function clientErrorFormatter(options: ClientErrorOptions): FormatError {
  const development = options.environment === 'development';
  return (formatted, error) => {
    const restated = options.restate?.(formatted) ?? formatted;
    const code = restated.extensions?.code;
    const requestId = currentRequestId();
    if (typeof code !== 'string' || faultCodes.has(code)) {
      options.log.error({ err: unwrap(error), requestId, path: formatted.path, message: formatted.message }, 'internal error');
      return {
        message: INTERNAL_ERROR_MESSAGE,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: {
          code: INTERNAL_ERROR_CODE,
          ...(requestId ? { requestId } : {}),
          ...(development && formatted.extensions?.stacktrace ? { stacktrace: formatted.extensions.stacktrace } : {}),
        },
      };
    }
    const extensions = { ...restated.extensions };
    for (const key of internalExtensions) {
      if (key === 'stacktrace' && development) continue;
      delete extensions[key];
    }
    const said = development ? restated.message : withoutSuggestions(restated.message);
    const message = said.length > MAX_MESSAGE_LENGTH ? `${said.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : said;
    return { ...restated, message, extensions };
  };
}

/**
 * A message without graphql-js's hints: "Did you mean "requests"?", "Did you mean the
 * enum value "DRAFT"?" name fields, arguments, types and enum values of a schema that
 * production does not let anyone introspect. They come from validation and from the
 * coercion of variables, at the gateway and in every subgraph, so they are cut here,
 * where every error a client sees passes.
 */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/** The error a resolver threw, rather than the GraphQLError wrapped around it. */
function unwrap(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5 && current && typeof current === 'object' && 'originalError' in current; i++) {
    const inner = (current as { originalError?: unknown }).originalError;
    if (!inner) break;
    current = inner;
  }
  return current;
}
