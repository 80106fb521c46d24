// Tables of the municipalities service, in its own Postgres schema.
import { index, integer, pgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
