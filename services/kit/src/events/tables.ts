// The tables every service keeps in its own schema for talking to the others and for
// safe retries. A change of state and the event that tells it are written in one
// transaction (outbox); an event handled once is remembered by id (inbox), so a
// redelivery changes nothing; a creating mutation's idempotency key remembers its
// first result. Officials erased from the directory are remembered by id, so that no
// action by or for them is accepted again (see erasure.ts).
import { index, integer, jsonb, primaryKey, text, timestamp, uuid, type PgSchema } from 'drizzle-orm/pg-core';

export function serviceTables(schema: PgSchema) {
  const outbox = schema.table(
    'outbox',
    {
      position: integer('position').primaryKey().generatedAlwaysAsIdentity(),
      id: uuid('id').notNull().unique('outbox_id_key'),
      type: text('type').notNull(),
      payload: jsonb('payload').notNull(),
      occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
      publishedAt: timestamp('published_at', { withTimezone: true }),
    },
    (t) => [index('outbox_unpublished_idx').on(t.publishedAt, t.position)],
  );
  const inbox = schema.table('inbox', {
    eventId: uuid('event_id').primaryKey(),
    type: text('type').notNull(),
    source: text('source').notNull(),
    handledAt: timestamp('handled_at', { withTimezone: true }).notNull().defaultNow(),
  });
  const idempotencyKeys = schema.table(
    'idempotency_key',
    {
      /** Who used the key: keys of different callers never collide. */
      scope: text('scope').notNull(),
      key: text('key').notNull(),
      operation: text('operation').notNull(),
      inputHash: text('input_hash').notNull(),
      result: jsonb('result'),
      createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [primaryKey({ name: 'idempotency_key_pk', columns: [t.scope, t.key] })],
  );
  /** Officials erased from the directory: the OfficialErased events this service has handled (municipalities: recorded). */
  const erasedOfficials = schema.table('erased_official', {
    officialId: uuid('official_id').primaryKey(),
    erasedAt: timestamp('erased_at', { withTimezone: true }).notNull().defaultNow(),
  });
  return { outbox, inbox, idempotencyKeys, erasedOfficials };
}

export type ServiceTables = ReturnType<typeof serviceTables>;
/** The part of the service tables that events use. */
export type EventTables = Pick<ServiceTables, 'outbox' | 'inbox'>;
