// Tables of the knowledge service, in its own Postgres schema: the topic taxonomy
// (reference data, inserted by a migration), best practices with the history of their
// review, knowledge events, and projections of other services' facts, fed only by
// events: the completed exchanges whose lessons wait to be documented, which
// municipalities belong to which association, and which municipality each official
// works for.
import { sql, type SQL } from 'drizzle-orm';
import {
  check,
  customType,
  date,
  index,
  pgSchema,
  primaryKey,
  text,
  unique,
  timestamp,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { serviceTables } from '@connect/kit';

export const knowledgeSchema = pgSchema('knowledge');

/** Outbox, inbox, idempotency keys and erased officials: how this service talks to the others, absorbs retries and keeps erasure final. */
export const { outbox, inbox, idempotencyKeys, erasedOfficials } = serviceTables(knowledgeSchema);
export const serviceTableSet = { outbox, inbox, idempotencyKeys, erasedOfficials };

export const bestPracticeStatus = knowledgeSchema.enum('best_practice_status', ['DRAFT', 'IN_REVIEW', 'PUBLISHED']);

export const knowledgeEventKind = knowledgeSchema.enum('knowledge_event_kind', [
  'CONFERENCE',
  'WORKSHOP',
  'WEBINAR',
  'ROUNDTABLE',
  'BRIEFING',
]);

export const knowledgeEventStatus = knowledgeSchema.enum('knowledge_event_status', ['SCHEDULED', 'CANCELLED']);

/** What a change of a knowledge event was: its scheduling, an edit, or its cancellation. */
export const knowledgeEventChangeKind = knowledgeSchema.enum('knowledge_event_change_kind', ['SCHEDULED', 'UPDATED', 'CANCELLED']);

export const audience = knowledgeSchema.enum('audience', [
  'LOCAL_AND_REGIONAL_GOVERNMENT',
  'CENTRAL_GOVERNMENT',
  'DONOR_COMMUNITY',
]);

export type BestPracticeStatus = (typeof bestPracticeStatus.enumValues)[number];

/** Postgres full-text document. Only ever written by the database (a generated column), never read back. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const topics = knowledgeSchema.table(
  'topic',
  {
    code: text('code').primaryKey(),
    parentCode: text('parent_code').references((): AnyPgColumn => topics.code),
  },
  (t) => [
    index('topic_parent_idx').on(t.parentCode, t.code),
    // The shape of a topic code; the kit's topicCodePattern, which every service checks codes with, is the same.
    check('topic_code_shape', sql`${t.code} ~ '^[a-z]+(-[a-z]+)*$'`),
  ],
);

export const topicLabels = knowledgeSchema.table(
  'topic_label',
  {
    topicCode: text('topic_code')
      .notNull()
      .references(() => topics.code),
    language: text('language').notNull(),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ name: 'topic_label_pk', columns: [t.topicCode, t.language] })],
);

export const bestPractices = knowledgeSchema.table(
  'best_practice',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    language: text('language').notNull(),
    status: bestPracticeStatus('status').notNull().default('DRAFT'),
    /** An Exchange of the exchanges service, by id. */
    sourceExchangeId: uuid('source_exchange_id'),
    /**
     * The Association (municipalities service) that documents it, by id; null when the
     * secretariat does. That association reads and submits the practice while it is a draft.
     */
    documentingAssociationId: uuid('documenting_association_id'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    // 'simple' (no stemming, no stop words) because practices are written in many
    // languages; the two-argument to_tsvector is immutable, as a stored column requires.
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        (): SQL => sql`to_tsvector('simple', ${bestPractices.title} || ' ' || ${bestPractices.summary} || ' ' || ${bestPractices.body})`,
      ),
  },
  (t) => [
    index('best_practice_title_id_idx').on(t.title, t.id),
    index('best_practice_source_exchange_idx').on(t.sourceExchangeId),
    index('best_practice_search_idx').using('gin', t.search),
    index('best_practice_documenting_association_idx').on(t.documentingAssociationId),
    // One practice per exchange per association (the secretariat, null, counts as one
    // author too), so that two drafts of one lesson never compete; a concurrent second
    // insert fails here and is refused as ALREADY_DOCUMENTED.
    unique('best_practice_exchange_association_key')
      .on(t.sourceExchangeId, t.documentingAssociationId)
      .nullsNotDistinct(),
  ],
);

/** Every change of a best practice's review status: who, when and why. */
export const bestPracticeHistory = knowledgeSchema.table(
  'best_practice_transition',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bestPracticeId: uuid('best_practice_id')
      .notNull()
      .references(() => bestPractices.id),
    /** Null for the entry that documents the practice. */
    fromStatus: bestPracticeStatus('from_status'),
    toStatus: bestPracticeStatus('to_status').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Who made the change, as kit `actorOf` names a viewer: STAFF, ASSOCIATION:<id>. */
    actor: text('actor').notNull(),
    reason: text('reason'),
  },
  (t) => [index('best_practice_transition_practice_at_idx').on(t.bestPracticeId, t.at)],
);

