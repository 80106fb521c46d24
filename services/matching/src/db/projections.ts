// The expert pool: what matching knows of municipalities, officials, open requests,
// engagements and ratings, all learnt from other services' events, together with what
// officials declare here. Event handlers write it; ranking reads it.
import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { EventPayloads, Executor } from '@connect/kit';
import { readExperts } from './candidates.ts';
import { closedRequestStatuses } from '../request-closure.ts';
import type { DayWindow, DeclaredTopic, ExchangeFormat, MunicipalityContext, OpenRequest, PoolExpert, RequesterRole } from '../ranking.ts';
import {
  erasedOfficials,
  expertAvailability,
  expertise,
  expertProfiles,
  poolEngagements,
  poolMunicipalities,
  poolOfficials,
  poolRatings,
  poolRequests,
  poolRequestStatuses,
  type AvailabilityRow,
  type ExpertProfileRow,
  type PoolRequestRow,
} from './tables.ts';

/** What an official declares: their topics and how and when they can help. */
export interface Declaration {
  topics: DeclaredTopic[];
  summary: string | null;
  languages: string[];
  availability: DayWindow[];
  formatsAccepted: ExchangeFormat[];
  maxConcurrentEngagements: number;
}


export class ExpertPoolRepository {
  constructor(private readonly db: Executor) {}

  // --- municipalities and officials -------------------------------------------------

  /** Stores a municipality as the directory described it at `at`, unless a newer description is stored. */
  async saveMunicipality(m: EventPayloads['MunicipalityRegistered'], at: Date): Promise<void> {
    const row = {
      municipalityId: m.municipalityId,
      name: m.name,
      countryCode: m.countryCode,
      kind: m.kind,
      population: m.population,
      languages: m.languages,
      updatedAt: at,
    };
    await this.db
      .insert(poolMunicipalities)
      .values(row)
      .onConflictDoUpdate({ target: poolMunicipalities.municipalityId, set: row, setWhere: lte(poolMunicipalities.updatedAt, at) });
  }

  /** Stores an official as the directory described them at `at`; false when they were erased. */
  async saveOfficial(o: EventPayloads['OfficialRegistered'], at: Date): Promise<boolean> {
    if (await this.isErased(o.officialId)) return false;
    const row = {
      officialId: o.officialId,
      municipalityId: o.municipalityId,
      position: o.position,
      mandate: o.mandate,
      functionArea: o.functionArea,
      languages: o.languages,
      updatedAt: at,
    };
    await this.db
      .insert(poolOfficials)
      .values(row)
      .onConflictDoUpdate({ target: poolOfficials.officialId, set: row, setWhere: lte(poolOfficials.updatedAt, at) });
    return true;
  }

  /** Takes the official out of the pool with everything they declared or received, and remembers the erasure. */
  async eraseOfficial(officialId: string, at: Date): Promise<void> {
    await this.db.insert(erasedOfficials).values({ officialId, erasedAt: at }).onConflictDoNothing();
    await this.db.delete(poolOfficials).where(eq(poolOfficials.officialId, officialId));
    await this.db.delete(expertProfiles).where(eq(expertProfiles.officialId, officialId));
    await this.db.delete(expertise).where(eq(expertise.officialId, officialId));
    await this.db.delete(poolEngagements).where(eq(poolEngagements.officialId, officialId));
    await this.db.delete(poolRatings).where(eq(poolRatings.officialId, officialId));
    await this.db.update(poolRequests).set({ contactOfficialId: null }).where(eq(poolRequests.contactOfficialId, officialId));
  }

  /** The function area and mandate of an official of the pool, such as a request's contact; null when unknown. */
  async roleOf(officialId: string | null): Promise<RequesterRole | null> {
    if (!officialId) return null;
    const [row] = await this.db
      .select({ functionArea: poolOfficials.functionArea, mandate: poolOfficials.mandate })
      .from(poolOfficials)
      .where(eq(poolOfficials.officialId, officialId));
    return row ?? null;
  }

  async isInPool(officialId: string): Promise<boolean> {
    const [row] = await this.db.select({ id: poolOfficials.officialId }).from(poolOfficials).where(eq(poolOfficials.officialId, officialId));
    return Boolean(row);
  }

