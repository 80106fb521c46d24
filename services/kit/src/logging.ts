// Structured logs (pino). Personal data never reaches a log line: the paths that
// can hold an email address or phone number are redacted at the logger.
import { pino, type Logger } from 'pino';

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

export function createLogger(name: string, level: string = 'info'): Logger {
  return pino({
    name,
    level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    base: { service: name },
  });
}
