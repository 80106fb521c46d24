// Reads of requests, their validation and their history. Takes the shared database
// type, so it runs unchanged on PGlite and PostgreSQL, and inside a transaction on `tx`.
import { and, arrayContains, asc, eq, getTableColumns, inArray, lte, sql } from 'drizzle-orm';
import { keyset, type Executor, type PageRequest } from '@connect/kit';
import type { RequestStatus } from '../lifecycle.ts';
import {
  requests,
  requestTransitions,
  requestValidations,
  type RequestRow,
  type RequestTransitionRow,
  type RequestValidationRow,
} from './tables.ts';

export interface RequestFilter {
  status?: RequestStatus | null;
  municipalityId?: string | null;
  /** A topic code; matches requests that name it among their topics. */
  topic?: string | null;
}

export class RequestRepository {
  constructor(private readonly db: Executor) {}

  requestsByIds(ids: readonly string[]): Promise<RequestRow[]> {
    return this.db.select().from(requests).where(inArray(requests.id, [...ids]));
  }

  requestsByReferences(references: readonly string[]): Promise<RequestRow[]> {
    return this.db.select().from(requests).where(inArray(requests.reference, [...references]));
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

  listRequests(filter: RequestFilter, page: PageRequest): Promise<RequestRow[]> {
    const { where, orderBy, limit } = keyset(requests.reference, requests.id, page);
    return this.db
      .select()
      .from(requests)
      .where(
        and(
          where,
          filter.status ? eq(requests.status, filter.status) : undefined,
          filter.municipalityId ? eq(requests.municipalityId, filter.municipalityId) : undefined,
          filter.topic ? arrayContains(requests.topics, [filter.topic]) : undefined,
        ),
      )
      .orderBy(...orderBy)
      .limit(limit);
  }

  /**
   * The same page of requests for each of several municipalities, in one statement:
   * rows are numbered per municipality in (reference, id) order after the cursor, and
   * the first `limit + 1` of each are kept.
   */
  async requestsOfMunicipalities(ids: readonly string[], page: PageRequest): Promise<RequestRow[]> {
    const { where, limit } = keyset(requests.reference, requests.id, page);
    const ranked = this.db
      .select({
        ...getTableColumns(requests),
        position: sql<number>`row_number() over (partition by ${requests.municipalityId} order by ${requests.reference}, ${requests.id})`.as(
          'position',
        ),
      })
      .from(requests)
      .where(and(inArray(requests.municipalityId, [...ids]), where))
      .as('ranked');
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.position, limit))
      .orderBy(asc(ranked.municipalityId), asc(ranked.reference), asc(ranked.id));
    return rows.map(({ position: _, ...request }) => request);
  }
}