  private async isErased(officialId: string): Promise<boolean> {
    const [row] = await this.db.select({ id: erasedOfficials.officialId }).from(erasedOfficials).where(eq(erasedOfficials.officialId, officialId));
    return Boolean(row);
  }

  async municipality(municipalityId: string): Promise<MunicipalityContext | null> {
    const [row] = await this.db
      .select({
        municipalityId: poolMunicipalities.municipalityId,
        name: poolMunicipalities.name,
        countryCode: poolMunicipalities.countryCode,
        kind: poolMunicipalities.kind,
        population: poolMunicipalities.population,
      })
      .from(poolMunicipalities)
      .where(eq(poolMunicipalities.municipalityId, municipalityId));
    return row ?? null;
  }

  // --- declarations -------------------------------------------------------------------

  /** Replaces the official's whole declaration: topics, profile and availability. */
  async declare(officialId: string, declaration: Declaration, at: Date): Promise<void> {
    const profile = {
      officialId,
      summary: declaration.summary,
      languages: declaration.languages,
      formatsAccepted: declaration.formatsAccepted,
      maxConcurrentEngagements: declaration.maxConcurrentEngagements,
      declaredAt: at,
    };
    await this.db.insert(expertProfiles).values(profile).onConflictDoUpdate({ target: expertProfiles.officialId, set: profile });
    await this.db.delete(expertAvailability).where(eq(expertAvailability.officialId, officialId));
    if (declaration.availability.length > 0) {
      await this.db
        .insert(expertAvailability)
        .values(declaration.availability.map((w) => ({ officialId, availableFrom: w.from, availableTo: w.to })));
    }
    await this.db.delete(expertise).where(eq(expertise.officialId, officialId));
    if (declaration.topics.length === 0) return;
    await this.db.insert(expertise).values(
      declaration.topics.map((t) => ({
        officialId,
        topicCode: t.topic,
        level: t.level,
        yearsOfExperience: t.yearsOfExperience,
        summary: t.summary ?? null,
      })),
    );
  }

  profilesOf(officialIds: readonly string[]): Promise<ExpertProfileRow[]> {
    return this.db.select().from(expertProfiles).where(inArray(expertProfiles.officialId, [...officialIds]));
  }

  /** Each official's availability, earliest first. */
  availabilityOf(officialIds: readonly string[]): Promise<AvailabilityRow[]> {
    return this.db
      .select()
      .from(expertAvailability)
      .where(inArray(expertAvailability.officialId, [...officialIds]))
      .orderBy(expertAvailability.officialId, asc(expertAvailability.availableFrom));
  }

  // --- requests -----------------------------------------------------------------------

  /** Stores a validated request as open; a second validation of the same request refreshes it. */
  async openRequest(r: EventPayloads['RequestValidated']): Promise<void> {
    const row = {
      requestId: r.requestId,
      reference: r.reference,
      municipalityId: r.municipalityId,
      title: r.title,
      challenge: r.challenge,
      topics: r.topics,
      preferredFormats: r.preferredFormats,
      languages: r.languages,
      earliestStart: r.earliestStart,
      latestEnd: r.latestEnd,
      validatedAt: new Date(r.validatedAt),
      contactOfficialId: r.contactOfficialId ?? null,
    };
    await this.db.insert(poolRequests).values(row).onConflictDoUpdate({ target: poolRequests.requestId, set: row });
  }

  /** Closes a request for matching; false when it is unknown or already closed. */
  async withdrawRequest(requestId: string, at: Date): Promise<boolean> {
    const closed = await this.db
      .update(poolRequests)
      .set({ withdrawnAt: at })
      .where(and(eq(poolRequests.requestId, requestId), isNull(poolRequests.withdrawnAt)))
      .returning({ id: poolRequests.requestId });
    return closed.length > 0;
  }

