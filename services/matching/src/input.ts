// Reading mutation input the same way in every mutation of this service: malformed
// values are refused as INVALID_INPUT userErrors naming the field, before anything is
// read or written, and free text is trimmed and bounded.
import { isUuid, refuse } from '@connect/kit';

/** An id of the input in its stored (lower-case) form. */
export function inputId(value: string, field: string): string {
  if (!isUuid(value)) refuse('INVALID_INPUT', `${field} must be a UUID.`, field);
  return value.toLowerCase();
}

/** Trimmed text, null when empty or absent; longer than `max` characters is refused. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = value?.trim() ?? '';
  if (text.length > max) refuse('INVALID_INPUT', `${field} is at most ${max.toLocaleString('en-US')} characters.`, field);
  return text === '' ? null : text;
}

/** An integer within bounds, or the default when absent. */
export function boundedInt(value: number | null | undefined, field: string, min: number, max: number, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) refuse('INVALID_INPUT', `${field} must be a whole number from ${min} to ${max}.`, field);
  return n;
}
