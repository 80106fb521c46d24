// What this service knows of other services' entities: accepted matches, the country of
// each municipality, where each request stands. Event handlers write these rows (and the
// demo seed, with the facts the story's events would have produced); mutations and
// impact figures read them. Every write is an upsert, so a redelivered or late event
// changes nothing it should not.
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import { knownMunicipalities, plannableMatches, requestFacts, type PlannableMatchRow, type RequestFactRow } from './tables.ts';

export interface RequestFact {
  requestId: string;
  municipalityId: string;
  status: string;
  topics: string[];
  submittedAt: Date | null;
  validatedAt: Date | null;
  /** When the change this fact reflects happened. */
  changedAt: Date;
}

export class ProjectionRepository {
  constructor(private readonly db: Executor) {}

  /** Remembers an accepted match; the first acceptance stands. */
  async acceptMatch(match: PlannableMatchRow): Promise<void> {
    await this.db.insert(plannableMatches).values(match).onConflictDoNothing();
  }

  async plannableMatch(matchId: string): Promise<PlannableMatchRow | null> {
    const [row] = await this.db.select().from(plannableMatches).where(eq(plannableMatches.matchId, matchId));
    return row ?? null;
  }

  /** Records a municipality's country, and gives it to the requests already known from there. */
  async knowMunicipality(municipalityId: string, countryCode: string): Promise<void> {
    await this.db
      .insert(knownMunicipalities)
      .values({ municipalityId, countryCode })
      .onConflictDoUpdate({ target: knownMunicipalities.municipalityId, set: { countryCode } });
    await this.db.update(requestFacts).set({ countryCode }).where(eq(requestFacts.municipalityId, municipalityId));
  }

  async countryOf(municipalityId: string): Promise<string | null> {
    const [row] = await this.db
      .select({ countryCode: knownMunicipalities.countryCode })
      .from(knownMunicipalities)
      .where(eq(knownMunicipalities.municipalityId, municipalityId));
    return row?.countryCode ?? null;
  }

  /**
   * Records where a request stands. A fact older than the one held (an event delivered
   * late) only moves the request's creation earlier; it never brings back an old status.
   */
  async recordRequestFact(fact: RequestFact): Promise<void> {
    const countryCode = await this.countryOf(fact.municipalityId);
    const row = { ...fact, countryCode, createdAt: fact.changedAt };
    await this.db
      .insert(requestFacts)
      .values(row)
      .onConflictDoUpdate({
        target: requestFacts.requestId,
        set: {
          municipalityId: row.municipalityId,
          countryCode: row.countryCode,
          status: row.status,
          topics: row.topics,
          submittedAt: row.submittedAt,
          validatedAt: row.validatedAt,
          changedAt: row.changedAt,
        },
        setWhere: sql`excluded.changed_at >= ${requestFacts.changedAt}`,
      });
    // Whether or not the fact was newer, its time may be the earliest seen of the request.
    await this.db
      .update(requestFacts)
      .set({ createdAt: sql`least(${requestFacts.createdAt}, ${fact.changedAt.toISOString()}::timestamptz)` })
      .where(eq(requestFacts.requestId, fact.requestId));
  }

  async requestFact(requestId: string): Promise<RequestFactRow | null> {
    const [row] = await this.db.select().from(requestFacts).where(eq(requestFacts.requestId, requestId));
    return row ?? null;
  }
}
