// Tables of the matching service, in its own Postgres schema. Requests, officials and
// topics belong to other services: they are referred to by id (or code) only.
import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { matchStatuses } from '../lifecycle.ts';
import { exchangeFormats } from '../ranking.ts';
import type { MatchFactor } from '../scoring.ts';
import { serviceTables } from '@connect/kit';

export const matchingSchema = pgSchema('matching');

/** Outbox, inbox, idempotency keys and erased officials: how this service talks to the others, absorbs retries and keeps erasure final. */
export const { outbox, inbox, idempotencyKeys, erasedOfficials } = serviceTables(matchingSchema);
export const serviceTableSet = { outbox, inbox, idempotencyKeys, erasedOfficials };
// erasedOfficials (the kit's): a late Registered/Updated must not bring an erased official back into the pool.

export const matchStatus = matchingSchema.enum('match_status', matchStatuses);

// Declared from shallow to deep, so that ORDER BY level DESC puts experts first.
export const expertiseLevel = matchingSchema.enum('expertise_level', ['PRACTITIONER', 'EXPERIENCED', 'EXPERT']);

export const matches = matchingSchema.table(
  'match',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id').notNull(),
    officialId: uuid('official_id').notNull(),
    rank: integer('rank').notNull(),
    score: doublePrecision('score').notNull(),
    // The factors are a snapshot of how the score was reached when the match was
    // computed: written once with their match, never changed one by one, always read
    // whole with it. As jsonb they come with the match row at no extra statement or
    // loader; a child table would buy only per-factor SQL that nothing needs yet.
    factors: jsonb('factors').$type<MatchFactor[]>().notNull(),
    status: matchStatus('status').notNull().default('SUGGESTED'),
    proposedAt: timestamp('proposed_at', { withTimezone: true }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    responseNote: text('response_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('match_request_official_key').on(t.requestId, t.officialId),
    index('match_request_rank_idx').on(t.requestId, t.rank),
    index('match_official_proposed_idx').on(t.officialId, t.proposedAt),
    check('match_rank_positive', sql`${t.rank} >= 1`),
    check('match_score_range', sql`${t.score} >= 0 and ${t.score} <= 1`),
    check('match_factors_complete', sql`jsonb_typeof(${t.factors}) = 'array' and jsonb_array_length(${t.factors}) = 6`),
  ],
);

export const expertise = matchingSchema.table(
  'expertise',
  {
    officialId: uuid('official_id').notNull(),
    topicCode: text('topic_code').notNull(),
    level: expertiseLevel('level').notNull(),
    yearsOfExperience: integer('years_of_experience').notNull(),
    summary: text('summary'),
    /** TOPIC_FIT's credit for this one topic (level × years, as ranking.ts counts it), kept by the database for the candidate query. */
    credit: doublePrecision('credit').generatedAlwaysAs(
      sql`(CASE level WHEN 'EXPERT' THEN 1.0 WHEN 'EXPERIENCED' THEN 0.8 ELSE 0.6 END)::float8 * (0.5 + 0.5 * least(years_of_experience, 15)::float8 / 15)`,
    ),
  },
  (t) => [
    primaryKey({ name: 'expertise_pk', columns: [t.officialId, t.topicCode] }),
    index('expertise_topic_idx').on(t.topicCode),
    index('expertise_topic_credit_idx').on(t.topicCode, t.credit.desc(), t.officialId),
    check('expertise_years_not_negative', sql`${t.yearsOfExperience} >= 0`),
  ],
);

/** Every change of status of a match, with who, when and why. */
export const matchTransitions = matchingSchema.table(
  'match_transition',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    matchId: uuid('match_id').notNull(),
    from: matchStatus('from_status').notNull(),
    to: matchStatus('to_status').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actor: text('actor').notNull(),
    reason: text('reason'),
  },
  (t) => [
    foreignKey({ name: 'match_transition_match_fk', columns: [t.matchId], foreignColumns: [matches.id] }).onDelete('cascade'),
    index('match_transition_match_idx').on(t.matchId, t.at),
  ],
);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const exchangeFormat = matchingSchema.enum('exchange_format', exchangeFormats);

// What an official declares here besides topics: how and when they can help. Replaced
// whole by each declaration, like their expertise rows.
export const expertProfiles = matchingSchema.table(
  'expert_profile',
  {
    officialId: uuid('official_id').primaryKey(),
    summary: text('summary'),
    /** Languages added to those of the municipal profile. */
    languages: text('languages').array().notNull().default([]),
    formatsAccepted: exchangeFormat('formats_accepted').array().notNull().default([]),
    maxConcurrentEngagements: integer('max_concurrent_engagements').notNull().default(1),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull().defaultNow(),
    /** The summary as PostgreSQL full-text search sees it, kept by the database; TEXT_RELEVANCE of the candidate query. */
    summarySearch: tsvector('summary_search').generatedAlwaysAs(sql`to_tsvector('english', coalesce(summary, ''))`),
  },
  (t) => [
    check('expert_profile_engagements_range', sql`${t.maxConcurrentEngagements} between 1 and 10`),
    index('expert_profile_languages_idx').using('gin', t.languages),
    index('expert_profile_formats_idx').using('gin', t.formatsAccepted),
    index('expert_profile_summary_search_idx').using('gin', t.summarySearch),
  ],
);