export const bestPracticeTopics = knowledgeSchema.table(
  'best_practice_topic',
  {
    bestPracticeId: uuid('best_practice_id')
      .notNull()
      .references(() => bestPractices.id),
    topicCode: text('topic_code')
      .notNull()
      .references(() => topics.code),
  },
  (t) => [
    primaryKey({ name: 'best_practice_topic_pk', columns: [t.bestPracticeId, t.topicCode] }),
    index('best_practice_topic_topic_idx').on(t.topicCode),
  ],
);

export const bestPracticeMunicipalities = knowledgeSchema.table(
  'best_practice_municipality',
  {
    bestPracticeId: uuid('best_practice_id')
      .notNull()
      .references(() => bestPractices.id),
    /** A Municipality of the municipalities service, by id. */
    municipalityId: uuid('municipality_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'best_practice_municipality_pk', columns: [t.bestPracticeId, t.municipalityId] }),
    index('best_practice_municipality_municipality_idx').on(t.municipalityId),
  ],
);

export const knowledgeEvents = knowledgeSchema.table(
  'knowledge_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    kind: knowledgeEventKind('kind').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    location: text('location'),
    audiences: audience('audiences').array().notNull().default([]),
    /** An Association of the municipalities service, by id; null when the secretariat runs it. */
    organiserAssociationId: uuid('organiser_association_id'),
    status: knowledgeEventStatus('status').notNull().default('SCHEDULED'),
    /** Why it was cancelled; null while it is scheduled. */
    cancellationReason: text('cancellation_reason'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('knowledge_event_date_id_idx').on(t.date, t.id)],
);

/** Every change of a knowledge event: who scheduled, edited or cancelled it, when and why. */
export const knowledgeEventHistory = knowledgeSchema.table(
  'knowledge_event_change',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => knowledgeEvents.id),
    kind: knowledgeEventChangeKind('kind').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Who made the change, as kit `actorOf` names a viewer: STAFF, ASSOCIATION:<id>. */
    actor: text('actor').notNull(),
    /** The cancellation's reason, or the fields an edit changed. */
    reason: text('reason'),
  },
  (t) => [index('knowledge_event_change_event_at_idx').on(t.eventId, t.at)],
);

export const knowledgeEventPractices = knowledgeSchema.table(
  'knowledge_event_practice',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => knowledgeEvents.id),
    bestPracticeId: uuid('best_practice_id')
      .notNull()
      .references(() => bestPractices.id),
  },
  (t) => [
    primaryKey({ name: 'knowledge_event_practice_pk', columns: [t.eventId, t.bestPracticeId] }),
    index('knowledge_event_practice_practice_idx').on(t.bestPracticeId),
  ],
);

/**
 * Projection of ExchangeCompleted (exchanges service): a completed exchange opens a
 * lesson to document. Never written by this service's mutations, only by its handler.
 */
export const lessonsToDocument = knowledgeSchema.table(
  'lesson_to_document',
  {
    exchangeId: uuid('exchange_id').primaryKey(),
    requestId: uuid('request_id').notNull(),
    title: text('title').notNull(),
    /** The host and every participating municipality. */
    municipalityIds: uuid('municipality_ids').array().notNull(),
    participantOfficialIds: uuid('participant_official_ids').array().notNull(),
    /** Topic codes of the request the exchange answered. */
    topics: text('topics').array().notNull(),
    /** Associations involved, as ExchangeCompleted names them (empty for events recorded before it carried them). */
    associationIds: uuid('association_ids').array().notNull().default([]),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('lesson_to_document_completed_idx').on(t.completedAt, t.exchangeId)],
);

/**
 * Projection of MunicipalityJoinedAssociation (municipalities service): an association
 * may document the exchanges one of its member municipalities took part in.
 */
export const associationMembers = knowledgeSchema.table(
  'association_member',
  {
    associationId: uuid('association_id').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'association_member_pk', columns: [t.associationId, t.municipalityId] }),
    index('association_member_municipality_idx').on(t.municipalityId),
  ],
);

/**
 * Projection of OfficialRegistered/Updated/Erased (municipalities service): the
 * municipality each official works for, so that a completed exchange counts the
 * peers' municipalities among its own. Nothing else about the person is kept.
 */
export const officialMunicipalities = knowledgeSchema.table(
  'official_municipality',
  {
    officialId: uuid('official_id').primaryKey(),
    municipalityId: uuid('municipality_id').notNull(),
  },
);

export type TopicRow = typeof topics.$inferSelect;
export type TopicLabelRow = typeof topicLabels.$inferSelect;
export type BestPracticeRow = typeof bestPractices.$inferSelect;
export type KnowledgeEventRow = typeof knowledgeEvents.$inferSelect;
export type BestPracticeTransitionRow = typeof bestPracticeHistory.$inferSelect;
export type LessonRow = typeof lessonsToDocument.$inferSelect;
export type KnowledgeEventChangeRow = typeof knowledgeEventHistory.$inferSelect;
