// Reads of the matching service's tables. Built over an Executor, so the same class
// serves the database and, inside `db.transaction`, the transaction on `tx`.
import { and, asc, desc, inArray } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import type { MatchStatus } from '../lifecycle.ts';
import { expertise, matches, type ExpertiseRow, type MatchRow } from './tables.ts';

/** The statuses of a match that has been put to its official. */
export const proposalStatuses: readonly MatchStatus[] = ['PROPOSED', 'ACCEPTED', 'DECLINED'];

export type NewMatch = typeof matches.$inferInsert;

export class MatchingRepository {
  constructor(private readonly db: Executor) {}

  /** Stores a ranking: one row per candidate, factors included. */
  recordMatches(rows: NewMatch[]): Promise<MatchRow[]> {
    return this.db.insert(matches).values(rows).returning();
  }

  matchesByIds(ids: readonly string[]): Promise<MatchRow[]> {
    return this.db.select().from(matches).where(inArray(matches.id, [...ids]));
  }

  /** The ranked matches of each request, best first. */
  matchesOfRequests(requestIds: readonly string[]): Promise<MatchRow[]> {
    return this.db
      .select()
      .from(matches)
      .where(inArray(matches.requestId, [...requestIds]))
      .orderBy(matches.requestId, asc(matches.rank), asc(matches.id));
  }

  /** What each official has been asked, newest proposal first. */
  proposalsOfOfficials(officialIds: readonly string[]): Promise<MatchRow[]> {
    return this.db
      .select()
      .from(matches)
      .where(and(inArray(matches.officialId, [...officialIds]), inArray(matches.status, [...proposalStatuses])))
      .orderBy(matches.officialId, desc(matches.proposedAt), desc(matches.createdAt), asc(matches.id));
  }

  /** Each official's declared expertise, deepest first. */
  expertiseOfOfficials(officialIds: readonly string[]): Promise<ExpertiseRow[]> {
    return this.db
      .select()
      .from(expertise)
      .where(inArray(expertise.officialId, [...officialIds]))
      .orderBy(
        expertise.officialId,
        desc(expertise.level),
        desc(expertise.yearsOfExperience),
        asc(expertise.topicCode),
      );
  }
}
