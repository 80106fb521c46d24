// Ranking the expert pool for one open request. Pure: it sees only what it is given,
// reads no clock and no database, so the same pool and request always give the same
// shortlist, and it can be tested on its own. At scale it is given the candidates that
// src/db/candidates.ts picked in SQL, not the whole pool.
//
// Three steps. Hard filters first: a peer who fails one is never ranked, whatever the
// score. Then each remaining peer is assessed on the six factors of scoring.ts, every
// value with a sentence, and scored. Last, the best are taken, best score first, with
// no more than two from one municipality, so one large city cannot fill a shortlist,
// and no country more than half of it while peers from elsewhere qualify.
import { rankByScore, scoreMatch, type FactorAssessment, type MatchFactor, type MatchFactorKind } from './scoring.ts';

export const exchangeFormats = ['EXPERT_ASSIGNMENT', 'WORK_PLACEMENT', 'ROUNDTABLE', 'STUDY_VISIT'] as const;
export type ExchangeFormat = (typeof exchangeFormats)[number];

const expertiseLevels = ['PRACTITIONER', 'EXPERIENCED', 'EXPERT'] as const;
export type ExpertiseLevel = (typeof expertiseLevels)[number];

/** How many suggestions a run keeps unless told otherwise. */
export const DEFAULT_SHORTLIST_LENGTH = 10;
/** At most this many suggestions come from one municipality. */
export const MAX_PER_MUNICIPALITY = 2;
/** No country holds more than this share of a shortlist (rounded up) while peers from elsewhere qualify. */
export const MAX_SHARE_PER_COUNTRY = 0.5;

export interface MunicipalityContext {
  municipalityId: string;
  name: string;
  countryCode: string;
  /** CITY, TOWN, DISTRICT, ... as the municipalities service names it. */
  kind: string;
  population: number | null;
}

/** A stretch of days, both ends included, as YYYY-MM-DD. */
export interface DayWindow {
  from: string;
  to: string;
}

export interface OpenRequest {
  requestId: string;
  municipality: MunicipalityContext;
  topics: readonly string[];
  languages: readonly string[];
  preferredFormats: readonly string[];
  /** Null ends are open: no earliest start, no latest end. */
  earliestStart: string | null;
  latestEnd: string | null;
  challenge: string;
  /**
   * For each topic of the request, its parent and children in the two-level taxonomy
   * (the topic_parent reference table). Absent: only the request's own topics count.
   */
  topicNeighbours?: ReadonlyMap<string, readonly string[]>;
  /**
   * The function area and mandate of the official who speaks for the request, when
   * matching knows them: ROLE_SIMILARITY then asks whether the peer does the same job.
   */
  requester?: RequesterRole | null;
}

/** What an official's job is, as the directory names it. */
export interface RequesterRole {
  functionArea: string;
  mandate: string;
}

export interface DeclaredTopic {
  topic: string;
  level: ExpertiseLevel;
  yearsOfExperience: number;
  summary?: string | null;
}

/** One official of the pool with everything matching knows about them. */
export interface PoolExpert {
  officialId: string;
  municipality: MunicipalityContext;
  position: string;
  mandate: string;
  functionArea: string;
  /** Languages of the municipal profile together with those the official declared. */
  languages: readonly string[];
  summary: string | null;
  expertise: readonly DeclaredTopic[];
  availability: readonly DayWindow[];
  formatsAccepted: readonly string[];
  maxConcurrentEngagements: number;
  currentEngagements: number;
  completedExchanges: number;
  ratings: { count: number; mean: number | null };
}

/** Why a peer was left out before scoring. */
export type HardFilter =
  | 'SAME_COUNTRY'
  | 'NO_COMMON_LANGUAGE'
  | 'NOT_AVAILABLE'
  | 'NO_PREFERRED_FORMAT'
  | 'FULLY_ENGAGED'
  | 'ALREADY_MATCHED';

export interface RankingOptions {
  /** How many to keep; DEFAULT_SHORTLIST_LENGTH when omitted. */
  limit?: number;
  /** Officials this request already has a match with beyond a suggestion: never suggested again. */
  alreadyMatched?: ReadonlySet<string>;
  /** What each factor weighs; the defaults of scoring.ts when omitted. */
  weights?: Readonly<Record<MatchFactorKind, number>>;
}

export interface RankedExpert {
  officialId: string;
  municipalityId: string;
  rank: number;
  score: number;
  factors: MatchFactor[];
}

