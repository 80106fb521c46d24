// Tables of the municipalities service, in its own Postgres schema.
import { index, integer, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { serviceTables } from '@connect/kit';

export const municipalitiesSchema = pgSchema('municipalities');

/** Outbox, inbox, idempotency keys and erased officials: how this service talks to the others, absorbs retries and keeps erasure final. */
export const { outbox, inbox, idempotencyKeys, erasedOfficials } = serviceTables(municipalitiesSchema);
export const serviceTableSet = { outbox, inbox, idempotencyKeys, erasedOfficials };

export const municipalityKind = municipalitiesSchema.enum('municipality_kind', [
  'CITY',
  'TOWN',
  'RURAL_MUNICIPALITY',
  'DISTRICT',
  'REGION',
]);

export const mandate = municipalitiesSchema.enum('mandate', ['ELECTED', 'STAFF']);

export const functionArea = municipalitiesSchema.enum('function_area', [
  'GENERAL_MANAGEMENT',
  'URBAN_PLANNING',
  'RURAL_DEVELOPMENT',
  'WATER_AND_SANITATION',
  'WASTE_MANAGEMENT',
  'ENVIRONMENT_AND_HEALTH',
  'TOURISM',
  'ECONOMIC_DEVELOPMENT',
  'FINANCE',
  'SOCIAL_SERVICES',
  'PUBLIC_WORKS',
  'ENERGY_AND_CLIMATE',
]);

export const municipalities = municipalitiesSchema.table(
  'municipality',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    countryCode: text('country_code').notNull(),
    region: text('region'),
    kind: municipalityKind('kind').notNull(),
    population: integer('population'),
    languages: text('languages').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('municipality_name_id_idx').on(t.name, t.id),
    index('municipality_country_name_idx').on(t.countryCode, t.name, t.id),
  ],
);

export const associations = municipalitiesSchema.table(
  'association',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    acronym: text('acronym'),
    countryCode: text('country_code').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('association_name_id_idx').on(t.name, t.id)],
);

export const associationMembers = municipalitiesSchema.table(
  'association_member',
  {
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'association_member_pk', columns: [t.associationId, t.municipalityId] }),
    index('association_member_municipality_idx').on(t.municipalityId),
  ],
);

export const officials = municipalitiesSchema.table(
  'official',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    fullName: text('full_name').notNull(),
    position: text('position').notNull(),
    mandate: mandate('mandate').notNull(),
    functionArea: functionArea('function_area').notNull(),
    languages: text('languages').array().notNull().default([]),
    email: text('email'),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('official_name_id_idx').on(t.fullName, t.id),
    index('official_municipality_idx').on(t.municipalityId, t.fullName, t.id),
  ],
);

export type MunicipalityRow = typeof municipalities.$inferSelect;
export type AssociationRow = typeof associations.$inferSelect;
export type OfficialRow = typeof officials.$inferSelect;

/**
 * Who takes part in which exchange, as the exchanges service announced it
 * (ExchangeStarted / Completed / Cancelled). Only used to let participants of a shared
 * exchange see each other's contact details; never written by anything but events.
 */
export const exchangeParticipants = municipalitiesSchema.table(
  'exchange_participant',
  {
    exchangeId: uuid('exchange_id').notNull(),
    officialId: uuid('official_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'exchange_participant_pk', columns: [t.exchangeId, t.officialId] }),
    index('exchange_participant_official_idx').on(t.officialId),
  ],
);

/**
 * Associations an exchange involves, as ExchangePlanned / ExchangeUpdated /
 * ExchangeCompleted told it: whom to tell when the exchange is cancelled (its event
 * names only the participating officials). Written only by event handlers.
 */
export const exchangeAssociations = municipalitiesSchema.table(
  'exchange_association',
  {
    exchangeId: uuid('exchange_id').notNull(),
    associationId: uuid('association_id').notNull(),
  },
  (t) => [primaryKey({ name: 'exchange_association_pk', columns: [t.exchangeId, t.associationId] })],
);

/**
 * The official who speaks for each request, as RequestStatusChanged / RequestValidated
 * told it: who is told that a proposal for their request was answered. Written only by
 * event handlers; null once the requests service no longer names one (erasure).
 */
export const requestContacts = municipalitiesSchema.table('request_contact', {
  requestId: uuid('request_id').primaryKey(),
  contactOfficialId: uuid('contact_official_id'),
});

/**
 * The inbox: one notification per recipient, event and kind. `recipient` is the
 * recipient's `Me` id ("OFFICIAL:<id>" or "ASSOCIATION:<id>"); `source` is the id of the
 * event that caused it (or of the follow-up schedule row), so that a redelivered or
 * replayed event never notifies twice. Notifications stay when events are replayed; an
 * official's are deleted when they are erased.
 */
export const notifications = municipalitiesSchema.table(
  'notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipient: text('recipient').notNull(),
    source: text('source').notNull(),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    requestId: uuid('request_id'),
    exchangeId: uuid('exchange_id'),
    matchId: uuid('match_id'),
    bestPracticeId: uuid('best_practice_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notification_once_idx').on(t.recipient, t.source, t.kind),
    index('notification_recipient_idx').on(t.recipient, t.createdAt, t.id),
  ],
);

export type NotificationRow = typeof notifications.$inferSelect;

/**
 * Follow-up evaluations to announce: written on ExchangeCompleted, one row per
 * recipient and follow-up (3, 6 and 12 months after completion), turned into a
 * notification once `dueAt` has passed, when the recipient reads their inbox.
 */
export const followUps = municipalitiesSchema.table(
  'follow_up',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipient: text('recipient').notNull(),
    exchangeId: uuid('exchange_id').notNull(),
    requestId: uuid('request_id'),
    months: integer('months').notNull(),
    title: text('title').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('follow_up_once_idx').on(t.recipient, t.exchangeId, t.months),
    index('follow_up_due_idx').on(t.recipient, t.dueAt),
  ],
);

/**
 * The directory's history: one row per change of an entry (registered, updated, joined or
 * left an association, an official registered, updated or erased), written in the
 * transaction of the change. `municipalityId` and `associationId` say whose history the
 * row belongs to (a membership belongs to both); `officialId` names the official an
 * official's change concerns. `fields` names the fields changed, never their values:
 * the row keeps no personal data, so an erasure has nothing to take out of it. `actor`
 * is as the kit's actorOf writes it.
 */
export const directoryChanges = municipalitiesSchema.table(
  'directory_change',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    municipalityId: uuid('municipality_id'),
    associationId: uuid('association_id'),
    officialId: uuid('official_id'),
    fields: text('fields').array().notNull().default([]),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('directory_change_municipality_idx').on(t.municipalityId, t.at, t.id),
    index('directory_change_association_idx').on(t.associationId, t.at, t.id),
  ],
);

export type DirectoryChangeRow = typeof directoryChanges.$inferSelect;
