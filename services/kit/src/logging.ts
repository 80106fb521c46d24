// Structured logs (pino). Personal data never reaches a log line. Two layers:
// the paths that usually hold an email address or phone number are redacted by pino,
// and every string that is logged (messages, nested variables, error messages and
// stacks) is scanned for email addresses and phone numbers, which are masked, so a
// contact detail quoted in an error message or buried in GraphQL variables is caught too.
import { pino, type DestinationStream, type Logger } from 'pino';
import { activeTraceIds } from './tracing.ts';

export type { Logger };

export const redactedPaths = [
  'email',
  'phone',
  '*.email',
  '*.phone',
  'variables.*.email',
  'variables.*.phone',
  'input.email',
  'input.phone',
];

const censor = '[redacted]';
/**
 * Every address the directory accepts (isEmailAddress in input-check.ts): a local part
 * of letters and digits of any script and the other characters RFC 5322 allows
 * unquoted, then a domain of labels in any script ending in a top-level domain of
 * letters or an A-label (xn--). Wider than the validator on purpose: a log line is
 * better over-masked than leaking. `user@127.0.0.1` or `pkg@5.5.1` have no such TLD.
 */
const emailPattern =
  /[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~.-]+@(?:[\p{L}\p{M}\p{N}_-]+\.)+(?:[\p{L}\p{M}]{2,}|xn--[a-z0-9-]+)(?![\p{L}\p{M}\p{N}-])/giu;
// International numbers (+ and digits, spaces, dots, dashes, brackets) and national ones
// written with a leading 0 in groups; never bare digit runs such as ids, nor dates
// written as ISO 8601 (0000-01-01 has the shape of a national number).
const phonePatterns = [/\+\d[\d ().-]{5,}\d/g, /(?<![\w-])(?!\d{4}-\d{2}-\d{2}(?![\w-]))0\d{1,4}[ .-]\d{2,4}[ .-]?\d{2,4}(?![\w-])/g];
const contactKeys = new Set(['email', 'phone']);

/** A text with every email address and phone number in it masked. */
export function maskContactDetails(text: string): string {
  let masked = text.replace(emailPattern, censor);
  for (const pattern of phonePatterns) masked = masked.replace(pattern, censor);
  return masked;
}

/** A copy of a log value with contact details masked at any depth; errors become plain objects first. */
function maskValue(value: unknown, seen: WeakSet<object>, depth: number): unknown {
  if (typeof value === 'string') return maskContactDetails(value);
  if (value === null || typeof value !== 'object' || depth > 12) return value;
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (value instanceof Error) return maskError(value, seen, depth);
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((v) => maskValue(v, seen, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = contactKeys.has(key.toLowerCase()) && v != null ? censor : maskValue(v, seen, depth + 1);
  }
  return out;
}

/** The same error, of the same class (pino's serializer names it), with its texts masked. */
function maskError(error: Error, seen: WeakSet<object>, depth: number): Error {
  const copy = Object.create(Object.getPrototypeOf(error) as object) as Error & Record<string, unknown>;
  for (const [key, v] of Object.entries(error)) copy[key] = maskValue(v, seen, depth + 1);
  Object.defineProperty(copy, 'message', { value: maskContactDetails(error.message), enumerable: false, writable: true });
  Object.defineProperty(copy, 'stack', { value: maskContactDetails(error.stack ?? ''), enumerable: false, writable: true });
  if (error.cause !== undefined) Object.defineProperty(copy, 'cause', { value: maskValue(error.cause, seen, depth + 1), enumerable: false, writable: true });
  return copy;
}

/** Log arguments with contact details masked; an error logged alone gets its masked message as the message. */
function maskArguments(args: unknown[]): unknown[] {
  const [first, ...rest] = args;
  if (first instanceof Error && typeof rest[0] !== 'string') return [{ err: first }, maskContactDetails(first.message), ...rest];
  return args.map((arg) => (typeof arg === 'string' ? maskContactDetails(arg) : arg));
}

export function createLogger(name: string, level: string = 'info', destination?: DestinationStream): Logger {
  const options = {
    name,
    level,
    redact: { paths: redactedPaths, censor },
    base: { service: name },
    // A line written while a request is traced names its trace (trace_id, span_id, as
    // OpenTelemetry's log data model spells them), to go from a log line to the trace.
    mixin: () => activeTraceIds() ?? {},
    formatters: {
      log: (object: Record<string, unknown>) => maskValue(object, new WeakSet(), 0) as Record<string, unknown>,
    },
    hooks: {
      // The message and its interpolation arguments: masked before pino formats them.
      logMethod(this: Logger, args: unknown[], method: (...a: unknown[]) => void) {
        method.apply(this, maskArguments(args));
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
