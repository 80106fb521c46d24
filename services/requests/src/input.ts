// The requests service's input rules, on the kit's InputCheck: what a municipality
// writes in a request, and the notes of the secretariat's decisions. The checks
// themselves (text, topic codes, languages, time windows) are the kit's; here is how
// a request combines them: everything but the time window is required, a list names
// nothing twice, and the window ends after it starts, is still to come and is no
// slip of the keyboard (year 0001): DATE_IN_PAST, DATE_IMPLAUSIBLE.
import { InputCheck, todayUtc, type WindowEnd } from '@connect/kit';
import type { RequestContent } from './db/repository.ts';
import type { RequestRow } from './db/tables.ts';
import type { DraftRequestInput, UpdateRequestInput } from './generated/resolvers.ts';

const MAX_TITLE = 200;
const MAX_TEXT = 5000;
/** Reasons and notes of decisions, endorsements and withdrawals. */
export const MAX_NOTE = 2000;

type Format = RequestRow['preferredFormats'][number];

/** The content of a new request, or a Refusal naming every problem. */
export function readDraft(input: DraftRequestInput): RequestContent {
  const check = new InputCheck();
  const content = {
    title: check.text(input.title, 'title', MAX_TITLE)!,
    challenge: check.text(input.challenge, 'challenge', MAX_TEXT)!,
    expectedOutcome: check.text(input.expectedOutcome, 'expectedOutcome', MAX_TEXT)!,
    topics: check.topics(input.topics, 'topics'),
    preferredFormats: readFormats(check, input.preferredFormats),
    languages: check.languages(input.languages, 'languages', { repeats: 'refuse' }),
    earliestStart: input.earliestStart ?? null,
    latestEnd: input.latestEnd ?? null,
  };
  readWindow(check, content.earliestStart, content.latestEnd);
  check.futureWindow(windowEnds(content, ['earliestStart', 'latestEnd']), todayUtc());
  check.done();
  return content;
}

/**
 * Changes to a draft: a field left out stays as it is, the window may be cleared
 * (null), and the window as it will be (changed or not) must still be in order.
 */
export function readChanges(input: UpdateRequestInput, current: RequestRow): Partial<RequestContent> {
  const check = new InputCheck();
  const changes: Partial<RequestContent> = {};
  if (input.title !== undefined) changes.title = check.text(input.title, 'title', MAX_TITLE)!;
  if (input.challenge !== undefined) changes.challenge = check.text(input.challenge, 'challenge', MAX_TEXT)!;
  if (input.expectedOutcome !== undefined) changes.expectedOutcome = check.text(input.expectedOutcome, 'expectedOutcome', MAX_TEXT)!;
  if (input.topics !== undefined) changes.topics = check.topics(input.topics, 'topics');
  if (input.preferredFormats !== undefined) changes.preferredFormats = readFormats(check, input.preferredFormats);
  if (input.languages !== undefined) changes.languages = check.languages(input.languages, 'languages', { repeats: 'refuse' });
  if (input.earliestStart !== undefined) changes.earliestStart = input.earliestStart;
  if (input.latestEnd !== undefined) changes.latestEnd = input.latestEnd;
  readWindow(
    check,
    changes.earliestStart !== undefined ? changes.earliestStart : current.earliestStart,
    changes.latestEnd !== undefined ? changes.latestEnd : current.latestEnd,
  );
  // The ends changed now; submitRequest checks the whole window as it stands.
  check.futureWindow(windowEnds(changes, ['earliestStart', 'latestEnd'].filter((f) => f in changes) as WindowField[]), todayUtc());
  check.done();
  return changes;
}

/** A note of a decision, an endorsement or a withdrawal: left out, null or blank is none. */
export function readNote(check: InputCheck, value: string | null | undefined, field: string): string | null {
  return check.optionalText(value, field, MAX_NOTE);
}

/** The published criteria a validation checked: at least one, each once. */
export function readCriteria<T extends string>(check: InputCheck, value: readonly T[]): T[] {
  if (value.length === 0) return check.invalid('criteriaChecked needs at least one of the published criteria', 'criteriaChecked') ?? [];
  return check.once([...value], 'criteriaChecked');
}

function readFormats(check: InputCheck, value: readonly Format[] | null | undefined): Format[] {
  const formats = [...(value ?? [])];
  if (formats.length === 0) return check.invalid('preferredFormats needs at least one format', 'preferredFormats') ?? formats;
  return check.once(formats, 'preferredFormats');
}

function readWindow(check: InputCheck, earliestStart: string | null, latestEnd: string | null): void {
  check.window({ field: 'earliestStart', value: earliestStart }, { field: 'latestEnd', value: latestEnd }, { sameDay: false });
}

type WindowField = 'earliestStart' | 'latestEnd';

function windowEnds(content: Partial<Pick<RequestContent, WindowField>>, fields: readonly WindowField[]): WindowEnd[] {
  return fields.map((field) => ({ field, value: content[field] ?? null }));
}

/** The problems of a request's window as it stands, for submission: both ends still to come. */
export function windowProblems(request: Pick<RequestRow, WindowField>): InputCheck['errors'] {
  const check = new InputCheck();
  check.futureWindow(windowEnds(request, ['earliestStart', 'latestEnd']), todayUtc());
  return check.errors;
}

/** The problem of validating a request whose window has already ended, if it has. */
export function windowEnded(request: Pick<RequestRow, 'latestEnd' | 'reference'>): InputCheck['errors'] {
  const check = new InputCheck();
  const today = todayUtc();
  if (request.latestEnd && request.latestEnd < today) {
    check.refuse('DATE_IN_PAST', `Request ${request.reference} asked for an exchange by ${request.latestEnd}; that day has passed (today is ${today})`, 'latestEnd');
  }
  return check.errors;
}