export interface Ranking {
  /** Best first, rank 1 first. */
  shortlist: RankedExpert[];
  /** Peers left out by a hard filter, with every filter they fail. */
  excluded: { officialId: string; filters: HardFilter[] }[];
  /** Eligible peers passed over because their municipality, or their country, already had its share. */
  heldBackForDiversity: string[];
}

export function rankExperts(request: OpenRequest, pool: readonly PoolExpert[], options: RankingOptions = {}): Ranking {
  const limit = options.limit ?? DEFAULT_SHORTLIST_LENGTH;
  const alreadyMatched = options.alreadyMatched ?? new Set<string>();
  const excluded: Ranking['excluded'] = [];
  const scored: Omit<RankedExpert, 'rank'>[] = [];
  // Sorted by id first, so that equal scores fall in an order that does not depend on
  // the order the pool was read in.
  for (const expert of [...pool].sort((a, b) => compareText(a.officialId, b.officialId))) {
    const filters = failedHardFilters(request, expert, alreadyMatched);
    if (filters.length > 0) {
      excluded.push({ officialId: expert.officialId, filters });
      continue;
    }
    const { score, factors } = scoreMatch(assessExpert(request, expert), options.weights);
    scored.push({ officialId: expert.officialId, municipalityId: expert.municipality.municipalityId, score, factors });
  }

  // Diversity: at most MAX_PER_MUNICIPALITY from one municipality, always; and no country
  // more than half of the shortlist while peers from elsewhere qualify. Those a country's
  // share held back fill the places that no one from elsewhere could take, best first.
  const countryOf = new Map(pool.map((e) => [e.officialId, e.municipality.countryCode]));
  const countryCap = Math.ceil(limit * MAX_SHARE_PER_COUNTRY);
  const perMunicipality = new Map<string, number>();
  const perCountry = new Map<string, number>();
  const chosen: typeof scored = [];
  const heldBackForDiversity: string[] = [];
  const heldBackByCountry: typeof scored = [];
  const take = (candidate: (typeof scored)[number]) => {
    perMunicipality.set(candidate.municipalityId, (perMunicipality.get(candidate.municipalityId) ?? 0) + 1);
    const country = countryOf.get(candidate.officialId)!;
    perCountry.set(country, (perCountry.get(country) ?? 0) + 1);
    chosen.push({ officialId: candidate.officialId, municipalityId: candidate.municipalityId, score: candidate.score, factors: candidate.factors });
  };
  for (const candidate of rankByScore(scored)) {
    if (chosen.length === limit) break;
    if ((perMunicipality.get(candidate.municipalityId) ?? 0) >= MAX_PER_MUNICIPALITY) {
      heldBackForDiversity.push(candidate.officialId);
    } else if ((perCountry.get(countryOf.get(candidate.officialId)!) ?? 0) >= countryCap) {
      heldBackByCountry.push(candidate);
    } else {
      take(candidate);
    }
  }
  for (const candidate of heldBackByCountry) {
    if (chosen.length < limit && (perMunicipality.get(candidate.municipalityId) ?? 0) < MAX_PER_MUNICIPALITY) take(candidate);
    else heldBackForDiversity.push(candidate.officialId);
  }
  return { shortlist: rankByScore(chosen), excluded, heldBackForDiversity };
}

// ---------------------------------------------------------------------------
// Hard filters

/**
 * Every hard filter the peer fails for this request; empty when they may be ranked.
 * An official who declared no availability is not available: matching proposes work
 * to people, and silence is not consent.
 */
export function failedHardFilters(request: OpenRequest, expert: PoolExpert, alreadyMatched: ReadonlySet<string> = new Set()): HardFilter[] {
  const failed: HardFilter[] = [];
  if (expert.municipality.countryCode === request.municipality.countryCode) failed.push('SAME_COUNTRY');
  if (commonLanguages(request, expert).length === 0) failed.push('NO_COMMON_LANGUAGE');
  if (!isAvailable(request, expert.availability)) failed.push('NOT_AVAILABLE');
  if (!acceptsPreferredFormat(request, expert.formatsAccepted)) failed.push('NO_PREFERRED_FORMAT');
  if (expert.currentEngagements >= expert.maxConcurrentEngagements) failed.push('FULLY_ENGAGED');
  if (alreadyMatched.has(expert.officialId)) failed.push('ALREADY_MATCHED');
  return failed;
}

function commonLanguages(request: Pick<OpenRequest, 'languages'>, expert: Pick<PoolExpert, 'languages'>): string[] {
  const spoken = new Set(expert.languages.map((l) => l.toLowerCase()));
  return request.languages.filter((l) => spoken.has(l.toLowerCase()));
}

