// The checks what a municipality writes in a request passes before anything is stored:
// text lengths, topic codes, formats, ISO 639-1 languages and a time window in order.
// Every problem is collected, so a person fixing the form learns of all of them at
// once, and values come back in the form they are stored (trimmed, codes lower-case).
import { languageCode, Refusal, type UserError } from '@connect/kit';
import type { RequestContent } from './db/repository.ts';
import type { RequestRow } from './db/tables.ts';

const MAX_TITLE = 200;
const MAX_TEXT = 5000;
/** Reasons and notes of decisions, endorsements and withdrawals. */
export const MAX_NOTE = 2000;
const MAX_TOPICS = 10;
const MAX_LANGUAGES = 10;
const MAX_TOPIC_CODE = 60;
/** Topic codes of the knowledge taxonomy: lower-case words joined by hyphens, such as solid-waste. */
const topicCode = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Format = RequestRow['preferredFormats'][number];

/** The fields of a request as a client sends them; in an update any may be left out or null. */
export interface RequestContentInput {
  title?: string | null;
  challenge?: string | null;
  expectedOutcome?: string | null;
  topics?: readonly string[] | null;
  preferredFormats?: readonly Format[] | null;
  languages?: readonly string[] | null;
  earliestStart?: string | null;
  latestEnd?: string | null;
}

export class RequestInputCheck {
  readonly errors: UserError[] = [];

  /** Refuses the mutation with every problem found; does nothing when there is none. */
  done(): void {
    if (this.errors.length > 0) throw new Refusal([...this.errors]);
  }

  /** The content of a new request: everything but the time window is required. */
  draft(input: RequestContentInput): RequestContent {
    const content = {
      title: this.text('title', input.title, MAX_TITLE),
      challenge: this.text('challenge', input.challenge, MAX_TEXT),
      expectedOutcome: this.text('expectedOutcome', input.expectedOutcome, MAX_TEXT),
      topics: this.topics(input.topics),
      preferredFormats: this.formats(input.preferredFormats),
      languages: this.languages(input.languages),
      earliestStart: input.earliestStart ?? null,
      latestEnd: input.latestEnd ?? null,
    };
    this.window(content.earliestStart, content.latestEnd);
    return content;
  }

  /**
   * Changes to a draft: a field left out stays as it is, the window may be cleared
   * (null), and the window as it will be (changed or not) must still be in order.
   */
  changes(input: RequestContentInput, current: RequestRow): Partial<RequestContent> {
    const changes: Partial<RequestContent> = {};
    if (input.title !== undefined) changes.title = this.text('title', input.title, MAX_TITLE);
    if (input.challenge !== undefined) changes.challenge = this.text('challenge', input.challenge, MAX_TEXT);
    if (input.expectedOutcome !== undefined) changes.expectedOutcome = this.text('expectedOutcome', input.expectedOutcome, MAX_TEXT);
    if (input.topics !== undefined) changes.topics = this.topics(input.topics);
    if (input.preferredFormats !== undefined) changes.preferredFormats = this.formats(input.preferredFormats);
    if (input.languages !== undefined) changes.languages = this.languages(input.languages);
    if (input.earliestStart !== undefined) changes.earliestStart = input.earliestStart;
    if (input.latestEnd !== undefined) changes.latestEnd = input.latestEnd;
    this.window(
      changes.earliestStart !== undefined ? changes.earliestStart : current.earliestStart,
      changes.latestEnd !== undefined ? changes.latestEnd : current.latestEnd,
    );
    return changes;
  }

  /** Required text, trimmed, 1 to `max` characters. */
  text(field: string, value: string | null | undefined, max: number): string {
    const text = value?.trim() ?? '';
    if (text === '') return this.fail(field, `${field} is required and cannot be blank`, '');
    if (text.length > max) return this.fail(field, `${field} is at most ${max} characters, got ${text.length}`, text);
    return text;
  }

  /** Optional text: left out, null or blank is null. */
  note(field: string, value: string | null | undefined): string | null {
    if (!value?.trim()) return null;
    return this.text(field, value, MAX_NOTE);
  }

  /** The published criteria a validation checked: at least one, each once. */
  criteria<T extends string>(value: readonly T[]): T[] {
    if (value.length === 0) return this.fail('criteriaChecked', 'criteriaChecked needs at least one of the published criteria', []);
    return this.once('criteriaChecked', [...value]);
  }

  private topics(value: readonly string[] | null | undefined): string[] {
    const codes = (value ?? []).map((code) => code.trim());
    if (codes.length === 0) return this.fail('topics', 'topics needs at least one topic code', codes);
    if (codes.length > MAX_TOPICS) return this.fail('topics', `topics holds at most ${MAX_TOPICS} codes`, codes);
    for (const code of codes) {
      if (!topicCode.test(code) || code.length > MAX_TOPIC_CODE) {
        return this.fail('topics', `topics must be topic codes such as sanitation or solid-waste, got "${shown(code)}"`, codes);
      }
    }
    return this.once('topics', codes);
  }

  private formats(value: readonly Format[] | null | undefined): Format[] {
    const formats = [...(value ?? [])];
    if (formats.length === 0) return this.fail('preferredFormats', 'preferredFormats needs at least one format', formats);
    return this.once('preferredFormats', formats);
  }

  private languages(value: readonly string[] | null | undefined): string[] {
    const codes = (value ?? []).map((code) => code.trim().toLowerCase());
    if (codes.length === 0) return this.fail('languages', 'languages needs at least one language', codes);
    if (codes.length > MAX_LANGUAGES) return this.fail('languages', `languages holds at most ${MAX_LANGUAGES} languages`, codes);
    for (const code of codes) {
      if (languageCode(code) === null) {
        return this.fail('languages', `languages must be ISO 639-1 codes such as en or km, got "${shown(code)}"`, codes);
      }
    }
    return this.once('languages', codes);
  }

  private window(earliestStart: string | null, latestEnd: string | null): void {
    if (earliestStart !== null && latestEnd !== null && latestEnd <= earliestStart) {
      this.fail('latestEnd', `latestEnd (${latestEnd}) must be after earliestStart (${earliestStart})`, null);
    }
  }

  /** A list naming something twice is a slip the sender should see, not one to tidy away. */
  private once<T extends string>(field: string, values: T[]): T[] {
    const twice = values.find((value, i) => values.indexOf(value) !== i);
    return twice === undefined ? values : this.fail(field, `${field} names "${twice}" more than once`, values);
  }

  private fail<T>(field: string, message: string, value: T): T {
    this.errors.push({ code: 'INVALID_INPUT', message, field });
    return value;
  }
}

/** A value quoted back in a message, cut short when long. */
export function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
