// Reads of the matching service's tables. Built over an Executor, so the same class
// serves the database and, inside `db.transaction`, the transaction on `tx`.
import { and, asc, count, desc, eq, getTableColumns, gt, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor, PageRequest } from '@connect/kit';
import type { MatchStatus } from '../lifecycle.ts';
import type { RankedExpert } from '../ranking.ts';
import { rankByScore } from '../scoring.ts';
import { expertise, matches, matchTransitions, type ExpertiseRow, type MatchRow, type MatchTransitionRow } from './tables.ts';

/** The statuses of a match that has been put to its official. */
const proposalStatuses: readonly MatchStatus[] = ['PROPOSED', 'ACCEPTED', 'DECLINED'];

/** The statuses of a match still waiting for someone: the secretariat or the official. */
const openStatuses: readonly MatchStatus[] = ['SUGGESTED', 'PROPOSED'];

export type NewMatch = typeof matches.$inferInsert;

/** A change of status: who made it, when and why, and what else it sets on the match. */
export interface MatchChange {
  to: MatchStatus;
  at: Date;
  actor: string;
  reason?: string | null;
  set?: Partial<Pick<MatchRow, 'proposedAt' | 'respondedAt' | 'responseNote'>>;
}

export class MatchingRepository {
  constructor(private readonly db: Executor) {}

  /** Stores a ranking: one row per candidate, factors included. */
  recordMatches(rows: NewMatch[]): Promise<MatchRow[]> {
    return this.db.insert(matches).values(rows).returning();
  }

  /** The match, locked for the rest of the transaction. */
  async matchForUpdate(id: string): Promise<MatchRow | null> {
    const [row] = await this.db.select().from(matches).where(eq(matches.id, id)).for('update');
    return row ?? null;
  }

  /**
   * Moves a match to the status its lifecycle allowed and writes the history row. The
   * update is guarded by the status read, so a change made meanwhile is never overwritten.
   */
  async changeStatus(match: MatchRow, change: MatchChange): Promise<void> {
    const updated = await this.db
      .update(matches)
      .set({ status: change.to, ...change.set })
      .where(and(eq(matches.id, match.id), eq(matches.status, match.status)))
      .returning({ id: matches.id });
    if (updated.length === 0) throw new Error(`match ${match.id} left status ${match.status} during the change`);
    await this.db
      .insert(matchTransitions)
      .values({ matchId: match.id, from: match.status, to: change.to, at: change.at, actor: change.actor, reason: change.reason ?? null });
  }

  /** Matches still open for a request or an official, to withdraw when it goes away. */
  openMatches(where: { requestId: string } | { officialId: string }): Promise<MatchRow[]> {
    const owner = 'requestId' in where ? eq(matches.requestId, where.requestId) : eq(matches.officialId, where.officialId);
    return this.db
      .select()
      .from(matches)
      .where(and(owner, inArray(matches.status, [...openStatuses])))
      .orderBy(asc(matches.id))
      .for('update');
  }

  /**
   * Replaces the SUGGESTED matches of a request by a new shortlist. A peer suggested
   * again keeps their match (and its id), with the new score; suggestions that fell out
   * are deleted; matches already put to their official stay as they are. Then every
   * match of the request is ranked again by score, so ranks run 1, 2, 3, ... and follow
   * the scores across old and new matches.
   */
  async replaceSuggestions(requestId: string, existing: readonly MatchRow[], shortlist: readonly RankedExpert[], at: Date): Promise<void> {
    const kept = existing.filter((m) => m.status !== 'SUGGESTED');
    const chosen = new Set(shortlist.map((s) => s.officialId));
    const dropped = existing.filter((m) => m.status === 'SUGGESTED' && !chosen.has(m.officialId)).map((m) => m.id);
    if (dropped.length > 0) await this.db.delete(matches).where(inArray(matches.id, dropped));
    if (shortlist.length === 0) {
      await this.renumber(kept);
      return;
    }
    const stored = await this.db
      .insert(matches)
      .values(
        shortlist.map((s) => ({ requestId, officialId: s.officialId, rank: s.rank, score: s.score, factors: s.factors, status: 'SUGGESTED' as const, createdAt: at })),
      )
      .onConflictDoUpdate({
        target: [matches.requestId, matches.officialId],
        set: { rank: sql`excluded.rank`, score: sql`excluded.score`, factors: sql`excluded.factors`, createdAt: sql`excluded.created_at` },
        setWhere: eq(matches.status, 'SUGGESTED'),
      })
      .returning();
    const byOfficial = new Map(stored.map((m) => [m.officialId, m]));
    await this.renumber([...kept, ...shortlist.flatMap((s) => byOfficial.get(s.officialId) ?? [])]);
  }

