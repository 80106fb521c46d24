// What this service knows of other services' entities: accepted matches, the country of
// each municipality, where each request stands. Event handlers write these rows (and the
// demo seed, with the facts the story's events would have produced); mutations and
// impact figures read them. Every write is an upsert, so a redelivered or late event
// changes nothing it should not.
import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import { knownMunicipalities, knownOfficials, plannableMatches, requestFacts, type PlannableMatchRow, type RequestFactRow } from './tables.ts';

export interface RequestFact {
  requestId: string;
  municipalityId: string;
  status: string;
  topics: string[];
  submittedAt: Date | null;
  validatedAt: Date | null;
  /** Formats the request prefers (empty: no preference) and its window (null ends: open). */
  preferredFormats: string[];
  earliestStart: string | null;
  latestEnd: string | null;
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
          preferredFormats: row.preferredFormats,
          earliestStart: row.earliestStart,
          latestEnd: row.latestEnd,
        },
        setWhere: sql`excluded.changed_at >= ${requestFacts.changedAt}`,
      });
    // Whether or not the fact was newer, its time may be the earliest seen of the request.
    await this.db
      .update(requestFacts)
      .set({ createdAt: sql`least(${requestFacts.createdAt}, ${fact.changedAt.toISOString()}::timestamptz)` })
      .where(eq(requestFacts.requestId, fact.requestId));
  }

  /** Records an official's municipality; a later registration or update replaces it. */
  async knowOfficial(officialId: string, municipalityId: string): Promise<void> {
    await this.db
      .insert(knownOfficials)
      .values({ officialId, municipalityId })
      .onConflictDoUpdate({ target: knownOfficials.officialId, set: { municipalityId } });
  }

  /** Forgets an erased official's municipality. */
  async forgetOfficial(officialId: string): Promise<void> {
    await this.db.delete(knownOfficials).where(eq(knownOfficials.officialId, officialId));
  }

  /** The municipalities of the officials known here, each once. */
  async municipalitiesOf(officialIds: readonly string[]): Promise<string[]> {
    if (officialIds.length === 0) return [];
    const rows = await this.db
      .selectDistinct({ municipalityId: knownOfficials.municipalityId })
      .from(knownOfficials)
      .where(inArray(knownOfficials.officialId, [...officialIds]));
    return rows.map((r) => r.municipalityId);
  }

  async requestFact(requestId: string): Promise<RequestFactRow | null> {
    const [row] = await this.db.select().from(requestFacts).where(eq(requestFacts.requestId, requestId));
    return row ?? null;
  }
}