/** At least one day of a declared window falls within the request's window. */
function isAvailable(request: Pick<OpenRequest, 'earliestStart' | 'latestEnd'>, windows: readonly DayWindow[]): boolean {
  // YYYY-MM-DD compares as text in calendar order.
  return windows.some(
    (w) => (request.latestEnd === null || w.from <= request.latestEnd) && (request.earliestStart === null || w.to >= request.earliestStart),
  );
}

/** A request that names no format takes any; otherwise the peer must accept one it names. */
function acceptsPreferredFormat(request: Pick<OpenRequest, 'preferredFormats'>, formatsAccepted: readonly string[]): boolean {
  if (formatsAccepted.length === 0) return false;
  if (request.preferredFormats.length === 0) return true;
  return request.preferredFormats.some((f) => formatsAccepted.includes(f));
}

// ---------------------------------------------------------------------------
// The six factors

function assessExpert(request: OpenRequest, expert: PoolExpert): Record<MatchFactorKind, FactorAssessment> {
  return {
    TOPIC_FIT: topicFit(request, expert),
    TEXT_RELEVANCE: textRelevance(request, expert),
    ROLE_SIMILARITY: roleSimilarity(request, expert),
    CONTEXT_SIMILARITY: contextSimilarity(request.municipality, expert.municipality),
    EXPERIENCE: experience(expert),
    FAIRNESS: fairness(expert),
  };
}

const levelCredit: Record<ExpertiseLevel, number> = { PRACTITIONER: 0.6, EXPERIENCED: 0.8, EXPERT: 1 };
/** Years beyond this add nothing more. */
const yearsForFullCredit = 15;

/** Part of the credit a parent or child of a request's topic earns, against the topic itself. */
export const NEIGHBOUR_TOPIC_CREDIT = 0.5;

/**
 * Credit for the request's topics, weighed by level and years. The best topic counts
 * most (one deep match makes a useful peer), the share of topics covered the rest. A
 * parent or child of a request's topic in the taxonomy (water for sanitation, drainage
 * for water) earns NEIGHBOUR_TOPIC_CREDIT of what the topic itself would.
 */
export function topicFit(request: Pick<OpenRequest, 'topics' | 'topicNeighbours'>, expert: Pick<PoolExpert, 'expertise'>): FactorAssessment {
  if (request.topics.length === 0) return { value: 0, explanation: 'The request names no topic to compare with.' };
  const declared = new Map(expert.expertise.map((e) => [e.topic, e]));
  const credit = (e: DeclaredTopic) => levelCredit[e.level] * (0.5 + (0.5 * Math.min(e.yearsOfExperience, yearsForFullCredit)) / yearsForFullCredit);
  const matched: { topic: string; via: DeclaredTopic; credit: number }[] = [];
  for (const topic of request.topics) {
    const own = declared.get(topic);
    if (own) {
      matched.push({ topic, via: own, credit: credit(own) });
      continue;
    }
    const neighbours = (request.topicNeighbours?.get(topic) ?? []).flatMap((code) => declared.get(code) ?? []);
    const best = neighbours.map((e) => ({ topic, via: e, credit: NEIGHBOUR_TOPIC_CREDIT * credit(e) })).sort((a, b) => b.credit - a.credit)[0];
    if (best) matched.push(best);
  }
  if (matched.length === 0) {
    return { value: 0, explanation: `Declares none of the topics of the request (${request.topics.join(', ')}).` };
  }
  const credits = matched.map((m) => m.credit);
  const best = Math.max(...credits);
  const coverage = credits.reduce((sum, c) => sum + c, 0) / request.topics.length;
  const what = listed(
    matched.map((m) => `${m.via.level} level in ${m.via.topic} (${plural(m.via.yearsOfExperience, 'year')})${m.via.topic === m.topic ? '' : `, a neighbouring topic of ${m.topic}`}`),
  );
  const share = request.topics.length === 1 ? 'the topic of the request' : `${matched.length} of the ${request.topics.length} topics of the request`;
  return { value: unit(0.7 * best + 0.3 * coverage), explanation: `Declares ${what}: ${share}.` };
}

/**
 * How many words the peer's own summaries share with the request's challenge, as the
 * cosine of the two sets of words (shared / √(challenge words × summary words)): a long
 * summary does not win by length alone, and neither does a one-word one.
 */
