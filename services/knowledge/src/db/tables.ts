// Tables of the knowledge service, in its own Postgres schema: the topic taxonomy
// (reference data, inserted by a migration), best practices and knowledge events.
import { sql, type SQL } from 'drizzle-orm';
import {
  check,
  customType,
  date,
  index,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { serviceTables } from '@connect/kit';

export const knowledgeSchema = pgSchema('knowledge');

/** Outbox, inbox and idempotency keys: how this service talks to the others and absorbs retries. */
export const { outbox, inbox, idempotencyKeys } = serviceTables(knowledgeSchema);
export const serviceTableSet = { outbox, inbox, idempotencyKeys };

export const bestPracticeStatus = knowledgeSchema.enum('best_practice_status', ['DRAFT', 'IN_REVIEW', 'PUBLISHED']);

export const knowledgeEventKind = knowledgeSchema.enum('knowledge_event_kind', [
  'CONFERENCE',
  'WORKSHOP',
  'WEBINAR',
  'ROUNDTABLE',
  'BRIEFING',
]);

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
    // The shape src/taxonomy.ts accepts for codes.
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
  ],
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('knowledge_event_date_id_idx').on(t.date, t.id)],
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

export type TopicRow = typeof topics.$inferSelect;
export type TopicLabelRow = typeof topicLabels.$inferSelect;
export type BestPracticeRow = typeof bestPractices.$inferSelect;
export type KnowledgeEventRow = typeof knowledgeEvents.$inferSelect;
