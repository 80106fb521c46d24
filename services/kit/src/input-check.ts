// Reading a mutation's input the same way in every service: each check notes what is
// wrong and goes on, so that a form learns of every mistake at once; `done` refuses the
// mutation (nothing written) when any was found. GraphQL has already checked enums and
// scalars; these are the rules the SDL cannot state.
import isEmailModule from 'validator/lib/isEmail.js';
import { isUuid, type UserError } from './errors.ts';
import { languageCode } from './languages.ts';
import { Refusal } from './mutation.ts';

export class InputCheck {
  readonly errors: UserError[] = [];

  /** Notes a mistake; returns null so that a check can answer "no value". */
  refuse(code: string, message: string, field: string): null {
    this.errors.push({ code, message, field });
    return null;
  }

  invalid(message: string, field: string): null {
    return this.refuse('INVALID_INPUT', message, field);
  }

  /** A UUID, in its stored (lower-case) form. */
  id(value: string, field: string): string | null {
    return isUuid(value) ? value.toLowerCase() : this.invalid(`${field} must be a UUID, got "${shown(value)}"`, field);
  }

  /** UUIDs, at most `max`, each once: a repeat is merged, or refused with `repeats: 'refuse'`. */
  ids(values: readonly string[], field: string, max: number, options: { repeats?: 'merge' | 'refuse' } = {}): string[] {
    if (values.length > max) return this.invalid(`${field} holds at most ${max} ids, got ${values.length}`, field) ?? [];
    if (!values.every((v) => isUuid(v))) return this.invalid(`${field} must hold UUIDs only`, field) ?? [];
    const ids = values.map((v) => v.toLowerCase());
    if (options.repeats === 'refuse' && new Set(ids).size !== ids.length) return this.invalid(`${field} names an id twice`, field) ?? [];
    return [...new Set(ids)];
  }

  /** Trimmed text of 1 to `max` characters. */
  text(value: string, field: string, max: number): string | null {
    const text = value.trim();
    if (text === '') return this.invalid(`${field} must not be empty`, field);
    if (text.length > max) return this.invalid(`${field} is at most ${max} characters, got ${text.length}`, field);
    return text;
  }

  /** Like `text`, but absent or blank means none. */
  optionalText(value: string | null | undefined, field: string, max: number): string | null {
    return value == null || value.trim() === '' ? null : this.text(value, field, max);
  }

  /** A score from 1 (poor) to 5 (excellent). */
  rating(value: number, field: string): number | null {
    return Number.isInteger(value) && value >= 1 && value <= 5 ? value : this.invalid(`${field} must be a whole number from 1 to 5, got ${value}`, field);
  }

  /** An ISO 639-1 language code, stored lower-case. */
  language(value: string, field: string): string | null {
    return languageCode(value) ?? this.invalid(`${field} must be an ISO 639-1 language code such as en, got "${shown(value)}"`, field);
  }

  /** An e-mail address (see `isEmailAddress`), trimmed. */
  email(value: string, field: string): string | null {
    const email = value.trim();
    return isEmailAddress(email) ? email : this.invalid(`${field} must be an email address such as name@town.example, got "${shown(value)}"`, field);
  }

  /** Refuses the mutation, rolling back whatever it wrote, when a check failed. */
  done(): void {
    if (this.errors.length > 0) throw new Refusal([...this.errors]);
  }
}

/** Input echoed in a message, cut short. */
export function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

// validator is CommonJS: its function is the module and, under TypeScript's reading, its default.
const isEmail = isEmailModule.default;

/** RFC 5321's longest forward path, less the angle brackets. */
export const MAX_EMAIL_LENGTH = 254;

/**
 * An address mail can be delivered to, as the validator package reads RFC 5321/5322:
 * internationalised local parts and domains (jörg@münchen.de) are taken; a quoted local
 * part, markup, a display name, an IP address for a domain or a domain without a
 * top-level domain are not. The log masks (logging.ts) cover every address taken here.
 */
export function isEmailAddress(value: string): boolean {
  return (
    value.length <= MAX_EMAIL_LENGTH &&
    isEmail(value, {
      allow_utf8_local_part: true,
      require_tld: true,
      allow_ip_domain: false,
      allow_display_name: false,
      // A quoted local part may hold almost anything, markup included.
      blacklisted_chars: '"<>',
    })
  );
}
