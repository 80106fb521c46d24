// Tables of the exchanges service, in its own Postgres schema. Requests, matches,
// municipalities, officials and associations belong to other services: they appear
// here only as ids, without foreign keys across services.
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { serviceTables } from '@connect/kit';

export const exchangesSchema = pgSchema('exchanges');

/** Outbox, inbox, idempotency keys and erased officials: how this service talks to the others, absorbs retries and keeps erasure final. */
export const { outbox, inbox, idempotencyKeys, erasedOfficials } = serviceTables(exchangesSchema);
export const serviceTableSet = { outbox, inbox, idempotencyKeys, erasedOfficials };

export const exchangeFormat = exchangesSchema.enum('exchange_format', [
  'EXPERT_ASSIGNMENT',
  'WORK_PLACEMENT',
  'ROUNDTABLE',
  'STUDY_VISIT',
]);

export const exchangeStatus = exchangesSchema.enum('exchange_status', ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED']);

// Declared in the order participants are listed: the host first.
export const participantRole = exchangesSchema.enum('participant_role', ['HOST', 'EXPERT', 'PARTICIPANT', 'COORDINATOR']);

export const evaluationPhase = exchangesSchema.enum('evaluation_phase', ['BEFORE', 'DURING', 'AFTER']);

export const respondentRole = exchangesSchema.enum('respondent_role', ['REQUESTER', 'PEER', 'ASSOCIATION']);

export const outcomeKind = exchangesSchema.enum('outcome_kind', ['CONCRETE_SOLUTION', 'NEW_IDEA', 'CONNECTION', 'PLAN_ADOPTED']);

export const exchanges = exchangesSchema.table(
  'exchange',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    requestId: uuid('request_id').notNull(),
    matchId: uuid('match_id'),
    format: exchangeFormat('format').notNull(),
    status: exchangeStatus('status').notNull().default('PLANNED'),
    hostMunicipalityId: uuid('host_municipality_id').notNull(),
    // Copied from the host municipality so that exchanges filter by country without
    // asking the municipalities service.
    hostCountryCode: text('host_country_code').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    location: text('location'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Every list of exchanges is read in (starts_on, id) order: the keyset of the
    // connection and of the lists contributed to requests, municipalities and officials.
    index('exchange_starts_on_id_idx').on(t.startsOn, t.id),
    index('exchange_status_starts_on_idx').on(t.status, t.startsOn, t.id),
    index('exchange_format_starts_on_idx').on(t.format, t.startsOn, t.id),
    index('exchange_country_starts_on_idx').on(t.hostCountryCode, t.startsOn, t.id),
    index('exchange_request_starts_on_idx').on(t.requestId, t.startsOn, t.id),
    index('exchange_host_starts_on_idx').on(t.hostMunicipalityId, t.startsOn, t.id),
    // One live exchange per accepted match; a cancelled one frees the match to be planned again.
    uniqueIndex('exchange_live_match_key').on(t.matchId).where(sql`${t.status} <> 'CANCELLED'`),
    check('exchange_dates_in_order', sql`${t.endsOn} >= ${t.startsOn}`),
    check('exchange_country_code_alpha2', sql`${t.hostCountryCode} ~ '^[A-Z]{2}$'`),
  ],
);

export const exchangeParticipants = exchangesSchema.table(
  'exchange_participant',
  {
    exchangeId: uuid('exchange_id')
      .notNull()
      .references(() => exchanges.id),
    officialId: uuid('official_id').notNull(),
    role: participantRole('role').notNull(),
  },
  (t) => [
    primaryKey({ name: 'exchange_participant_pk', columns: [t.exchangeId, t.officialId] }),
    index('exchange_participant_official_idx').on(t.officialId),
  ],
);

export const exchangeAssociations = exchangesSchema.table(
  'exchange_association',
  {
    exchangeId: uuid('exchange_id')
      .notNull()
      .references(() => exchanges.id),
    associationId: uuid('association_id').notNull(),
  },
  (t) => [primaryKey({ name: 'exchange_association_pk', columns: [t.exchangeId, t.associationId] })],
);

/** A score on one named indicator of an evaluation. */
export interface IndicatorScore {
  indicator: string;
  score: number;
}

export const evaluations = exchangesSchema.table(
  'evaluation',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    exchangeId: uuid('exchange_id')
      .notNull()
      .references(() => exchanges.id),
    phase: evaluationPhase('phase').notNull(),
    followUpMonths: integer('follow_up_months'),
    authorOfficialId: uuid('author_official_id'),
    // Set instead of the official when an association speaks for itself.
    authorAssociationId: uuid('author_association_id'),
    respondentRole: respondentRole('respondent_role').notNull(),
    overallRating: integer('overall_rating').notNull(),
    // Indicator scores are part of the evaluation's value: written with it, always read
    // with it, never addressed on their own. One jsonb column keeps an evaluation one
    // row (no second loader or insert); the checks below keep the scores 1..5.
    indicators: jsonb('indicators').$type<IndicatorScore[]>().notNull().default([]),
    narrative: text('narrative'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    // Set when the secretariat recorded it for its author: who (actor) and why.
    recordedBy: text('recorded_by'),
    recordedReason: text('recorded_reason'),
  },
  (t) => [
    index('evaluation_exchange_submitted_idx').on(t.exchangeId, t.submittedAt, t.id),
    // One evaluation per author, phase and follow-up: a retried or doubled submission
    // cannot count twice in the ratings.
    uniqueIndex('evaluation_one_per_author_key').on(
      t.exchangeId,
      t.phase,
      sql`coalesce(${t.followUpMonths}, -1)`,
      sql`coalesce(${t.authorOfficialId}, ${t.authorAssociationId})`,
    ),
    check('evaluation_one_author', sql`num_nonnulls(${t.authorOfficialId}, ${t.authorAssociationId}) <= 1`),
    check('evaluation_overall_rating_1_to_5', sql`${t.overallRating} between 1 and 5`),
    // Follow-up months belong to AFTER evaluations, and every AFTER evaluation has them.
    check(
      'evaluation_follow_up_only_after',
      sql`(${t.phase} = 'AFTER') = (${t.followUpMonths} is not null) and coalesce(${t.followUpMonths}, 0) >= 0`,
    ),
    check(
      'evaluation_indicator_scores_1_to_5',
      sql`jsonb_typeof(${t.indicators}) = 'array' and not jsonb_path_exists(${t.indicators}, '$[*] ? (!(@.indicator.type() == "string") || !(@.score.type() == "number") || @.score < 1 || @.score > 5)')`,
    ),
  ],
);

export const outcomes = exchangesSchema.table(
  'outcome',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    exchangeId: uuid('exchange_id')
      .notNull()
      .references(() => exchanges.id),
    kind: outcomeKind('kind').notNull(),
    description: text('description').notNull(),
    sdgTargets: text('sdg_targets').array().notNull().default([]),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    // Who recorded it (role and id), the one who may correct it; null for outcomes recorded before it was kept.
    recordedBy: text('recorded_by'),
  },
  (t) => [index('outcome_exchange_recorded_idx').on(t.exchangeId, t.recordedAt, t.id)],
);

