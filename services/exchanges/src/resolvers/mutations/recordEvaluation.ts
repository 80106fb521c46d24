// recordEvaluation: an official taking part, or an association involved, evaluates an
// exchange at the phase its status opens: BEFORE (the baseline) while PLANNED, DURING
// while IN_PROGRESS, AFTER once COMPLETED, at the end (followUpMonths 0) and at
// follow-ups 3, 6 and 12 months later, each open from N months after the completion
// (follow-ups.ts). The secretariat records one for its author, with a reason, and may
// then record a follow-up before it opens. One evaluation per author, phase and
// follow-up. EvaluationRecorded tells matching; a requester's rating speaks about the peers.
import { actorOf, InputCheck, refuse, requireRole } from '@connect/kit';
import { ExchangeRepository } from '../../db/repository.ts';
import type { EvaluationPhase, ExchangeStatus, RespondentRole } from '../../db/tables.ts';
import type { Context } from '../../context.ts';
import { admitTo, partiesOf, ratedPeers, sideOf, type ExchangeParties } from '../../access.ts';
import type { MutationRecordEvaluationArgs, RecordEvaluationInput } from '../../generated/resolvers.ts';
import { readIndicators } from '../../input.ts';
import { followUpMonths as followUps, followUpOpensOn, today } from '../../follow-ups.ts';

/** The phase each status of an exchange takes evaluations for. */
const openPhase: Record<ExchangeStatus, EvaluationPhase | null> = {
  PLANNED: 'BEFORE',
  IN_PROGRESS: 'DURING',
  COMPLETED: 'AFTER',
  CANCELLED: null,
};


function readFollowUp(check: InputCheck, phase: EvaluationPhase, months: number | null | undefined): number | null {
  if (phase !== 'AFTER') {
    return months == null ? null : check.invalid('followUpMonths belongs to AFTER evaluations only', 'followUpMonths');
  }
  if (months == null) return check.invalid('an AFTER evaluation says followUpMonths: 0 at the end, or 3, 6 or 12', 'followUpMonths');
  return (followUps as readonly number[]).includes(months) ? months : check.invalid(`followUpMonths must be 0, 3, 6 or 12, got ${months}`, 'followUpMonths');
}

/**
 * The side the author speaks for. An association speaks as ASSOCIATION; an official as
 * REQUESTER or PEER, which must agree with their part in the exchange where it says
 * (see `sideOf`), and may be left out where it does.
 */
function respondentRoleOf(author: Author, given: RespondentRole | null | undefined, parties: ExchangeParties): RespondentRole {
  if (author.associationId) {
    if (given && given !== 'ASSOCIATION') refuse('INVALID_INPUT', 'An association answers as ASSOCIATION', 'respondentRole');
    return 'ASSOCIATION';
  }
  if (given === 'ASSOCIATION') refuse('INVALID_INPUT', 'An official answers as REQUESTER or PEER', 'respondentRole');
  const side = sideOf(author.officialId!, parties);
  if (given && side && given !== side) {
    refuse('INVALID_INPUT', `You take part in this exchange on the ${side} side, so you answer as ${side}`, 'respondentRole');
  }
  return given ?? side ?? refuse('INVALID_INPUT', 'Say whether you answer as REQUESTER or PEER: your role does not tell', 'respondentRole');
}

/** Whose evaluation it is: the official or association writing it, or, for staff, the one named. */
interface Author {
  officialId: string | null;
  associationId: string | null;
  /** Set when the secretariat records it for the author. */
  recordedReason: string | null;
}

function authorOf(ctx: Context, check: InputCheck, input: RecordEvaluationInput): Author {
  const { viewer } = ctx;
  if (viewer.role !== 'STAFF') {
    for (const field of ['authorOfficialId', 'authorAssociationId', 'reason'] as const) {
      if (input[field] != null) check.invalid(`${field} is for the secretariat recording an evaluation for its author`, field);
    }
    return {
      officialId: viewer.role === 'OFFICIAL' ? viewer.officialId!.toLowerCase() : null,
      associationId: viewer.role === 'ASSOCIATION' ? viewer.associationId!.toLowerCase() : null,
      recordedReason: null,
    };
  }
  const recordedReason = check.text(input.reason, 'reason', 1000) ?? null;
  if ((input.authorOfficialId == null) === (input.authorAssociationId == null)) {
    check.invalid('name the author: authorOfficialId or authorAssociationId, one of them', 'authorOfficialId');
    return { officialId: null, associationId: null, recordedReason };
  }
  return {
    officialId: input.authorOfficialId == null ? null : (check.id(input.authorOfficialId, 'authorOfficialId') ?? null),
    associationId: input.authorAssociationId == null ? null : (check.id(input.authorAssociationId, 'authorAssociationId') ?? null),
    recordedReason,
  };
}

