// Reading a mutation's input the same way in every service: each check notes what is
// wrong and goes on, so that a form learns of every mistake at once; `done` refuses the
// mutation (nothing written) when any was found. GraphQL has already checked enums and
// scalars; these are the rules the SDL cannot state. A check hands back the value in the
// form it is stored (trimmed, codes in their canonical case), or null when it found a
// mistake; a service's input.ts only combines these checks.
import isEmailModule from 'validator/lib/isEmail.js';
import { isUuid, shorten, type UserError } from './errors.ts';
import { languageCode, retiredLanguageCodes } from './languages.ts';
import { Refusal } from './mutation.ts';

/** One end of a time window: the input field and the day it names (YYYY-MM-DD), if any. */
export interface WindowEnd {
  field: string;
  value: string | null | undefined;
}

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

  /** A value the schema lets a client null out, but the record cannot do without. */
  present<T>(value: T | null | undefined, field: string): T | null {
    return value === null || value === undefined ? this.invalid(`${field} cannot be removed`, field) : value;
  }

  /** A UUID, in its stored (lower-case) form. */
  id(value: string | null | undefined, field: string): string | null {
    const id = value ?? '';
    return isUuid(id) ? id.toLowerCase() : this.invalid(`${field} must be a UUID, got "${shorten(id)}"`, field);
  }

  /** UUIDs, at most `max`, each once: a repeat is merged, or refused with `repeats: 'refuse'`. */
  ids(values: readonly string[], field: string, max: number, options: { repeats?: 'merge' | 'refuse' } = {}): string[] {
    if (values.length > max) return this.invalid(`${field} holds at most ${max} ids, got ${values.length}`, field) ?? [];
    if (!values.every((v) => isUuid(v))) return this.invalid(`${field} must hold UUIDs only`, field) ?? [];
    const ids = values.map((v) => v.toLowerCase());
    if (options.repeats === 'refuse' && new Set(ids).size !== ids.length) return this.invalid(`${field} names an id twice`, field) ?? [];
    return [...new Set(ids)];
  }

  /** Required text, trimmed, 1 to `max` characters. */
  text(value: string | null | undefined, field: string, max: number): string | null {
    const text = value?.trim() ?? '';
    if (text === '') return this.invalid(`${field} is required and cannot be blank`, field);
    if (text.length > max) return this.invalid(`${field} is at most ${max} characters, got ${text.length}`, field);
    return text;
  }

  /**
   * Like `text`, but absent (or null) means none. Blank means none as well, unless
   * `blank: 'refuse'`: a record that keeps the field either has it or leaves it out.
   */
  optionalText(value: string | null | undefined, field: string, max: number, options: { blank?: 'none' | 'refuse' } = {}): string | null {
    if (value === null || value === undefined) return null;
    if (value.trim() === '' && options.blank !== 'refuse') return null;
    return this.text(value, field, max);
  }

  /** A short form of a name (VNG, GAD), or none; a blank one is refused rather than stored. */
  acronym(value: string | null | undefined, field: string): string | null {
    return this.optionalText(value, field, MAX_ACRONYM, { blank: 'refuse' });
  }

  /** A whole number from `min` to `max`. */
  wholeNumber(value: number, field: string, min: number, max: number): number | null {
    return Number.isInteger(value) && value >= min && value <= max
      ? value
      : this.invalid(`${field} must be a whole number from ${min} to ${max}, got ${value}`, field);
  }

  /** A score from 1 (poor) to 5 (excellent). */
  rating(value: number, field: string): number | null {
    return this.wholeNumber(value, field, 1, 5);
  }

  /** ISO 3166-1 alpha-2 (see `countryCode`), stored upper-case. */
  country(value: string, field: string): string | null {
    return (
      countryCode(value) ?? this.invalid(`${field} must be an ISO 3166-1 alpha-2 country code such as GH or NL, got "${shorten(value)}"`, field)
    );
  }

  /** An e-mail address (see `isEmailAddress`), trimmed; or none (null). */
  email(value: string | null | undefined, field: string): string | null {
    if (value === null || value === undefined) return null;
    const email = value.trim();
    return isEmailAddress(email) ? email : this.invalid(`${field} must be an email address such as name@town.example, got "${shorten(value)}"`, field);
  }

  /** An international phone number: +, then digits and spaces, 7 to 20 digits; or none (null). */
  phone(value: string | null | undefined, field: string): string | null {
    if (value === null || value === undefined) return null;
    const phone = value.trim().replace(/ {2,}/g, ' ');
    const digits = phone.replace(/\D/g, '').length;
    if (/^\+[\d ]+$/.test(phone) && digits >= 7 && digits <= 20) return phone;
    return this.invalid(
      `${field} must be an international number: + and the country code, then digits and spaces (7 to 20 digits), got "${shorten(value)}"`,
      field,
    );
  }

  /** An ISO 639-1 language code, stored lower-case; a retired one is refused naming its successor. */
  language(value: string, field: string): string | null {
    const code = languageCode(value);
    if (code !== null) return code;
    return this.invalid(retiredLanguage(value) ?? `${field} must be an ISO 639-1 language code such as en, got "${shorten(value)}"`, field);
  }

  /**
   * ISO 639-1 codes, stored lower-case, in the order given: `min` (1) to `max` (10) of
   * them. A code given twice is kept once, or refused with `repeats: 'refuse'`.
   */
  languages(values: readonly string[] | null | undefined, field: string, options: ListOptions = {}): string[] {
    const { min = 1, max = MAX_LANGUAGES, repeats = 'merge' } = options;
    const given = (values ?? []).map((code) => code.trim().toLowerCase());
    const codes = repeats === 'merge' ? [...new Set(given)] : given;
    if (codes.length < min) return this.invalid(`${field} needs at least one language`, field) ?? codes;
    if (codes.length > max) return this.invalid(`${field} holds at most ${max} languages`, field) ?? codes;
    const wrong = codes.find((code) => languageCode(code) === null);
    if (wrong !== undefined) {
      return this.invalid(retiredLanguage(wrong) ?? `${field} must be ISO 639-1 codes such as en or km, got "${shorten(wrong)}"`, field) ?? codes;
    }
    return this.once(codes, field);
  }

  /** A topic code of the knowledge taxonomy (see `isTopicCode`), trimmed. */
  topic(value: string, field: string): string | null {
    const code = value.trim();
    return isTopicCode(code) ? code : this.invalid(`${field} must be a topic code such as sanitation or solid-waste, got "${shorten(value)}"`, field);
  }

  /** Topic codes, trimmed: 1 to `max` (10) of them, each once (a repeat is refused unless `repeats: 'merge'`). */
  topics(values: readonly string[] | null | undefined, field: string, options: Omit<ListOptions, 'min'> = {}): string[] {
    const { max = MAX_TOPICS, repeats = 'refuse' } = options;
    const given = (values ?? []).map((code) => code.trim());
    const codes = repeats === 'merge' ? [...new Set(given)] : given;
    if (codes.length === 0) return this.invalid(`${field} needs at least one topic code`, field) ?? codes;
    if (codes.length > max) return this.invalid(`${field} holds at most ${max} codes`, field) ?? codes;
    const wrong = codes.find((code) => !isTopicCode(code));
    if (wrong !== undefined) return this.invalid(`${field} must be topic codes such as sanitation or solid-waste, got "${shorten(wrong)}"`, field) ?? codes;
    return this.once(codes, field);
  }

  /** A list that names something twice: a slip the sender should see, not one to tidy away. */
  once<T extends string>(values: T[], field: string): T[] {
    const twice = values.find((value, i) => values.indexOf(value) !== i);
    return twice === undefined ? values : (this.invalid(`${field} names "${twice}" more than once`, field) ?? values);
  }

  /**
   * A time window in order: the end not before the start, or, with `sameDay: false`,
   * after it. Either end may be open (null); the end's field is named.
   */
  window(start: WindowEnd, end: WindowEnd, options: { sameDay?: boolean } = {}): void {
    if (start.value == null || end.value == null) return;
    const sameDay = options.sameDay ?? true;
    if (end.value > start.value || (sameDay && end.value === start.value)) return;
    const rule = sameDay ? 'must not come before' : 'must be after';
    this.invalid(`${end.field} (${end.value}) ${rule} ${start.field} (${start.value})`, end.field);
  }

  /** A day (YYYY-MM-DD) from `earliest` to `latest`: one that has passed is DATE_IN_PAST. */
  day(value: string, field: string, bounds: { earliest: string; latest: string }): string | null {
    if (value < bounds.earliest) return this.refuse('DATE_IN_PAST', `${field} ${value} has already passed; the earliest is ${bounds.earliest}`, field);
    if (value > bounds.latest) return this.invalid(`${field} ${value} is too far ahead; the latest is ${bounds.latest}`, field);
    return value;
  }

  /**
   * The ends of a window that is still to come: a day before EARLIEST_PLAUSIBLE_DAY is
   * DATE_IMPLAUSIBLE (a typing slip such as 0001-01-01), a day before `today` is
   * DATE_IN_PAST. Open ends (null) pass; each end names its own field.
   */
  futureWindow(ends: readonly WindowEnd[], today: string): void {
    for (const end of ends) {
      if (end.value == null) continue;
      if (end.value < EARLIEST_PLAUSIBLE_DAY) {
        this.refuse('DATE_IMPLAUSIBLE', `${end.field} ${end.value} is before ${EARLIEST_PLAUSIBLE_DAY}; no exchange is planned that far back`, end.field);
      } else if (end.value < today) {
        this.refuse('DATE_IN_PAST', `${end.field} ${end.value} has already passed; today is ${today}`, end.field);
      }
    }
  }

  /** Refuses the mutation, rolling back whatever it wrote, when a check failed. */
  done(): void {
    if (this.errors.length > 0) throw new Refusal([...this.errors]);
  }
}