export function textRelevance(request: Pick<OpenRequest, 'challenge'>, expert: Pick<PoolExpert, 'summary' | 'expertise'>): FactorAssessment {
  const ownWords = [expert.summary, ...expert.expertise.map((e) => e.summary)].filter((t): t is string => Boolean(t?.trim()));
  if (ownWords.length === 0) return { value: 0, explanation: "Has written no summary to compare with the request's challenge." };
  const challenge = contentWords(request.challenge);
  const summary = contentWords(ownWords.join(' '));
  const shared = [...challenge.keys()].filter((stem) => summary.has(stem));
  if (shared.length === 0 || challenge.size === 0) {
    return { value: 0, explanation: "Their summary shares no word with the request's challenge." };
  }
  const value = shared.length / Math.sqrt(challenge.size * summary.size);
  const shown = shared.slice(0, 6).map((stem) => challenge.get(stem)!);
  const more = shared.length > shown.length ? ` and ${shared.length - shown.length} more` : '';
  return {
    value: unit(value),
    explanation: `Their summary shares ${plural(shared.length, 'word')} with the request's challenge: ${shown.join(', ')}${more}.`,
  };
}

/**
 * Whether the peer does the job the request is about: the words of their function area
 * (WATER_AND_SANITATION: water, sanitation) in the request's topics count most, in its
 * challenge less, and a position whose title echoes the request adds a little. The
 * requester's own mandate and function area would make this "same job" exactly, but the
 * RequestValidated event does not carry the contact official (see the service README).
 */
export function roleSimilarity(
  request: Pick<OpenRequest, 'topics' | 'challenge' | 'requester'>,
  expert: Pick<PoolExpert, 'functionArea' | 'position' | 'mandate'>,
): FactorAssessment {
  const areaName = expert.functionArea.toLowerCase().replaceAll('_', ' ');
  const area = areaName.split(' ').filter((w) => w !== 'and');
  const topicWords = request.topics.flatMap((t) => t.toLowerCase().split('-'));
  const challenge = contentWords(request.challenge);
  const inTopics = area.some((word) => topicWords.some((t) => relatedWords(word, t)));
  const inChallenge = area.some((word) => challenge.has(stem(word)));
  const position = contentWords(expert.position);
  const echoed = [...position.keys()].some((w) => challenge.has(w) || topicWords.some((t) => relatedWords(w, t)));
  const base = inTopics ? 0.8 : inChallenge ? 0.5 : 0;
  const titled = echoed ? '; the title of their position echoes the request' : '';
  const requester = request.requester;
  if (requester) {
    // The peer's job against the requester's: same function area counts most, then
    // the same mandate (elected or staff), then the words of the request.
    const sameArea = expert.functionArea === requester.functionArea;
    const sameMandate = expert.mandate === requester.mandate;
    const area = sameArea ? 1 : base;
    const job = sameArea
      ? `Works in ${areaName}, as the requester does`
      : `Works in ${areaName}, the requester in ${requester.functionArea.toLowerCase().replaceAll('_', ' ')}${base > 0 ? ', a field the request names' : ''}`;
    const mandate = sameMandate ? `; ${mandateName(expert.mandate)}, like the requester` : `; ${mandateName(expert.mandate)}, the requester ${mandateName(requester.mandate)}`;
    return { value: unit(0.6 * area + (sameMandate ? 0.2 : 0) + (echoed ? 0.2 : 0)), explanation: `${job}${mandate}${titled}.` };
  }
  const where = inTopics
    ? `Works in ${areaName}, which the topics of the request name`
    : inChallenge
      ? `Works in ${areaName}, which the request's challenge mentions`
      : `Works in ${areaName}, which neither the topics nor the challenge of the request name`;
  return { value: unit(base + (echoed ? 0.2 : 0)), explanation: `${where}${titled}.` };
}

/** ELECTED or STAFF as a sentence says it. */
function mandateName(mandate: string): string {
  return mandate === 'ELECTED' ? 'an elected official' : mandate === 'STAFF' ? 'a member of staff' : mandate.toLowerCase().replaceAll('_', ' ');
}

/** Two words are related when one contains the other (tourism, ecotourism), short words aside. */
function relatedWords(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return a === b;
  return a.includes(b) || b.includes(a);
}

/**
 * A municipality like the requester's: the same kind counts for 40%, size for 60%,
 * on a log scale (1,000 against 10,000 is as far apart as 100,000 against 1,000,000),
 * nothing left at a hundredfold difference. An unknown size counts at the midpoint.
 */