/** The values an evaluation had before each correction by its author: its history, oldest first. */
export const evaluationCorrections = exchangesSchema.table(
  'evaluation_correction',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    correctedAt: timestamp('corrected_at', { withTimezone: true }).notNull().defaultNow(),
    reason: text('reason'),
    previousOverallRating: integer('previous_overall_rating').notNull(),
    previousIndicators: jsonb('previous_indicators').$type<IndicatorScore[]>().notNull(),
    previousNarrative: text('previous_narrative'),
  },
  (t) => [index('evaluation_correction_evaluation_idx').on(t.evaluationId, t.correctedAt, t.id)],
);

/** The values an outcome had before each correction by whoever recorded it, oldest first. */
export const outcomeCorrections = exchangesSchema.table(
  'outcome_correction',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    outcomeId: uuid('outcome_id')
      .notNull()
      .references(() => outcomes.id),
    correctedAt: timestamp('corrected_at', { withTimezone: true }).notNull().defaultNow(),
    reason: text('reason'),
    previousKind: outcomeKind('previous_kind').notNull(),
    previousDescription: text('previous_description').notNull(),
    previousSdgTargets: text('previous_sdg_targets').array().notNull(),
  },
  (t) => [index('outcome_correction_outcome_idx').on(t.outcomeId, t.correctedAt, t.id)],
);

