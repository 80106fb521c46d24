// Checks a mutation's input and collects every refusal at once, so that a form can
// show all its mistakes together; `done` refuses the mutation when any was found.
import { isUuid, Refusal, type UserError } from '@connect/kit';
import { languageCode } from './languages.ts';

export class InputCheck {
  readonly errors: UserError[] = [];

  refuse(code: string, message: string, field: string): null {
    this.errors.push({ code, message, field });
    return null;
  }

  /** A UUID in its stored (lower-case) form. */
  id(value: string, field: string): string | null {
    return isUuid(value) ? value.toLowerCase() : this.refuse('INVALID_INPUT', `${field} must be a UUID`, field);
  }

  /** Distinct UUIDs, at most `max` of them. */
  ids(values: readonly string[], field: string, max: number): string[] {
    if (values.length > max) return this.refuse('INVALID_INPUT', `${field} holds at most ${max} ids`, field) ?? [];
    if (!values.every(isUuid)) return this.refuse('INVALID_INPUT', `${field} must hold UUIDs only`, field) ?? [];
    return [...new Set(values.map((v) => v.toLowerCase()))];
  }

  /** Trimmed text of 1 to `max` characters. */
  text(value: string, field: string, max: number): string | null {
    const text = value.trim();
    if (text.length === 0) return this.refuse('INVALID_INPUT', `${field} must not be empty`, field);
    if (text.length > max) return this.refuse('INVALID_INPUT', `${field} is at most ${max} characters, got ${text.length}`, field);
    return text;
  }

  /** Like `text`, but absent or blank means none. */
  optionalText(value: string | null | undefined, field: string, max: number): string | null {
    return value == null || value.trim() === '' ? null : this.text(value, field, max);
  }

  language(value: string, field: string): string | null {
    return languageCode(value) ?? this.refuse('INVALID_INPUT', `${field} must be an ISO 639-1 language code such as en`, field);
  }

  /** Refuses the mutation, rolling back whatever it wrote, when a check failed. */
  done(): void {
    if (this.errors.length > 0) throw new Refusal(this.errors);
  }
}
