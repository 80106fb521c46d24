// Running matching for one request: read the request, let PostgreSQL pick the few
// hundred best candidates among the eligible (src/db/candidates.ts), rank those in full
// with explanations, and store the shortlist as SUGGESTED matches. The runMatching mutation and the RequestValidated
// handler both come here, inside their own transaction.
import type { Executor, UserError } from '@connect/kit';
import { candidateExperts, topicNeighbours } from './db/candidates.ts';
import { ExpertPoolRepository, openRequestFor } from './db/projections.ts';
import { MatchingRepository } from './db/repository.ts';
import { closedRequestRefusal } from './request-closure.ts';
import { rankExperts, type OpenRequest, type Ranking, type RankingOptions } from './ranking.ts';
import type { FactorWeights } from './settings.ts';

export type ShortlistOutcome = { ok: true; ranking: Ranking } | { ok: false; refusal: UserError };

export async function shortlistRequest(
  tx: Executor,
  requestId: string,
  options: { limit?: number; at: Date; weights: FactorWeights },
): Promise<ShortlistOutcome> {
  const pool = new ExpertPoolRepository(tx);
  const matching = new MatchingRepository(tx);
  const request = await pool.requestForRanking(requestId);
  if (!request) {
    return refused('NOT_FOUND', `No validated request ${requestId} is known to matching.`, 'requestId');
  }
  const ended = await closedRequestRefusal(pool, requestId, 'requestId');
  if (ended) return { ok: false, refusal: ended };
  const municipality = await pool.municipality(request.municipalityId);
  // Without the requester's country the hard filter on countries cannot be applied.
  if (!municipality) {
    return refused('MUNICIPALITY_UNKNOWN', `The municipality of request ${request.reference} is not in the expert pool yet; try again once the directory has announced it.`, 'requestId');
  }
  const existing = await matching.matchesOfRequest(requestId);
  const alreadyMatched = new Set(existing.filter((m) => m.status !== 'SUGGESTED').map((m) => m.officialId));
  const open = openRequestFor(request, municipality, await topicNeighbours(tx, request.topics), await pool.roleOf(request.contactOfficialId));
  const ranking = await rankCandidates(tx, open, { limit: options.limit, alreadyMatched, weights: options.weights });
  await matching.replaceSuggestions(requestId, existing, ranking.shortlist, options.at);
  return { ok: true, ranking };
}

/**
 * The shortlist for a request whose taxonomy neighbours are known: PostgreSQL picks the
 * candidates and reads them in one statement, ranking.ts scores and explains them. The hard filters run again in code:
 * the SQL chose, ranking.ts still vouches.
 */
export async function rankCandidates(tx: Executor, request: OpenRequest, options: RankingOptions & { candidates?: number }): Promise<Ranking> {
  const candidates = await candidateExperts(tx, request, request.topicNeighbours ?? new Map(), { size: options.candidates, weights: options.weights });
  return rankExperts(request, candidates, options);
}

function refused(code: string, message: string, field: string): ShortlistOutcome {
  return { ok: false, refusal: { code, message, field } };
}
