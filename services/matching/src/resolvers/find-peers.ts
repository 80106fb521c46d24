// findPeers: the secretariat searches the expert pool for criteria that need not be a
// request yet. The same path as a run for a request (SQL candidates, then ranking.ts
// with its hard filters and explanations), nothing stored, paged by rank.
import { BadUserInputError, encodeCursor, isTopicCode, isUuid, languageCode, pageRequest, requireRole, type Connection } from '@connect/kit';
import { topicNeighbours } from '../db/candidates.ts';
import { ExpertPoolRepository } from '../db/projections.ts';
import type { Context } from '../context.ts';
import type { PeerConnectionResolvers, PeerCriteria, PeerSuggestionResolvers, QueryFindPeersArgs } from '../generated/resolvers.ts';
import type { ExchangeFormat, OpenRequest } from '../ranking.ts';
import type { MatchFactor } from '../scoring.ts';
import { rankCandidates } from '../shortlist.ts';

/** Ranks beyond this are not reachable: a search is for a shortlist, not an export of the pool. */
const FIND_PEERS_REACH = 200;
const limits = { topics: 10, languages: 10, challenge: 1_000 } as const;
/** A search is no request: nobody is already matched with it. */
const NO_REQUEST = '00000000-0000-0000-0000-000000000000';

export interface PeerSuggestion {
  rank: number;
  score: number;
  officialId: string;
  factors: MatchFactor[];
}

export async function findPeers(
  _: unknown,
  args: QueryFindPeersArgs,
  ctx: Context,
): Promise<PeerPage> {
  requireRole(ctx.viewer, ['STAFF'], 'search the expert pool');
  const page = pageRequest(args, { sort: (rank) => /^[1-9]\d{0,2}$/.test(rank) && Number(rank) <= FIND_PEERS_REACH });
  const skip = page.after ? Number(page.after.sort) : 0;
  const criteria = readCriteria(args.criteria);
  const pool = new ExpertPoolRepository(ctx.db);
  const municipality = await pool.municipality(criteria.municipalityId);
  if (!municipality) {
    throw new BadUserInputError(`Municipality ${criteria.municipalityId} is not known to matching.`, 'criteria.municipalityId');
  }
  const wanted = Math.min(skip + page.limit, FIND_PEERS_REACH);

  const request: OpenRequest = {
    requestId: NO_REQUEST,
    municipality,
    topics: criteria.topics,
    languages: criteria.languages,
    preferredFormats: criteria.formats,
    earliestStart: criteria.earliestStart,
    latestEnd: criteria.latestEnd,
    challenge: criteria.challenge,
    topicNeighbours: await topicNeighbours(ctx.db, criteria.topics),
  };
  // One more than the page, to know whether another follows; twice as many candidates,
  // so that the two-per-municipality cap still leaves enough.
  const rank = (limit: number) => rankCandidates(ctx.db, request, { limit, candidates: Math.max(100, 2 * limit), weights: ctx.settings.weights });
  // How many the reach holds: ranked again only when a client asks for totalCount and the page did not see the end.
  const reach = async () => (await rank(FIND_PEERS_REACH)).shortlist.length;
  if (skip >= wanted) return { edges: [], nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: reach };
  const ranking = await rank(wanted + 1);
  const nodes = ranking.shortlist.slice(skip, wanted).map((s) => ({ rank: s.rank, score: s.score, officialId: s.officialId, factors: s.factors }));
  const edges = nodes.map((node) => ({ cursor: encodeCursor(String(node.rank), node.officialId), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: ranking.shortlist.length > wanted && wanted < FIND_PEERS_REACH, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: ranking.shortlist.length > wanted ? reach : async () => ranking.shortlist.length,
  };
}

/** What PeerConnection resolves from: a page of ranked peers, counted only when asked. */
export type PeerPage = Connection<PeerSuggestion>;

export const PeerConnection: PeerConnectionResolvers = {
  totalCount: (c) => c.totalCount?.() ?? c.nodes.length,
};

export const PeerSuggestion: PeerSuggestionResolvers = {
  official: (s) => ({ __typename: 'Official', id: s.officialId }),
};

interface Criteria {
  municipalityId: string;
  topics: string[];
  challenge: string;
  languages: string[];
  formats: ExchangeFormat[];
  earliestStart: string | null;
  latestEnd: string | null;
}

/** The criteria, checked; the first problem is refused as BAD_USER_INPUT naming its field. */
function readCriteria(input: PeerCriteria): Criteria {
  const bad = (message: string, field: string): never => {
    throw new BadUserInputError(message, `criteria.${field}`);
  };
  if (!isUuid(input.municipalityId)) bad('municipalityId must be a UUID.', 'municipalityId');
  if (input.topics.length < 1 || input.topics.length > limits.topics) bad(`Give 1 to ${limits.topics} topics.`, 'topics');
  const topics = [...new Set(input.topics.map((t) => t.trim().toLowerCase()))];
  topics.forEach((t, i) => {
    if (!isTopicCode(t)) bad(`topics[${i}] must be a topic code such as sanitation or solid-waste.`, `topics[${i}]`);
  });
  if (input.languages.length < 1 || input.languages.length > limits.languages) bad(`Give 1 to ${limits.languages} languages.`, 'languages');
  const languages = [...new Set(input.languages.map((l) => l.trim().toLowerCase()))];
  languages.forEach((l, i) => {
    if (languageCode(l) === null) bad(`languages[${i}] must be an ISO 639-1 code such as en or fr.`, `languages[${i}]`);
  });
  const challenge = input.challenge?.trim() ?? '';
  if (challenge.length > limits.challenge) bad(`challenge is at most ${limits.challenge.toLocaleString('en-US')} characters.`, 'challenge');
  const earliestStart = input.earliestStart ?? null;
  const latestEnd = input.latestEnd ?? null;
  if (earliestStart && latestEnd && earliestStart > latestEnd) bad('earliestStart must not be after latestEnd.', 'earliestStart');
  return {
    municipalityId: input.municipalityId.toLowerCase(),
    topics,
    challenge,
    languages,
    formats: [...new Set(input.formats ?? [])],
    earliestStart,
    latestEnd,
  };
}