// A child table rather than a daterange column: plain dates read the same on PGlite
// and postgres.js, and the overlap test is two comparisons.
export const expertAvailability = matchingSchema.table(
  'expert_availability',
  {
    officialId: uuid('official_id').notNull(),
    availableFrom: date('available_from', { mode: 'string' }).notNull(),
    availableTo: date('available_to', { mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'expert_availability_pk', columns: [t.officialId, t.availableFrom] }),
    foreignKey({ name: 'expert_availability_profile_fk', columns: [t.officialId], foreignColumns: [expertProfiles.officialId] }).onDelete('cascade'),
    check('expert_availability_in_order', sql`${t.availableFrom} <= ${t.availableTo}`),
  ],
);

// The expert pool: projections of other services' facts, written only by event
// handlers (and by the demo seed, as the story's events would have). Kinds, mandates,
// function areas and formats stay text here: a value the owning service adds later
// must not make a handler fail.

/** Municipalities as MunicipalityRegistered/Updated describe them. */
export const poolMunicipalities = matchingSchema.table(
  'pool_municipality',
  {
    municipalityId: uuid('municipality_id').primaryKey(),
    name: text('name').notNull(),
    countryCode: text('country_code').notNull(),
    kind: text('kind').notNull(),
    population: integer('population'),
    languages: text('languages').array().notNull().default([]),
    /** When the source said so: an older event never overwrites a newer one. */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('pool_municipality_country_idx').on(t.countryCode)],
);

/** Officials as OfficialRegistered/Updated describe them; no name, no contact data. */
export const poolOfficials = matchingSchema.table(
  'pool_official',
  {
    officialId: uuid('official_id').primaryKey(),
    municipalityId: uuid('municipality_id').notNull(),
    position: text('position').notNull(),
    mandate: text('mandate').notNull(),
    functionArea: text('function_area').notNull(),
    languages: text('languages').array().notNull().default([]),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('pool_official_municipality_idx').on(t.municipalityId), index('pool_official_languages_idx').using('gin', t.languages)],
);

/** Validated requests and what matching needs of them; withdrawn ones are kept, closed. */
export const poolRequests = matchingSchema.table(
  'pool_request',
  {
    requestId: uuid('request_id').primaryKey(),
    reference: text('reference').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
    title: text('title').notNull(),
    challenge: text('challenge').notNull(),
    topics: text('topics').array().notNull().default([]),
    preferredFormats: text('preferred_formats').array().notNull().default([]),
    languages: text('languages').array().notNull().default([]),
    earliestStart: date('earliest_start', { mode: 'string' }),
    latestEnd: date('latest_end', { mode: 'string' }),
    validatedAt: timestamp('validated_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    /** Who speaks for the request: ROLE_SIMILARITY compares peers with their function area and mandate. */
    contactOfficialId: uuid('contact_official_id'),
  },
  (t) => [index('pool_request_municipality_idx').on(t.municipalityId)],
);

/**
 * Where each request stands, as RequestStatusChanged (and RequestWithdrawn) told it, for
 * every request, validated or not: a request completed, withdrawn or closed takes no
 * more matching or proposals. Apart from pool_request because a status may arrive
 * before the validation that brings the request into the pool; the latest change wins.
 */
export const poolRequestStatuses = matchingSchema.table('pool_request_status', {
  requestId: uuid('request_id').primaryKey(),
  status: text('status').notNull(),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
});

export const engagementStatus = matchingSchema.enum('engagement_status', ['ACTIVE', 'COMPLETED', 'CANCELLED']);

// One row per official and exchange rather than counters: a redelivered or late event
// sets a row to what it already is, so counts stay right whatever the order of arrival.
export const poolEngagements = matchingSchema.table(
  'pool_engagement',
  {
    exchangeId: uuid('exchange_id').notNull(),
    officialId: uuid('official_id').notNull(),
    status: engagementStatus('status').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'pool_engagement_pk', columns: [t.exchangeId, t.officialId] }),
    index('pool_engagement_official_idx').on(t.officialId, t.status),
  ],
);

/** Ratings officials received in evaluations (EvaluationRecorded ratedOfficialIds). */
export const poolRatings = matchingSchema.table(
  'pool_rating',
  {
    evaluationId: uuid('evaluation_id').notNull(),
    officialId: uuid('official_id').notNull(),
    phase: text('phase').notNull(),
    rating: integer('rating').notNull(),
  },
  (t) => [
    primaryKey({ name: 'pool_rating_pk', columns: [t.evaluationId, t.officialId] }),
    index('pool_rating_official_idx').on(t.officialId),
    check('pool_rating_range', sql`${t.rating} between 1 and 5`),
  ],
);

/**
 * Reference data, not a projection: the two-level topic taxonomy of the knowledge
 * service (services/knowledge/drizzle/0001_taxonomy.sql), copied by migration 0003
 * because matching reads no other service's tables and the taxonomy is not announced
 * by any event. Ranking gives part credit for a parent or child of a request's topic.
 */
export const topicParents = matchingSchema.table(
  'topic_parent',
  {
    topicCode: text('topic_code').primaryKey(),
    parentCode: text('parent_code'),
  },
  (t) => [index('topic_parent_parent_idx').on(t.parentCode)],
);

export type MatchRow = typeof matches.$inferSelect;
export type MatchTransitionRow = typeof matchTransitions.$inferSelect;
export type ExpertiseRow = typeof expertise.$inferSelect;
export type ExpertProfileRow = typeof expertProfiles.$inferSelect;
export type AvailabilityRow = typeof expertAvailability.$inferSelect;
export type PoolRequestRow = typeof poolRequests.$inferSelect;
