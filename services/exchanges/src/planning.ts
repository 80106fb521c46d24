// The rules a planned exchange answers to, shared by planExchange and updateExchange:
// its people (one host, the match's official as host or expert), and what the request
// and the peer asked for: a format the request prefers, days inside the request's window
// and inside the availability the peer declared when accepting, and at least one local
// government association. The secretariat may override those four with a reason, which
// the exchange's history keeps; without one, every problem is reported at once.
import { InputCheck, Refusal, refuse, type UserError } from '@connect/kit';
import type { ExchangeFormat, PlannableMatchRow, RequestFactRow } from './db/tables.ts';
import type { ParticipantInput } from './generated/resolvers.ts';

/** The people of an exchange: distinct officials, exactly one host, at most twenty. */
export function readParticipants(check: InputCheck, participants: readonly ParticipantInput[]) {
  const ids = check.ids(
    participants.map((p) => p.officialId),
    'participants',
    20,
    { repeats: 'refuse' },
  );
  if (participants.length === 0) check.invalid('participants must name at least the host and the match’s official', 'participants');
  const hosts = participants.filter((p) => p.role === 'HOST').length;
  if (participants.length > 0 && hosts !== 1) check.invalid(`participants must have exactly one HOST, got ${hosts}`, 'participants');
  return ids.map((officialId, i) => ({ officialId, role: participants[i]!.role }));
}

/** The match's official takes part as HOST or EXPERT: the peer brings the know-how. */
export function requireMatchOfficial(participants: readonly { officialId: string; role: string }[], match: PlannableMatchRow): void {
  const peer = participants.find((p) => p.officialId === match.officialId);
  if (peer?.role !== 'HOST' && peer?.role !== 'EXPERT') {
    refuse('INVALID_INPUT', `participants must include the match’s official ${match.officialId}, as HOST or EXPERT`, 'participants');
  }
}

/** What of an exchange the request and the peer have a say on; a field left out is not checked (an update that does not change it). */
export interface PlanAgainstRequest {
  format?: ExchangeFormat;
  dates?: { startsOn: string; endsOn: string };
  associationIds?: readonly string[];
}

/** Every way the plan departs from the request and the peer's availability. A request or availability not known here checks nothing. */
export function departuresFromRequest(plan: PlanAgainstRequest, request: RequestFactRow | null, match: PlannableMatchRow): UserError[] {
  const problems = new InputCheck();
  const formats = request?.preferredFormats ?? [];
  if (plan.format && formats.length > 0 && !formats.includes(plan.format)) {
    problems.refuse('FORMAT_NOT_REQUESTED', `The request asks for ${formats.join(' or ')}, not ${plan.format}`, 'format');
  }
  if (plan.dates) {
    const { startsOn, endsOn } = plan.dates;
    const earliest = request?.earliestStart;
    const latest = request?.latestEnd;
    if ((earliest && startsOn < earliest) || (latest && endsOn > latest)) {
      problems.refuse(
        'OUTSIDE_REQUEST_WINDOW',
        `${startsOn}..${endsOn} is outside the request’s window ${earliest ?? 'any day'}..${latest ?? 'any day'}`,
        startsOn < (earliest ?? startsOn) ? 'startsOn' : 'endsOn',
      );
    }
    const windows = match.availability;
    if (windows && !windows.some((w) => w.from <= startsOn && endsOn <= w.to)) {
      const declared = windows.length > 0 ? windows.map((w) => `${w.from}..${w.to}`).join(', ') : 'no availability';
      problems.refuse('OUTSIDE_PEER_AVAILABILITY', `${startsOn}..${endsOn} is not within one window the peer declared (${declared})`, 'startsOn');
    }
  }
  if (plan.associationIds && plan.associationIds.length === 0) {
    problems.refuse('ASSOCIATION_REQUIRED', 'Every exchange involves at least one local government association', 'associationIds');
  }
  return problems.errors;
}

/**
 * Refuses the departures at once, or, when the secretariat gave an override reason,
 * lets them pass and answers the history's words for it. Null when nothing departed.
 */
export function overrideOrRefuse(departures: UserError[], overrideReason: string | null): string | null {
  if (departures.length === 0) return null;
  if (overrideReason === null) throw new Refusal(departures);
  return `Staff override of ${departures.map((d) => d.code).join(', ')}: ${overrideReason}`;
}