  /** Gives the matches of one request the ranks their scores call for. */
  private async renumber(rows: readonly MatchRow[]): Promise<void> {
    for (const { id, rank, previous } of rankByScore(rows.map((m) => ({ id: m.id, score: m.score, previous: m.rank })))) {
      if (rank !== previous) await this.db.update(matches).set({ rank }).where(eq(matches.id, id));
    }
  }

  /** Every match of a request, in rank order. */
  matchesOfRequest(requestId: string): Promise<MatchRow[]> {
    return this.db.select().from(matches).where(eq(matches.requestId, requestId)).orderBy(asc(matches.rank), asc(matches.id));
  }

  /** The history of each match, oldest change first. */
  historyOfMatches(matchIds: readonly string[]): Promise<MatchTransitionRow[]> {
    return this.db
      .select()
      .from(matchTransitions)
      .where(inArray(matchTransitions.matchId, [...matchIds]))
      .orderBy(matchTransitions.matchId, asc(matchTransitions.at), asc(matchTransitions.id));
  }

  /** One match read fresh, as a mutation's payload shows it after the change. */
  async matchById(id: string): Promise<MatchRow | null> {
    const [row] = await this.matchesByIds([id]);
    return row ?? null;
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

  /**
   * A page of the matches of each request, by rank, in one statement however many
   * requests: up to `page.limit + 1` rows each (the extra one says a page follows).
   */
  async matchPagesOfRequests(requestIds: readonly string[], status: MatchStatus | null, page: PageRequest): Promise<MatchRow[]> {
    const after = page.after
      ? or(gt(matches.rank, Number(page.after.sort)), and(eq(matches.rank, Number(page.after.sort)), gt(matches.id, page.after.id)))
      : undefined;
    const ranked = this.db
      .select({
        ...getTableColumns(matches),
        position: sql<number>`row_number() over (partition by ${matches.requestId} order by ${matches.rank}, ${matches.id})`.as('position'),
      })
      .from(matches)
      .where(and(inArray(matches.requestId, [...requestIds]), status ? eq(matches.status, status) : undefined, after))
      .as('ranked');
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.position, page.limit + 1))
      .orderBy(asc(ranked.requestId), asc(ranked.rank), asc(ranked.id));
    return rows.map(({ position: _, ...match }) => match);
  }

  /** How many matches each request has (in one status, if given), in one statement. */
  countMatchesOfRequests(requestIds: readonly string[], status: MatchStatus | null): Promise<{ requestId: string; total: number }[]> {
    return this.db
      .select({ requestId: matches.requestId, total: count() })
      .from(matches)
      .where(and(inArray(matches.requestId, [...requestIds]), status ? eq(matches.status, status) : undefined))
      .groupBy(matches.requestId);
  }

  /**
   * A page of the proposals still waiting for an answer, the longest waiting first: put
   * to one official, or (null) to anyone.
   */
  pendingProposals(officialId: string | null, page: PageRequest): Promise<MatchRow[]> {
    const since = page.after ? new Date(page.after.sort) : null;
    const after = since && page.after
      ? or(gt(matches.proposedAt, since), and(eq(matches.proposedAt, since), gt(matches.id, page.after.id)))
      : undefined;
    return this.db
      .select()
      .from(matches)
      .where(and(this.pending(officialId), after))
      .orderBy(asc(matches.proposedAt), asc(matches.id))
      .limit(page.limit + 1);
  }

  async countPendingProposals(officialId: string | null): Promise<number> {
    const [row] = await this.db.select({ total: count() }).from(matches).where(this.pending(officialId));
    return row?.total ?? 0;
  }

  private pending(officialId: string | null): SQL | undefined {
    return and(eq(matches.status, 'PROPOSED'), officialId ? eq(matches.officialId, officialId) : undefined);
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
