// Reads and writes of requests, their validation, endorsements and history. Takes the
// shared database type, so it runs unchanged on PGlite and PostgreSQL, and inside a
// transaction on `tx`. Built with a visibility condition (see access.ts) it only
// ever reads requests the viewer may see; built without one (inside a mutation, whose
// permissions are checked before it runs, or an event handler) it reads them all.
import { and, arrayContains, arrayOverlaps, asc, between, desc, eq, getTableColumns, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { keyset, topicWithDescendants, type Executor, type PageRequest } from '@connect/kit';
import type { RequestStatus } from '../lifecycle.ts';
import {
  knownMunicipalities,
  requestEndorsements,
  requests,
  requestTransitions,
  requestValidations,
  type RequestEndorsementRow,
  type RequestRow,
  type RequestTransitionRow,
  type RequestValidationRow,
} from './tables.ts';

export interface RequestFilter {
  status?: RequestStatus | null;
  municipalityId?: string | null;
  /** A topic code; matches requests that name it or one of its sub-topics among their topics. */
  topic?: string | null;
  /** The requesting municipality's country, ISO 3166-1 alpha-2, upper case. */
  requesterCountryCode?: string | null;
  /** A format the request names among its preferred ones. */
  format?: RequestRow['preferredFormats'][number] | null;
  /** First and last calendar day (YYYY-MM-DD, UTC, both included) of when the request was submitted, or drafted if never submitted. */
  submittedFrom?: string | null;
  submittedTo?: string | null;
  /** Text every word of which appears in the reference, title or challenge, in any case. */
  search?: string | null;
}

/** The instant a calendar day starts, in UTC. */
const dayStart = (day: string) => sql`${day}::date::timestamp at time zone 'UTC'`;

/**
 * When a request counts for a period: its submission, or its drafting if it was never
 * submitted. The impact figures (exchanges service, requestsByStatus) count by the same
 * instant, so a list filtered by period and status holds what the figure counts.
 */
const countedAt = sql`coalesce(${requests.submittedAt}, ${requests.createdAt})`;

/** A LIKE pattern matching text that contains `text` literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The condition of a filter, without visibility or paging. */
function filtered(filter: RequestFilter): SQL | undefined {
  const words = filter.search?.trim().split(/\s+/).filter(Boolean) ?? [];
  return and(
    filter.status ? eq(requests.status, filter.status) : undefined,
    filter.municipalityId ? eq(requests.municipalityId, filter.municipalityId) : undefined,
    filter.topic ? arrayOverlaps(requests.topics, topicWithDescendants(filter.topic)) : undefined,
    filter.format ? arrayContains(requests.preferredFormats, [filter.format]) : undefined,
    filter.requesterCountryCode
      ? sql`${requests.municipalityId} in (select ${knownMunicipalities.municipalityId} from ${knownMunicipalities} where ${knownMunicipalities.countryCode} = ${filter.requesterCountryCode})`
      : undefined,
    filter.submittedFrom ? sql`${countedAt} >= ${dayStart(filter.submittedFrom)}` : undefined,
    filter.submittedTo ? sql`${countedAt} < ${dayStart(filter.submittedTo)} + interval '1 day'` : undefined,
    ...words.map((word) =>
      or(ilike(requests.reference, containing(word)), ilike(requests.title, containing(word)), ilike(requests.challenge, containing(word))),
    ),
  );
}

/** What a request says: the fields its municipality writes and may change while drafting. */
export type RequestContent = Pick<
  RequestRow,
  'title' | 'challenge' | 'expectedOutcome' | 'topics' | 'preferredFormats' | 'languages' | 'earliestStart' | 'latestEnd'
>;

/** A new request, before it has a reference. */
export type NewRequest = RequestContent & Pick<RequestRow, 'municipalityId' | 'contactOfficialId'>;

/** A time that is either given (an event's time) or the transaction's own `now()`. */
type At = Date | SQL;

/** The highest number a year's references can hold: at least four digits, at most nine. */
const LAST_NUMBER_OF_A_YEAR = 999_999_999;
/** The first key of the advisory lock that numbers a year's requests (the year is the second). */
const REFERENCE_LOCK = 7_341_002;

export class RequestRepository {
  constructor(
    private readonly db: Executor,
    /** Only requests meeting this condition are read; undefined reads all. */
    private readonly visible?: SQL,
  ) {}

  requestsByIds(ids: readonly string[]): Promise<RequestRow[]> {
    return this.db.select().from(requests).where(and(inArray(requests.id, [...ids]), this.visible));
  }

  async requestById(id: string): Promise<RequestRow | null> {
    const [row] = await this.requestsByIds([id]);
    return row ?? null;
  }

  requestsByReferences(references: readonly string[]): Promise<RequestRow[]> {
    return this.db.select().from(requests).where(and(inArray(requests.reference, [...references]), this.visible));
  }

  validationsOfRequests(ids: readonly string[]): Promise<RequestValidationRow[]> {
    return this.db.select().from(requestValidations).where(inArray(requestValidations.requestId, [...ids]));
  }

  /** Transitions of the requests, oldest first. */
  historiesOfRequests(ids: readonly string[]): Promise<RequestTransitionRow[]> {
    return this.db
      .select()
      .from(requestTransitions)
      .where(inArray(requestTransitions.requestId, [...ids]))
      .orderBy(requestTransitions.at, requestTransitions.id);
  }

  /** Endorsements of the requests, oldest first. */
  endorsementsOfRequests(ids: readonly string[]): Promise<RequestEndorsementRow[]> {
    return this.db
      .select()
      .from(requestEndorsements)
      .where(inArray(requestEndorsements.requestId, [...ids]))
      .orderBy(requestEndorsements.endorsedAt, requestEndorsements.associationId);
  }

  listRequests(filter: RequestFilter, page: PageRequest): Promise<RequestRow[]> {
    const { where, orderBy, limit } = keyset(requests.referenceOrder, requests.id, page);
    return this.db
      .select()
      .from(requests)
      .where(and(where, this.visible, filtered(filter)))
      .orderBy(...orderBy)
      .limit(limit);
  }

  /** How many requests the filter selects, of those the viewer may see. */
  async countRequests(filter: RequestFilter): Promise<number> {
    const [row] = await this.db
      .select({ count: sql<number>`count(*)::int` })
      .from(requests)
      .where(and(this.visible, filtered(filter)));
    return row?.count ?? 0;
  }

  /** How many requests each municipality has that the viewer may see. */
  async countRequestsOfMunicipalities(ids: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.db
      .select({ municipalityId: requests.municipalityId, count: sql<number>`count(*)::int` })
      .from(requests)
      .where(and(inArray(requests.municipalityId, [...ids]), this.visible))
      .groupBy(requests.municipalityId);
    return new Map(rows.map((r) => [r.municipalityId, r.count]));
  }

  /**
   * The same page of requests for each of several municipalities, in one statement:
   * rows are numbered per municipality in (reference order, id) after the cursor, and
   * the first `limit + 1` of each are kept.
   */
  async requestsOfMunicipalities(ids: readonly string[], page: PageRequest): Promise<RequestRow[]> {
    const { where, limit } = keyset(requests.referenceOrder, requests.id, page);
    const ranked = this.db
      .select({
        ...getTableColumns(requests),
        position: sql<number>`row_number() over (partition by ${requests.municipalityId} order by ${requests.referenceOrder}, ${requests.id})`.as(
          'position',
        ),
      })
      .from(requests)
      .where(and(inArray(requests.municipalityId, [...ids]), where, this.visible))
      .as('ranked');
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.position, limit))
      .orderBy(asc(ranked.municipalityId), asc(ranked.referenceOrder), asc(ranked.id));
    return rows.map(({ position: _, ...request }) => request);
  }

  // Writes: inside a mutation's or a handler's transaction.

  /** The request, locked until the transaction ends, so that two changes of it take turns. */
  async lockRequest(id: string): Promise<RequestRow | null> {
    const [row] = await this.db.select().from(requests).where(eq(requests.id, id)).for('update');
    return row ?? null;
  }

  /**
   * Inserts a request under the next free reference of `year`, REQ-YYYY-NNNN. Drafts of
   * the same year take turns for their number: a transaction-scoped advisory lock per
   * year is held from reading the last number until the draft's transaction ends, so
   * the next one reads a number that is committed (READ COMMITTED reads afresh for each
   * statement). Drafts of the same moment therefore wait a little instead of failing.
   */
  async insertRequest(request: NewRequest, year: number): Promise<RequestRow> {
    const prefix = `REQ-${year}-`;
    await this.db.execute(sql`select pg_advisory_xact_lock(${REFERENCE_LOCK}::int, ${year}::int)`);
    const [last] = await this.db
      .select({ reference: requests.reference })
      .from(requests)
      .where(between(requests.referenceOrder, `${year}${'0'.repeat(9)}`, `${year}${'9'.repeat(9)}`))
      .orderBy(desc(requests.referenceOrder))
      .limit(1);
    const number = last ? Number(last.reference.slice(prefix.length)) + 1 : 1;
    if (number > LAST_NUMBER_OF_A_YEAR) throw new Error(`every request reference of ${year} is taken`);
    const reference = `${prefix}${String(number).padStart(4, '0')}`;
    const [row] = await this.db
      .insert(requests)
      .values({ ...request, reference, status: 'DRAFT', createdAt: sql`now()`, updatedAt: sql`now()` })
      .returning();
    return row!;
  }

  async changeContent(id: string, changes: Partial<RequestContent>): Promise<RequestRow> {
    const [row] = await this.db
      .update(requests)
      .set({ ...changes, updatedAt: sql`now()` })
      .where(eq(requests.id, id))
      .returning();
    return row!;
  }

  /** Forgets an erased official as the contact of the requests they spoke for. */
  async forgetContact(officialId: string): Promise<void> {
    await this.db.update(requests).set({ contactOfficialId: null }).where(eq(requests.contactOfficialId, officialId));
  }

  /** Sets the status (and, on submission, when it was submitted); `at` is also the history row's time. */
  async setStatus(id: string, status: RequestStatus, at: At): Promise<RequestRow> {
    const [row] = await this.db
      .update(requests)
      .set({ status, updatedAt: at, ...(status === 'SUBMITTED' ? { submittedAt: at } : {}) })
      .where(eq(requests.id, id))
      .returning();
    return row!;
  }

  async recordTransition(transition: Omit<RequestTransitionRow, 'id' | 'at'> & { at: At }): Promise<RequestTransitionRow> {
    const [row] = await this.db.insert(requestTransitions).values(transition).returning();
    return row!;
  }

  async recordValidation(validation: Omit<RequestValidationRow, 'decidedAt'>): Promise<RequestValidationRow> {
    const [row] = await this.db
      .insert(requestValidations)
      .values({ ...validation, decidedAt: sql`now()` })
      .returning();
    return row!;
  }

  /** The endorsement, or null when the association had already endorsed the request. */
  async recordEndorsement(endorsement: Omit<RequestEndorsementRow, 'endorsedAt'>): Promise<RequestEndorsementRow | null> {
    const [row] = await this.db
      .insert(requestEndorsements)
      .values({ ...endorsement, endorsedAt: sql`now()` })
      .onConflictDoNothing()
      .returning();
    return row ?? null;
  }
}
