// What an official may declare, checked whole: every problem of the input comes back at
// once as a userError naming its field (topics[1].yearsOfExperience), so a form can
// show them all, and nothing is stored unless the whole declaration is sound.
import { languageCode, Refusal, type UserError } from '@connect/kit';
import type { Declaration } from './db/projections.ts';
import { boundedInt, optionalText } from './input.ts';
import type { DayWindow, ExchangeFormat, ExpertiseLevel } from './ranking.ts';

export interface DeclareExpertiseInput {
  topics: { topic: string; level: ExpertiseLevel; yearsOfExperience: number; summary?: string | null }[];
  summary?: string | null;
  languages: string[];
  availability: DayWindow[];
  formatsAccepted: ExchangeFormat[];
  maxConcurrentEngagements?: number | null;
}

export const declarationLimits = {
  topics: 20,
  languages: 10,
  windows: 20,
  summary: 2_000,
  topicSummary: 1_000,
  years: 60,
  engagements: 10,
} as const;

// Topic codes are checked by shape only: the taxonomy lives in the knowledge service,
// which tells no other service about its topics yet.
export const topicCode = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The declaration the input describes, or a Refusal listing everything wrong with it. */
export function readDeclaration(input: DeclareExpertiseInput): Declaration {
  const errors: UserError[] = [];
  const problem = (message: string, field: string) => errors.push({ code: 'INVALID_INPUT', message, field });
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      errors.push(...error.userErrors);
      return undefined;
    }
  };

  if (input.topics.length === 0) problem('Declare at least one topic.', 'topics');
  if (input.topics.length > declarationLimits.topics) problem(`Declare at most ${declarationLimits.topics} topics.`, 'topics');
  const seen = new Set<string>();
  const topics = input.topics.map((t, i) => {
    const field = `topics[${i}]`;
    const topic = t.topic.trim().toLowerCase();
    if (topic.length > 64 || !topicCode.test(topic)) problem(`${field}.topic must be a topic code such as sanitation or solid-waste.`, `${field}.topic`);
    else if (seen.has(topic)) problem(`The topic ${topic} is declared twice.`, `${field}.topic`);
    seen.add(topic);
    const years = attempt(() => boundedInt(t.yearsOfExperience, `${field}.yearsOfExperience`, 0, declarationLimits.years, 0));
    const summary = attempt(() => optionalText(t.summary, `${field}.summary`, declarationLimits.topicSummary));
    return { topic, level: t.level, yearsOfExperience: years ?? 0, summary: summary ?? null };
  });

  const summary = attempt(() => optionalText(input.summary, 'summary', declarationLimits.summary)) ?? null;

  if (input.languages.length > declarationLimits.languages) problem(`Declare at most ${declarationLimits.languages} languages.`, 'languages');
  const languages: string[] = [];
  input.languages.forEach((raw, i) => {
    const code = languageCode(raw);
    if (code === null) problem(`languages[${i}] must be an ISO 639-1 code such as en or fr.`, `languages[${i}]`);
    else if (!languages.includes(code)) languages.push(code);
  });

  if (input.availability.length > declarationLimits.windows) problem(`Declare at most ${declarationLimits.windows} availability windows.`, 'availability');
  input.availability.forEach((w, i) => {
    if (w.from > w.to) problem(`availability[${i}] ends (${w.to}) before it starts (${w.from}).`, `availability[${i}].to`);
  });
  const availability = [...input.availability].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (let i = 1; i < availability.length; i++) {
    const before = availability[i - 1]!;
    const window = availability[i]!;
    if (window.from <= before.to) {
      problem(`The availability windows ${before.from}..${before.to} and ${window.from}..${window.to} overlap; join them into one.`, 'availability');
    }
  }

  const maxConcurrentEngagements =
    attempt(() => boundedInt(input.maxConcurrentEngagements, 'maxConcurrentEngagements', 1, declarationLimits.engagements, 1)) ?? 1;

  if (errors.length > 0) throw new Refusal(errors);
  return {
    topics,
    summary,
    languages,
    availability: availability.map(({ from, to }) => ({ from, to })),
    formatsAccepted: [...new Set(input.formatsAccepted)],
    maxConcurrentEngagements,
  };
}
