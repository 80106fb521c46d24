// The matching service's input rules, on the kit's InputCheck: what an official may
// declare, checked whole. Every problem comes back at once as a userError naming its
// field (topics[1].yearsOfExperience), so a form can show them all, and nothing is
// stored unless the whole declaration is sound. The checks themselves (topic codes,
// languages, windows, numbers, text) are the kit's; here is how a declaration combines
// them: each topic once, availability windows that do not overlap.
import { InputCheck } from '@connect/kit';
import type { Declaration } from './db/projections.ts';
import type { DeclareExpertiseInput } from './generated/resolvers.ts';

export const declarationLimits = {
  topics: 20,
  languages: 10,
  windows: 20,
  summary: 2_000,
  topicSummary: 1_000,
  years: 60,
  engagements: 10,
} as const;

/** The declaration the input describes, or a Refusal listing everything wrong with it. */
export function readDeclaration(input: DeclareExpertiseInput): Declaration {
  const check = new InputCheck();

  if (input.topics.length === 0) check.invalid('Declare at least one topic.', 'topics');
  if (input.topics.length > declarationLimits.topics) check.invalid(`Declare at most ${declarationLimits.topics} topics.`, 'topics');
  const seen = new Set<string>();
  const topics = input.topics.map((t, i) => {
    const field = `topics[${i}]`;
    const topic = check.topic(t.topic.toLowerCase(), `${field}.topic`);
    if (topic !== null && seen.has(topic)) check.invalid(`The topic ${topic} is declared twice.`, `${field}.topic`);
    if (topic !== null) seen.add(topic);
    const years = check.wholeNumber(t.yearsOfExperience, `${field}.yearsOfExperience`, 0, declarationLimits.years);
    const summary = check.optionalText(t.summary, `${field}.summary`, declarationLimits.topicSummary);
    return { topic: topic ?? '', level: t.level, yearsOfExperience: years ?? 0, summary };
  });

  const summary = check.optionalText(input.summary, 'summary', declarationLimits.summary);

  if (input.languages.length > declarationLimits.languages) check.invalid(`Declare at most ${declarationLimits.languages} languages.`, 'languages');
  const languages = [...new Set(input.languages.map((raw, i) => check.language(raw, `languages[${i}]`)))].filter((code) => code !== null);

  if (input.availability.length > declarationLimits.windows) check.invalid(`Declare at most ${declarationLimits.windows} availability windows.`, 'availability');
  input.availability.forEach((w, i) => check.window({ field: `availability[${i}].from`, value: w.from }, { field: `availability[${i}].to`, value: w.to }));
  const availability = [...input.availability].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (let i = 1; i < availability.length; i++) {
    const before = availability[i - 1]!;
    const window = availability[i]!;
    if (window.from <= before.to) {
      check.invalid(`The availability windows ${before.from}..${before.to} and ${window.from}..${window.to} overlap; join them into one.`, 'availability');
    }
  }

  const maxConcurrentEngagements =
    check.wholeNumber(input.maxConcurrentEngagements ?? 1, 'maxConcurrentEngagements', 1, declarationLimits.engagements) ?? 1;

  check.done();
  return {
    topics,
    summary,
    languages,
    availability: availability.map(({ from, to }) => ({ from, to })),
    formatsAccepted: [...new Set(input.formatsAccepted)],
    maxConcurrentEngagements,
  };
}
