// Tables of the matching service, in its own Postgres schema. Requests, officials and
// topics belong to other services: they are referred to by id (or code) only.
import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
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
import type { MatchFactor } from '../scoring.ts';
import { serviceTables } from '@connect/kit';

export const matchingSchema = pgSchema('matching');

/** Outbox, inbox and idempotency keys: how this service talks to the others and absorbs retries. */
export const { outbox, inbox, idempotencyKeys } = serviceTables(matchingSchema);
export const serviceTableSet = { outbox, inbox, idempotencyKeys };

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
  },
  (t) => [
    primaryKey({ name: 'expertise_pk', columns: [t.officialId, t.topicCode] }),
    index('expertise_topic_idx').on(t.topicCode),
    check('expertise_years_not_negative', sql`${t.yearsOfExperience} >= 0`),
  ],
);

export type MatchRow = typeof matches.$inferSelect;
export type ExpertiseRow = typeof expertise.$inferSelect;
