// What the knowledge service does when other services tell it something. Each handler
// runs in the inbox transaction (tx only), is idempotent, and logs and skips what it
// cannot use instead of failing: a redelivered or malformed event changes nothing.
import { erasedAmong, isTopicCode, isUuid, recordErasure, type EventHandlers, type Logger, type OfficialProfile, type Transaction } from '@connect/kit';
import { LessonRepository } from './db/projections.ts';
import { erasedOfficials } from './db/tables.ts';

/** The distinct UUIDs of a list from another service, lower-case; anything else dropped. */
function uuids(values: unknown): string[] {
  return Array.isArray(values) ? [...new Set(values.filter((v): v is string => typeof v === 'string' && isUuid(v)).map((v) => v.toLowerCase()))] : [];
}

async function recordOfficial(official: OfficialProfile, tx: Transaction, log: Logger): Promise<void> {
  if (!isUuid(String(official.officialId)) || !isUuid(String(official.municipalityId))) {
    log.warn({ officialId: official.officialId }, 'official without valid ids; skipped');
    return;
  }
  // A Registered or Updated overtaken by the erasure must not tie the official to a municipality again.
  if ((await erasedAmong(tx, erasedOfficials, [official.officialId])).size > 0) return;
  await new LessonRepository(tx).recordOfficial(official.officialId.toLowerCase(), official.municipalityId.toLowerCase());
}

export const handlers: EventHandlers = {
  // A completed exchange opens a lesson to document.
  async ExchangeCompleted(event, tx, _events, log) {
    const p = event.payload;
    const completedAt = new Date(typeof p.at === 'string' ? p.at : Number.NaN);
    if (!isUuid(String(p.exchangeId)) || !isUuid(String(p.requestId)) || typeof p.title !== 'string' || p.title.trim() === '' || Number.isNaN(completedAt.getTime())) {
      log.warn({ payload: p }, 'ExchangeCompleted without exchange, request, title or date; skipped');
      return;
    }
    const topics = Array.isArray(p.topics)
      ? [...new Set(p.topics.filter((t): t is string => typeof t === 'string').map((t) => t.trim().toLowerCase()).filter(isTopicCode))]
      : [];
    const lessons = new LessonRepository(tx);
    const participantOfficialIds = uuids(p.participantOfficialIds);
    const opened = await lessons.openLesson({
      exchangeId: p.exchangeId.toLowerCase(),
      requestId: p.requestId.toLowerCase(),
      title: p.title.trim(),
      // The host, the municipalities the event names, then those of the participants: the
      // event may name only the host and the requester, and the peers' municipalities
      // (and so their associations) took part too.
      municipalityIds: uuids([
        p.hostMunicipalityId,
        ...(Array.isArray(p.municipalityIds) ? p.municipalityIds : []),
        ...(await lessons.municipalitiesOfOfficials(participantOfficialIds)),
      ]),
      participantOfficialIds,
      topics,
      // Absent from events recorded before ExchangeCompleted carried them.
      associationIds: uuids(p.associationIds),
      completedAt,
    });
    log.info({ exchangeId: p.exchangeId, opened }, opened ? 'opened a lesson to document' : 'lesson already open');
  },

  // Where each official works says which municipalities an exchange's participants come from.
  async OfficialRegistered(event, tx, _events, log) {
    await recordOfficial(event.payload, tx, log);
  },
  async OfficialUpdated(event, tx, _events, log) {
    await recordOfficial(event.payload, tx, log);
  },
  async OfficialErased(event, tx) {
    if (!isUuid(String(event.payload.officialId))) return;
    const officialId = event.payload.officialId.toLowerCase();
    await recordErasure(tx, erasedOfficials, officialId);
    await new LessonRepository(tx).eraseOfficial(officialId);
  },

  // Membership says which association may document which exchange.
  async MunicipalityJoinedAssociation(event, tx, _events, log) {
    const { associationId, municipalityId } = event.payload;
    if (!isUuid(String(associationId)) || !isUuid(String(municipalityId))) {
      log.warn({ payload: event.payload }, 'MunicipalityJoinedAssociation without valid ids; skipped');
      return;
    }
    await new LessonRepository(tx).recordMembership(associationId.toLowerCase(), municipalityId.toLowerCase());
  },
  // A municipality that left no longer lets its former association document its exchanges.
  async MunicipalityLeftAssociation(event, tx, _events, log) {
    const { associationId, municipalityId } = event.payload;
    if (!isUuid(String(associationId)) || !isUuid(String(municipalityId))) {
      log.warn({ payload: event.payload }, 'MunicipalityLeftAssociation without valid ids; skipped');
      return;
    }
    const left = await new LessonRepository(tx).forgetMembership(associationId.toLowerCase(), municipalityId.toLowerCase());
    log.info({ associationId, municipalityId, left }, left ? 'membership ended' : 'membership was not known');
  },
};