/** The earliest day a window of the platform may name: anything before is a slip of the keyboard. */
const EARLIEST_PLAUSIBLE_DAY = '2000-01-01';

/** Today's calendar day in UTC, YYYY-MM-DD: the day against which windows are checked. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

interface ListOptions {
  min?: number;
  max?: number;
  repeats?: 'merge' | 'refuse';
}

const MAX_ACRONYM = 20;
const MAX_LANGUAGES = 10;
const MAX_TOPICS = 10;

function retiredLanguage(value: string): string | null {
  const code = value.trim().toLowerCase();
  const current = retiredLanguageCodes[code];
  return current ? `"${code}" is a retired language code; use "${current}"` : null;
}

/**
 * Topic codes as the knowledge service's taxonomy keeps them (its topic table checks
 * the same shape): lower-case words of letters joined by single hyphens, such as
 * "sanitation" or "solid-waste". Every service that stores or filters by topic checks
 * against this one pattern, so no service takes a code the taxonomy could never hold.
 */
export const topicCodePattern = /^[a-z]+(-[a-z]+)*$/;

/** The longest topic code any service takes. */
export const MAX_TOPIC_CODE = 64;

export function isTopicCode(code: unknown): code is string {
  return typeof code === 'string' && code.length <= MAX_TOPIC_CODE && topicCodePattern.test(code);
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * Two-letter region codes that Intl names but that are no country of ISO 3166-1:
 * exceptionally reserved (EU, UN, UK, ...), withdrawn (SU, YU, ZR, ...) and
 * user-assigned (QO, XA, ZZ, ...). XK is kept: Kosovo's municipalities take part in
 * peer exchanges and every international body uses that code for them.
 */
const NOT_COUNTRIES = new Set('AC AN BU CP CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '));

/** The ISO 3166-1 alpha-2 code a text names (" gh " means "GH"), or null when it names no country. */
export function countryCode(value: string): string | null {
  const code = value.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== code && !NOT_COUNTRIES.has(code) ? code : null;
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