/** Staff name an author: it must be an official taking part or an association involved (read on the mutation's `tx`). */
async function refuseStranger(repository: ExchangeRepository, parties: ExchangeParties, author: Author): Promise<void> {
  if (!author.recordedReason) return;
  if (author.officialId && !parties.participants.some((p) => p.officialId === author.officialId)) {
    refuse('NOT_A_PARTICIPANT', `Official ${author.officialId} does not take part in this exchange`, 'authorOfficialId');
  }
  const associations = author.associationId ? await repository.associationsOf([parties.exchange.id]) : [];
  if (author.associationId && !associations.some((a) => a.associationId === author.associationId)) {
    refuse('NOT_A_PARTICIPANT', `Association ${author.associationId} is not involved in this exchange`, 'authorAssociationId');
  }
}

/** A follow-up at N months opens N months after completion; staff, who give a reason, may record it sooner. */
async function refuseUnopenedFollowUp(repository: ExchangeRepository, exchangeId: string, months: number | null, author: Author): Promise<void> {
  if (!months || author.recordedReason) return;
  const completedAt = await repository.completedAt(exchangeId);
  if (!completedAt) return;
  const opensOn = followUpOpensOn(completedAt, months);
  if (today() < opensOn) {
    refuse(
      'FOLLOW_UP_NOT_OPEN',
      `The ${months}-month follow-up opens on ${opensOn}, ${months} months after the exchange completed on ${completedAt.toISOString().slice(0, 10)}`,
      'followUpMonths',
    );
  }
}

export async function recordEvaluation(_: unknown, { input }: MutationRecordEvaluationArgs, ctx: Context) {
  requireRole(ctx.viewer, ['OFFICIAL', 'ASSOCIATION', 'STAFF'], 'evaluate exchanges');
  const admission = await admitTo(ctx, input.exchangeId, 'evaluate it');
  if (!admission.exchange) return { evaluation: null, userErrors: [admission.refusal] };
  const exchangeId = admission.exchange.id;

  const outcome = await ctx.mutate({ operation: 'recordEvaluation', input, idempotencyKey: input.idempotencyKey }, async (tx, events) => {
    const check = new InputCheck();
    const overallRating = check.rating(input.overallRating, 'overallRating');
    const indicators = readIndicators(check, input.indicators ?? []);
    const narrative = check.optionalText(input.narrative, 'narrative', 4000);
    const followUpMonths = readFollowUp(check, input.phase, input.followUpMonths);
    const author = authorOf(ctx, check, input);
    check.done();

    const repository = new ExchangeRepository(tx);
    // Locked, so that the exchange cannot change status while its evaluation is written.
    const exchange = (await repository.lockExchange(exchangeId))!;
    const open = openPhase[exchange.status];
    if (open !== input.phase) {
      const takes = open ? `it takes ${open} evaluations now` : 'it takes no evaluation';
      const article = input.phase === 'AFTER' ? 'An' : 'A';
      refuse('PHASE_NOT_OPEN', `${article} ${input.phase} evaluation cannot be recorded for an exchange in status ${exchange.status}: ${takes}.`, 'phase');
    }
    await refuseUnopenedFollowUp(repository, exchangeId, followUpMonths, author);
    const parties = await partiesOf(tx, exchange);
    await refuseStranger(repository, parties, author);
    const respondentRole = respondentRoleOf(author, input.respondentRole, parties);
    const { officialId: authorOfficialId, associationId: authorAssociationId } = author;
    const evaluation =
      (await repository.recordEvaluation({
        exchangeId,
        phase: input.phase,
        followUpMonths,
        authorOfficialId,
        authorAssociationId,
        respondentRole,
        overallRating: overallRating!,
        indicators,
        narrative,
        recordedBy: author.recordedReason ? actorOf(ctx.viewer) : null,
        recordedReason: author.recordedReason,
      })) ??
      refuse(
        'EVALUATION_ALREADY_RECORDED',
        `${author.recordedReason ? 'The author already evaluated' : 'You already evaluated'} this exchange at phase ${input.phase}${followUpMonths === null ? '' : `, ${followUpMonths} months after`}`,
        'phase',
      );
    await events.record('EvaluationRecorded', {
      evaluationId: evaluation.id,
      exchangeId,
      phase: evaluation.phase,
      respondentRole,
      overallRating: evaluation.overallRating,
      authorOfficialId,
      ratedOfficialIds: respondentRole === 'REQUESTER' ? ratedPeers(parties) : [],
      associationId: authorAssociationId,
    });
    return { id: evaluation.id };
  });
  return {
    evaluation: outcome.value ? await ctx.loaders.evaluation.load(outcome.value.id) : null,
    userErrors: outcome.userErrors,
  };
}
