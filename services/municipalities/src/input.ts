// The checks a mutation's input passes before anything is written: text lengths, ISO
// codes of countries and languages, contact details. A check collects every problem it
// finds, so that a person fixing a form learns of all of them at once, and hands back
// the value in the form it is stored (trimmed, codes in their canonical case).
import { isEmailAddress, isUuid, languageCode, Refusal, retiredLanguageCodes, type UserError } from '@connect/kit';

/** The longest name, position or region the directory keeps. */
const MAX_TEXT = 200;
const MAX_ACRONYM = 20;
const MAX_LANGUAGES = 10;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * Two-letter region codes that Intl names but that are no country of ISO 3166-1:
 * exceptionally reserved (EU, UN, UK, ...), withdrawn (SU, YU, ZR, ...) and
 * user-assigned (QO, XA, ZZ, ...). XK is kept: Kosovo's municipalities take part in
 * peer exchanges and every international body uses that code for them.
 */
const NOT_COUNTRIES = new Set(
  'AC AN BU CP CS DD DG DY EA EU EZ FX HV IC NH QO RH SU TA TP UK UN VD XA XB YD YU ZR ZZ'.split(' '),
);

export class InputCheck {
  readonly errors: UserError[] = [];

  /** Refuses the mutation with every problem found; does nothing when there is none. */
  done(): void {
    if (this.errors.length > 0) throw new Refusal([...this.errors]);
  }

  /** Required text, trimmed, 1 to `max` characters. */
  text(field: string, value: string | null | undefined, max = MAX_TEXT): string {
    const text = value?.trim() ?? '';
    if (text === '') return this.fail(field, `${field} is required and cannot be blank`, '');
    if (text.length > max) return this.fail(field, `${field} is at most ${max} characters`, text);
    return text;
  }

  /** Optional text: left out (or null) is null; blank is refused rather than stored. */
  optionalText(field: string, value: string | null | undefined, max = MAX_TEXT): string | null {
    if (value === undefined || value === null) return null;
    return this.text(field, value, max);
  }

  acronym(field: string, value: string | null | undefined): string | null {
    return this.optionalText(field, value, MAX_ACRONYM);
  }

  /** A value the schema lets a client null out, but the record cannot do without. */
  present<T>(field: string, value: T | null | undefined): T {
    if (value === null || value === undefined) return this.fail(field, `${field} cannot be removed`, value as T);
    return value;
  }

  /** A UUID, in its stored (lower-case) form. */
  id(field: string, value: string | null | undefined): string {
    if (!value || !isUuid(value)) return this.fail(field, `${field} must be a UUID`, '');
    return value.toLowerCase();
  }

  /** ISO 3166-1 alpha-2, stored upper-case. */
  countryCode(field: string, value: string): string {
    const code = value.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code) || regionNames.of(code) === code || NOT_COUNTRIES.has(code)) {
      return this.fail(field, `${field} must be an ISO 3166-1 alpha-2 country code such as GH or NL, got "${shown(value)}"`, code);
    }
    return code;
  }

  /** ISO 639-1 codes, stored lower-case, in the order given, each once; 1 to 10 of them. */
  languages(field: string, value: readonly string[] | null | undefined): string[] {
    const codes = [...new Set((value ?? []).map((code) => code.trim().toLowerCase()))];
    if (codes.length === 0) return this.fail(field, `${field} needs at least one language`, codes);
    if (codes.length > MAX_LANGUAGES) return this.fail(field, `${field} holds at most ${MAX_LANGUAGES} languages`, codes);
    for (const code of codes) {
      const current = retiredLanguageCodes[code];
      if (current) return this.fail(field, `"${code}" is a retired language code; use "${current}"`, codes);
      if (languageCode(code) === null) {
        return this.fail(field, `${field} must hold ISO 639-1 language codes such as en or es, got "${shown(code)}"`, codes);
      }
    }
    return codes;
  }

  /** Inhabitants: a whole number, zero or more, or unknown (null). */
  population(field: string, value: number | null | undefined): number | null {
    if (value === undefined || value === null) return null;
    if (value < 0) return this.fail(field, `${field} cannot be negative`, value);
    return value;
  }

  /** A work email address (internationalised ones too, see the kit's isEmailAddress), or none (null). */
  email(field: string, value: string | null | undefined): string | null {
    if (value === undefined || value === null) return null;
    const email = value.trim();
    if (!isEmailAddress(email)) {
      return this.fail(field, `${field} must be an email address such as name@town.example, got "${shown(value)}"`, email);
    }
    return email;
  }

  /** An international phone number: +, then digits and spaces, 7 to 20 digits; or none (null). */
  phone(field: string, value: string | null | undefined): string | null {
    if (value === undefined || value === null) return null;
    const phone = value.trim().replace(/ {2,}/g, ' ');
    const digits = phone.replace(/\D/g, '').length;
    if (!/^\+[\d ]+$/.test(phone) || digits < 7 || digits > 20) {
      return this.fail(
        field,
        `${field} must be an international number: + and the country code, then digits and spaces (7 to 20 digits), got "${shown(value)}"`,
        phone,
      );
    }
    return phone;
  }

  /** Records a problem; the value returned lets the caller go on checking the other fields. */
  private fail<T>(field: string, message: string, value: T): T {
    this.errors.push({ code: 'INVALID_INPUT', message, field });
    return value;
  }
}

/** Input echoed in a message, cut short. */
function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