/** Every change of an exchange's status, with who, when and why: the history. */
export const exchangeTransitions = exchangesSchema.table(
  'exchange_transition',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    exchangeId: uuid('exchange_id')
      .notNull()
      .references(() => exchanges.id),
    // Null for the first entry, when the exchange was planned.
    fromStatus: exchangeStatus('from_status'),
    toStatus: exchangeStatus('to_status').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    reason: text('reason'),
    // The fields an updateExchange changed (from and to PLANNED); null on changes of status.
    changed: text('changed').array(),
  },
  (t) => [index('exchange_transition_exchange_at_idx').on(t.exchangeId, t.at, t.id)],
);

// What this service learns from other services' events (and, for the demo story, from
// its seed): local projections, written only by event handlers.

/** Matches whose peer accepted the proposal (ProposalAccepted): the ones an exchange may be planned from. */
export const plannableMatches = exchangesSchema.table('plannable_match', {
  matchId: uuid('match_id').primaryKey(),
  requestId: uuid('request_id').notNull(),
  officialId: uuid('official_id').notNull(),
  acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull(),
  // The peer's declared availability when they accepted; null when the event did not carry it.
  availability: jsonb('availability').$type<AvailabilityWindow[]>(),
});

/** A window in which an official declared they can take part, both days included. */
export interface AvailabilityWindow {
  from: string;
  to: string;
}

/** The country of each municipality (MunicipalityRegistered/Updated): hosts and requesters by country. */
export const knownMunicipalities = exchangesSchema.table(
  'known_municipality',
  {
    municipalityId: uuid('municipality_id').primaryKey(),
    countryCode: text('country_code').notNull(),
  },
  (t) => [check('known_municipality_country_code_alpha2', sql`${t.countryCode} ~ '^[A-Z]{2}$'`)],
);

/** Where each request stands and its dates (RequestStatusChanged): impact figures and the topics of an exchange. */
export const requestFacts = exchangesSchema.table(
  'request_fact',
  {
    requestId: uuid('request_id').primaryKey(),
    municipalityId: uuid('municipality_id').notNull(),
    // Null until the requesting municipality is known here.
    countryCode: text('country_code'),
    status: text('status').notNull(),
    topics: text('topics').array().notNull().default([]),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    validatedAt: timestamp('validated_at', { withTimezone: true }),
    // The earliest change seen: the drafting, when its event arrived.
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    // The change the row reflects: an older event arriving late does not overwrite a newer one.
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    // What the request asks of an exchange, for planning: the formats it prefers (empty:
    // no preference) and the window it may take place in (null ends: open).
    preferredFormats: text('preferred_formats').array().notNull().default([]),
    earliestStart: date('earliest_start', { mode: 'string' }),
    latestEnd: date('latest_end', { mode: 'string' }),
  },
  (t) => [
    index('request_fact_municipality_idx').on(t.municipalityId),
    check('request_fact_country_code_alpha2', sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
  ],
);

/** The municipality of each official (OfficialRegistered/Updated): the peers' municipalities of ExchangeCompleted. */
export const knownOfficials = exchangesSchema.table('known_official', {
  officialId: uuid('official_id').primaryKey(),
  municipalityId: uuid('municipality_id').notNull(),
});

export type ExchangeRow = typeof exchanges.$inferSelect;
export type ExchangeStatus = ExchangeRow['status'];
export type ParticipantRow = typeof exchangeParticipants.$inferSelect;
export type EvaluationRow = typeof evaluations.$inferSelect;
export type OutcomeRow = typeof outcomes.$inferSelect;
export type EvaluationCorrectionRow = typeof evaluationCorrections.$inferSelect;
export type OutcomeCorrectionRow = typeof outcomeCorrections.$inferSelect;
export type ExchangeTransitionRow = typeof exchangeTransitions.$inferSelect;
export type PlannableMatchRow = typeof plannableMatches.$inferSelect;
export type RequestFactRow = typeof requestFacts.$inferSelect;
export type ExchangeFormat = ExchangeRow['format'];
export type EvaluationPhase = EvaluationRow['phase'];
export type RespondentRole = EvaluationRow['respondentRole'];
export type ParticipantRole = ParticipantRow['role'];