  /**
   * Where a request stands, from RequestStatusChanged or RequestWithdrawn, whether or not
   * it was validated. The latest change wins, but an end is final: a status that would
   * reopen an ended request (a late, older event) is ignored.
   */
  async recordRequestStatus(requestId: string, status: string, at: Date): Promise<void> {
    const closed = sql.join(closedRequestStatuses.map((s) => sql`${s}`), sql`, `);
    const storedOpen = sql`${poolRequestStatuses.status} not in (${closed})`;
    const arrivingClosed = sql`excluded.status in (${closed})`;
    const notOlder = sql`${poolRequestStatuses.changedAt} <= excluded.changed_at`;
    await this.db
      .insert(poolRequestStatuses)
      .values({ requestId, status, changedAt: at })
      .onConflictDoUpdate({
        target: poolRequestStatuses.requestId,
        set: { status: sql`excluded.status`, changedAt: sql`excluded.changed_at` },
        setWhere: sql`(${storedOpen} and (${arrivingClosed} or ${notOlder})) or (${arrivingClosed} and ${notOlder})`,
      });
  }

  /** COMPLETED, WITHDRAWN or CLOSED when the request has ended; null while it is open or unknown. */
  async closedStatusOf(requestId: string): Promise<string | null> {
    const [row] = await this.db
      .select({ status: poolRequestStatuses.status })
      .from(poolRequestStatuses)
      .where(and(eq(poolRequestStatuses.requestId, requestId), inArray(poolRequestStatuses.status, closedRequestStatuses)));
    return row?.status ?? null;
  }

  /** The request, locked for the rest of the transaction so that two runs for it take turns. */
  async requestForRanking(requestId: string): Promise<PoolRequestRow | null> {
    const [row] = await this.db.select().from(poolRequests).where(eq(poolRequests.requestId, requestId)).for('update');
    return row ?? null;
  }

  // --- engagements and ratings --------------------------------------------------------

  /** The officials take part in a running exchange; an exchange already over stays over. */
  async startEngagements(exchangeId: string, officialIds: readonly string[], at: Date): Promise<void> {
    if (officialIds.length === 0) return;
    await this.db
      .insert(poolEngagements)
      .values(officialIds.map((officialId) => ({ exchangeId, officialId, status: 'ACTIVE' as const, updatedAt: at })))
      .onConflictDoNothing();
  }

  /** The exchange is over for everyone in it, whether or not its start was heard of. */
  async endEngagements(exchangeId: string, officialIds: readonly string[], status: 'COMPLETED' | 'CANCELLED', at: Date): Promise<void> {
    await this.db.update(poolEngagements).set({ status, updatedAt: at }).where(eq(poolEngagements.exchangeId, exchangeId));
    if (officialIds.length === 0) return;
    await this.db
      .insert(poolEngagements)
      .values(officialIds.map((officialId) => ({ exchangeId, officialId, status, updatedAt: at })))
      .onConflictDoUpdate({ target: [poolEngagements.exchangeId, poolEngagements.officialId], set: { status, updatedAt: at } });
  }

  /**
   * The ratings of one evaluation; a correction replaces them, while a recording that
   * comes after its correction (events out of order) leaves the corrected value.
   */
  async recordRatings(evaluationId: string, officialIds: readonly string[], phase: string, rating: number, corrected = false): Promise<void> {
    if (officialIds.length === 0) return;
    const insert = this.db.insert(poolRatings).values(officialIds.map((officialId) => ({ evaluationId, officialId, phase, rating })));
    await (corrected ? insert.onConflictDoUpdate({ target: [poolRatings.evaluationId, poolRatings.officialId], set: { phase, rating } }) : insert.onConflictDoNothing());
  }

  // --- what ranking reads -------------------------------------------------------------

  /**
   * Every official who has declared a profile, with all ranking needs to know of them,
   * by id: the naive baseline of the benchmark and the checks of the candidate query.
   */
  async experts(): Promise<PoolExpert[]> {
    return readExperts(this.db, sql`select official_id, 0::float8 as pre_score from matching.expert_profile`);
  }
}


/** The request as ranking sees it, once its municipality (and the taxonomy around its topics) is known. */
export function openRequestFor(
  row: PoolRequestRow,
  municipality: MunicipalityContext,
  topicNeighbours?: ReadonlyMap<string, readonly string[]>,
  requester?: RequesterRole | null,
): OpenRequest {
  return {
    requestId: row.requestId,
    municipality,
    topics: row.topics,
    languages: row.languages,
    preferredFormats: row.preferredFormats,
    earliestStart: row.earliestStart,
    latestEnd: row.latestEnd,
    challenge: row.challenge,
    topicNeighbours,
    requester: requester ?? null,
  };
}