export function contextSimilarity(requester: MunicipalityContext, peer: MunicipalityContext): FactorAssessment {
  const sameKind = requester.kind === peer.kind;
  const kinds = sameKind ? 'the same kind of municipality' : 'different kinds of municipality';
  const describe = (m: MunicipalityContext) =>
    `${m.name} (${m.kind.toLowerCase().replaceAll('_', ' ')}${m.population === null ? '' : `, about ${m.population.toLocaleString('en-US')} inhabitants`})`;
  let size: number;
  let sizes: string;
  if (requester.population === null || peer.population === null || requester.population <= 0 || peer.population <= 0) {
    size = 0.5;
    sizes = 'the size of one of them is not known';
  } else {
    const apart = Math.abs(Math.log10(peer.population) - Math.log10(requester.population));
    size = Math.max(0, 1 - apart / 2);
    const times = Math.round(10 ** apart);
    sizes = times < 2 ? 'of about the same size' : `one about ${times} times the size of the other`;
  }
  return {
    value: unit(0.4 * (sameKind ? 1 : 0) + 0.6 * size),
    explanation: `${describe(peer)} and ${describe(requester)} are ${kinds}, ${sizes}.`,
  };
}

/** Exchanges completed on the platform saturate at this many. */
const completedForFullCredit = 4;

/**
 * A newcomer counts at the midpoint, so that the first exchanges are not ranked out of
 * the pool; completed exchanges add up to 0.2 and the mean rating moves it by up to
 * 0.3 either way, so a peer rated poorly ranks below a newcomer.
 */
export function experience(expert: Pick<PoolExpert, 'completedExchanges' | 'ratings'>): FactorAssessment {
  const { completedExchanges: done, ratings } = expert;
  if (done === 0 && ratings.count === 0) {
    return { value: 0.5, explanation: 'No completed exchange and no rating on the platform yet: counted at the neutral midpoint.' };
  }
  const completion = Math.min(done, completedForFullCredit) / completedForFullCredit;
  const rating = ratings.count > 0 && ratings.mean !== null ? (ratings.mean - 3) / 2 : 0;
  const rated =
    ratings.count > 0 && ratings.mean !== null
      ? `rated ${ratings.mean.toFixed(1)} of 5 on average in ${plural(ratings.count, 'evaluation')}`
      : 'not rated yet';
  return {
    value: unit(0.5 + 0.2 * completion + 0.3 * rating),
    explanation: `Took part in ${plural(done, 'completed exchange')} on the platform, ${rated}.`,
  };
}

/** Fewer current engagements rank higher, to share the work across the pool. */
export function fairness(expert: Pick<PoolExpert, 'currentEngagements'>): FactorAssessment {
  const n = expert.currentEngagements;
  if (n === 0) return { value: 1, explanation: 'No current engagement on the platform.' };
  return {
    value: unit(1 / (1 + n)),
    explanation: `Already engaged in ${plural(n, 'exchange')} on the platform; peers with fewer engagements rank higher, to share the work.`,
  };
}

// ---------------------------------------------------------------------------
// Words

// Common English words that carry no subject. Requests and summaries are written in
// English on the platform today; other languages would each need their own list.
const stopWords = new Set(
  (
    'about after again all also and any are around because been before being between both but can could did does doing done ' +
    'down during each even every few for from further had has have having her here hers him his how into its itself just ' +
    'many more most much must need needs new nor not now off once one only other our ours out over own same she should some ' +
    'such than that the their theirs them then there these they this those through too under until upon very was way well ' +
    'were what when where which while who whom why will with within without would yet you your day days year years'
  ).split(' '),
);

/** Lower case, accents off, and a plural "s" dropped: toilets and toilet are one word. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The words of a text that carry meaning, by stem, each with the form it first had. */
export function contentWords(text: string): ReadonlyMap<string, string> {
  // Every candidate is compared with the same challenge: its words are worked out once.
  if (text === lastText) return lastWords;
  const words = new Map<string, string>();
  const plain = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  for (const word of plain.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 3 || stopWords.has(word) || /^\d+$/.test(word)) continue;
    const key = stem(word);
    if (!words.has(key)) words.set(key, word);
  }
  [lastText, lastWords] = [text, words];
  return words;
}
let lastText = '';
let lastWords: ReadonlyMap<string, string> = new Map();

// ---------------------------------------------------------------------------
// Small pieces of wording and arithmetic

/** Clamped to 0..1 and kept to 4 decimals, like contributions. */
function unit(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 10_000) / 10_000;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
