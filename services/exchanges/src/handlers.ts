// What the exchanges service learns from the others. Each handler runs in the inbox
// transaction (tx only), writes a projection with an upsert (a second delivery changes
// nothing), and logs and ignores an event it cannot use rather than failing delivery.
import { erasedAmong, isUuid, recordErasure, type EventEnvelope, type EventHandlers, type Logger, type Transaction } from '@connect/kit';
import { ProjectionRepository } from './db/projections.ts';
import { forgetOfficialNarratives } from './db/personal-data.ts';
import { erasedOfficials, type AvailabilityWindow } from './db/tables.ts';
import { followWithdrawal } from './withdrawal.ts';

/** An instant as events carry it, or null when it does not read as one. */
function instant(value: string | null | undefined): Date | null {
  if (typeof value !== 'string') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const countryCodePattern = /^[A-Z]{2}$/;
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** A day as events carry it (YYYY-MM-DD), or null. */
function day(value: unknown): string | null {
  return typeof value === 'string' && dayPattern.test(value) ? value : null;
}

/** The availability an event carries, or null when it carries none (an older event): then nothing is checked against it. */
function availabilityOf(value: unknown): AvailabilityWindow[] | null {
  if (!Array.isArray(value)) return null;
  return value.flatMap((w: { from?: unknown; to?: unknown } | null) => {
    const [from, to] = [day(w?.from), day(w?.to)];
    return from && to && from <= to ? [{ from, to }] : [];
  });
}

async function knowOfficial(event: EventEnvelope<'OfficialRegistered' | 'OfficialUpdated'>, tx: Transaction, log: Logger): Promise<void> {
  const { officialId, municipalityId } = event.payload;
  if (!isUuid(officialId) || !isUuid(municipalityId)) return log.warn({ officialId, municipalityId }, 'official event without usable ids; ignored');
  // A registration overtaken by the erasure must not bring the official back.
  if ((await erasedAmong(tx, erasedOfficials, [officialId])).size > 0) return;
  await new ProjectionRepository(tx).knowOfficial(officialId.toLowerCase(), municipalityId.toLowerCase());
}

async function knowMunicipality(
  event: EventEnvelope<'MunicipalityRegistered' | 'MunicipalityUpdated'>,
  tx: Transaction,
  log: Logger,
): Promise<void> {
  const { municipalityId, countryCode } = event.payload;
  const country = typeof countryCode === 'string' ? countryCode.toUpperCase() : '';
  if (!isUuid(municipalityId) || !countryCodePattern.test(country)) {
    log.warn({ municipalityId, countryCode }, 'municipality event without a usable id or country; ignored');
    return;
  }
  await new ProjectionRepository(tx).knowMunicipality(municipalityId.toLowerCase(), country);
}

export const handlers: EventHandlers = {
  /** An accepted match is one the secretariat may plan an exchange from. */
  async ProposalAccepted(event, tx, _events, log) {
    const { matchId, requestId, officialId, at } = event.payload;
    const acceptedAt = instant(at);
    if (![matchId, requestId, officialId].every((id) => isUuid(id)) || !acceptedAt) {
      log.warn({ matchId, requestId, officialId }, 'accepted proposal without usable ids or time; ignored');
      return;
    }
    await new ProjectionRepository(tx).acceptMatch({
      matchId: matchId.toLowerCase(),
      requestId: requestId.toLowerCase(),
      officialId: officialId.toLowerCase(),
      acceptedAt,
      availability: availabilityOf(event.payload.availability),
    });
  },

  /** The directory erased an official: drop the words they wrote, keep the ratings impact counts. */
  async OfficialErased(event, tx, _events, log) {
    const { officialId } = event.payload;
    if (!isUuid(officialId)) return log.warn({ officialId }, 'erased official without a usable id; ignored');
    await recordErasure(tx, erasedOfficials, officialId);
    await new ProjectionRepository(tx).forgetOfficial(officialId.toLowerCase());
    const dropped = await forgetOfficialNarratives(tx, officialId.toLowerCase());
    log.info({ dropped }, 'dropped the evaluation narratives of an erased official');
  },

  OfficialRegistered: (event, tx, _events, log) => knowOfficial(event, tx, log),
  OfficialUpdated: (event, tx, _events, log) => knowOfficial(event, tx, log),
  MunicipalityRegistered: (event, tx, _events, log) => knowMunicipality(event, tx, log),
  MunicipalityUpdated: (event, tx, _events, log) => knowMunicipality(event, tx, log),

  /** Where a request stands, its topics and dates: for exchanges' topics and impact figures. */
  async RequestStatusChanged(event, tx, _events, log) {
    const { requestId, municipalityId, to, topics } = event.payload;
    const changedAt = instant(event.payload.at);
    if (!isUuid(requestId) || !isUuid(municipalityId) || typeof to !== 'string' || !changedAt) {
      log.warn({ requestId, municipalityId, to }, 'request status change without usable ids, status or time; ignored');
      return;
    }
    await new ProjectionRepository(tx).recordRequestFact({
      requestId: requestId.toLowerCase(),
      municipalityId: municipalityId.toLowerCase(),
      status: to,
      topics: Array.isArray(topics) ? topics.filter((t): t is string => typeof t === 'string') : [],
      submittedAt: instant(event.payload.submittedAt),
      validatedAt: instant(event.payload.validatedAt),
      preferredFormats: Array.isArray(event.payload.preferredFormats) ? event.payload.preferredFormats.filter((f): f is typeof f => typeof f === 'string') : [],
      earliestStart: day(event.payload.earliestStart),
      latestEnd: day(event.payload.latestEnd),
      changedAt,
    });
  },

  /** The withdrawal saga: a planned exchange of the request is cancelled; one under way goes on and the withdrawal is refused. */
  RequestWithdrawn: (event, tx, events, log) => followWithdrawal(event, tx, events, log),
};
