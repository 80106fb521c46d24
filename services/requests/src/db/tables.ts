// Tables of the requests service, in its own Postgres schema. Municipalities, officials
// and topics belong to other services: they are stored here as ids and codes only,
// without foreign keys.
import { sql } from 'drizzle-orm';
import { date, index, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { requestStatuses } from '../lifecycle.ts';
import { validationCriteria } from '../validation-criteria.ts';
import { serviceTables } from '@connect/kit';

export const requestsSchema = pgSchema('requests');

/** Outbox, inbox, idempotency keys and erased officials: how this service talks to the others, absorbs retries and keeps erasure final. */
export const { outbox, inbox, idempotencyKeys, erasedOfficials } = serviceTables(requestsSchema);
export const serviceTableSet = { outbox, inbox, idempotencyKeys, erasedOfficials };

export const requestStatus = requestsSchema.enum('request_status', requestStatuses);

export const exchangeFormat = requestsSchema.enum('exchange_format', [
  'EXPERT_ASSIGNMENT',
  'WORK_PLACEMENT',
  'ROUNDTABLE',
  'STUDY_VISIT',
]);

export const validationDecision = requestsSchema.enum('validation_decision', ['VALIDATED', 'REJECTED']);

export const validationCriterion = requestsSchema.enum('validation_criterion', validationCriteria);

export const requests = requestsSchema.table(
  'request',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** REQ-YYYY-NNNN: year of drafting and a number within that year (four digits at least, more once a year needs them). */
    reference: text('reference').notNull(),
    /**
     * The reference as it sorts: year, then the number padded to nine digits, so that
     * REQ-2026-10000 comes after REQ-2026-9999. Kept by the database; lists page by it.
     */
    referenceOrder: text('reference_order')
      .notNull()
      .generatedAlwaysAs(sql`split_part(reference, '-', 2) || lpad(split_part(reference, '-', 3), 9, '0')`),
    title: text('title').notNull(),
    challenge: text('challenge').notNull(),
    expectedOutcome: text('expected_outcome').notNull(),
    /** Topic codes of the knowledge taxonomy. */
    topics: text('topics').array().notNull().default([]),
    /** Preferred first. */
    preferredFormats: exchangeFormat('preferred_formats').array().notNull().default([]),
    languages: text('languages').array().notNull().default([]),
    municipalityId: uuid('municipality_id').notNull(),
    /** Null once the official has been erased from the directory. */
    contactOfficialId: uuid('contact_official_id'),
    earliestStart: date('earliest_start', { mode: 'string' }),
    latestEnd: date('latest_end', { mode: 'string' }),
    status: requestStatus('status').notNull().default('DRAFT'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('request_reference_key').on(t.reference),
    index('request_reference_order_idx').on(t.referenceOrder, t.id),
    index('request_municipality_reference_idx').on(t.municipalityId, t.referenceOrder, t.id),
    index('request_status_reference_idx').on(t.status, t.referenceOrder, t.id),
    // The topic filter is `topics @> array[code]`, which a GIN index answers.
    index('request_topics_idx').using('gin', t.topics),
  ],
);

/** The secretariat's decision; the row exists only once the decision is taken. */
export const requestValidations = requestsSchema.table('request_validation', {
  requestId: uuid('request_id')
    .primaryKey()
    .references(() => requests.id),
  decision: validationDecision('decision').notNull(),
  criteriaChecked: validationCriterion('criteria_checked').array().notNull().default([]),
  note: text('note'),
  decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  /** Role and id of whoever decided, such as STAFF. */
  decidedBy: text('decided_by').notNull(),
});

/** Every change of status, written in the same transaction as the change itself. */
export const requestTransitions = requestsSchema.table(
  'request_transition',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id),
    /** Null for the first entry, when the request is drafted. */
    from: requestStatus('from_status'),
    to: requestStatus('to_status').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** Role and id, such as STAFF or OFFICIAL:<id>. */
    actor: text('actor').notNull(),
    reason: text('reason'),
  },
  (t) => [index('request_transition_request_at_idx').on(t.requestId, t.at, t.id)],
);

/** An association's support for a request of one of its member municipalities; once per association. */
export const requestEndorsements = requestsSchema.table(
  'request_endorsement',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => requests.id),
    /** The association, owned by the municipalities service. */
    associationId: uuid('association_id').notNull(),
    note: text('note'),
    endorsedAt: timestamp('endorsed_at', { withTimezone: true }).notNull().defaultNow(),
    /** Role and id of whoever endorsed, such as ASSOCIATION:<id>. */
    endorsedBy: text('endorsed_by').notNull(),
  },
  (t) => [primaryKey({ name: 'request_endorsement_pk', columns: [t.requestId, t.associationId] })],
);

// Projections of the directory (the municipalities service), fed only by its events:
// which municipality an official speaks for, and which municipalities each association
// counts as members. Permissions are decided on them without calling another service.

/** The municipality each official belongs to (OfficialRegistered, OfficialUpdated; OfficialErased removes the row). */
export const knownOfficials = requestsSchema.table('known_official', {
  officialId: uuid('official_id').primaryKey(),
  municipalityId: uuid('municipality_id').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The country of each municipality (MunicipalityRegistered, MunicipalityUpdated): lists
 * filter requests by their requester's country, as the impact figures count them.
 */
export const knownMunicipalities = requestsSchema.table('known_municipality', {
  municipalityId: uuid('municipality_id').primaryKey(),
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode: text('country_code').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Members of each association (MunicipalityJoinedAssociation). */
export const associationMembers = requestsSchema.table(
  'association_member',
  {
    associationId: uuid('association_id').notNull(),
    municipalityId: uuid('municipality_id').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'association_member_pk', columns: [t.associationId, t.municipalityId] })],
);

export type RequestRow = typeof requests.$inferSelect;
export type RequestValidationRow = typeof requestValidations.$inferSelect;
export type RequestTransitionRow = typeof requestTransitions.$inferSelect;
export type RequestEndorsementRow = typeof requestEndorsements.$inferSelect;
