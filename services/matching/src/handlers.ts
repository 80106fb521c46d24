// What matching does when other services tell it something. Each handler runs inside
// the inbox transaction (so a redelivered event changes nothing), uses only that
// transaction, and takes events about things it never heard of in its stride: the
// pool is a projection that fills in as the events arrive, in whatever order.
import { isUuid, Refusal, type EventEnvelope, type EventHandlers, type EventRecorder, type EventPayloads, type Executor, type Logger, type Transaction } from '@connect/kit';
import { ExpertPoolRepository } from './db/projections.ts';
import { MatchingRepository } from './db/repository.ts';
import type { MatchingSettings } from './settings.ts';
import { closingReasons, isClosingStatus } from './request-closure.ts';
import { shortlistRequest } from './shortlist.ts';
import { changeMatchStatus, matchWithdrawn } from './status-change.ts';

/** How history names changes that no person made: an event caused them. */
const systemActor = 'SYSTEM';

const occurred = (event: { occurredAt: string }) => new Date(event.occurredAt);

/** Registered and Updated carry the same profile: the newest one stored wins. */
async function saveMunicipality(event: { payload: EventPayloads['MunicipalityUpdated']; occurredAt: string }, tx: Transaction) {
  await new ExpertPoolRepository(tx).saveMunicipality(event.payload, occurred(event));
}

async function saveOfficial(event: { payload: EventPayloads['OfficialUpdated']; occurredAt: string }, tx: Transaction, _events: unknown, log: Logger) {
  if (!(await new ExpertPoolRepository(tx).saveOfficial(event.payload, occurred(event)))) log.info('official was erased; not added back to the pool');
}

/** The handlers of a matching service that ranks with these settings. */
export const handlersFor = (settings: MatchingSettings): EventHandlers => ({
  MunicipalityRegistered: saveMunicipality,
  MunicipalityUpdated: saveMunicipality,
  OfficialRegistered: saveOfficial,
  OfficialUpdated: saveOfficial,
  OfficialErased: async (event, tx) => {
    const { officialId } = event.payload;
    // Not announced: MatchWithdrawn tells of matches closed by staff or by their request's end,
    // and nobody is to be told anything about an erased official.
    await withdrawOpenMatches(tx, { officialId }, 'The official was erased from the directory.', occurred(event));
    await new ExpertPoolRepository(tx).eraseOfficial(officialId, occurred(event));
  },

  RequestValidated: async (event, tx, _events, log) => {
    await new ExpertPoolRepository(tx).openRequest(event.payload);
    // Told again (a republished outbox, the demo): the matches the secretariat works with
    // stand; ranking again is for runMatching to ask.
    if ((await new MatchingRepository(tx).matchesOfRequest(event.payload.requestId)).length > 0) {
      return log.info('request already has matches; left them as they are');
    }
    const outcome = await shortlistRequest(tx, event.payload.requestId, { at: new Date(), weights: settings.weights });
    if (!outcome.ok) log.warn({ reason: outcome.refusal.code }, `matching did not run: ${outcome.refusal.message}`);
    else log.info({ suggested: outcome.ranking.shortlist.length }, 'ranked the pool for a validated request');
  },
  RequestWithdrawn: async (event, tx, events, log) => {
    const { requestId } = event.payload;
    const at = new Date(event.payload.at);
    const pool = new ExpertPoolRepository(tx);
    await pool.recordRequestStatus(requestId, 'WITHDRAWN', at);
    if (!(await pool.withdrawRequest(requestId, at))) log.info('request unknown to matching or already closed');
    await withdrawOpenMatches(tx, { requestId }, closingReasons.WITHDRAWN!, at, events);
  },
  // Every change of a request's status is kept; an end (completed, withdrawn, closed)
  // withdraws its open matches. RequestWithdrawn follows a withdrawal too: whichever
  // comes second finds nothing open, so each match is withdrawn, and announced, once.
  RequestStatusChanged: async (event, tx, events, log) => {
    const { requestId, to } = event.payload;
    const at = new Date(event.payload.at);
    if (!isUuid(requestId) || typeof to !== 'string' || Number.isNaN(at.getTime())) {
      return log.warn({ requestId, to }, 'request status change without a usable id, status or time; ignored');
    }
    await new ExpertPoolRepository(tx).recordRequestStatus(requestId.toLowerCase(), to, at);
    if (isClosingStatus(to)) await withdrawOpenMatches(tx, { requestId: requestId.toLowerCase() }, closingReasons[to]!, at, events);
  },

  ExchangeStarted: async ({ payload }, tx) =>
    new ExpertPoolRepository(tx).startEngagements(payload.exchangeId, payload.participantOfficialIds, new Date(payload.at)),
  ExchangeCompleted: async ({ payload }, tx) =>
    new ExpertPoolRepository(tx).endEngagements(payload.exchangeId, payload.participantOfficialIds, 'COMPLETED', new Date(payload.at)),
  ExchangeCancelled: async ({ payload }, tx) =>
    new ExpertPoolRepository(tx).endEngagements(payload.exchangeId, payload.participantOfficialIds, 'CANCELLED', new Date(payload.at)),

  EvaluationRecorded: (event, tx, _events, log) => recordRatings(event, tx, log),
  // The author corrected their rating: ranking counts the corrected value from now on.
  EvaluationCorrected: (event, tx, _events, log) => recordRatings(event, tx, log),
});

async function recordRatings(event: EventEnvelope<'EvaluationRecorded' | 'EvaluationCorrected'>, tx: Transaction, log: Logger): Promise<void> {
  const { evaluationId, ratedOfficialIds, phase, overallRating } = event.payload;
  if (!Number.isInteger(overallRating) || overallRating < 1 || overallRating > 5) {
    log.warn({ overallRating }, 'rating outside 1..5 ignored');
    return;
  }
  await new ExpertPoolRepository(tx).recordRatings(evaluationId, ratedOfficialIds, phase, overallRating, event.type === 'EvaluationCorrected');
}

/**
 * Withdraws the SUGGESTED and PROPOSED matches of a request or an official that went
 * away; with `events`, each withdrawal is announced as MatchWithdrawn.
 */
async function withdrawOpenMatches(
  tx: Executor,
  of: { requestId: string } | { officialId: string },
  reason: string,
  at: Date,
  events?: EventRecorder,
): Promise<void> {
  // All of them locked at once, in the order of their ids, before any moves.
  for (const match of await new MatchingRepository(tx).openMatches(of)) {
    try {
      await changeMatchStatus(tx, match.id, { to: 'WITHDRAWN', at, actor: systemActor, reason });
    } catch (error) {
      // Open statuses may always be withdrawn; a table that says otherwise wins, and the match stays.
      if (!(error instanceof Refusal)) throw error;
      continue;
    }
    await events?.record('MatchWithdrawn', matchWithdrawn(match, reason, at));
  }
}
