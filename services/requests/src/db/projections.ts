// What this service knows of the directory (the municipalities service): which
// municipality each official speaks for and which municipalities each association
// counts as members. Written only by event handlers, read to decide who may act on a
// request.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import { associationMembers, knownMunicipalities, knownOfficials, requestExchanges } from './tables.ts';

export class DirectoryProjection {
  constructor(private readonly db: Executor) {}

  /** The municipality of an official this service has heard of, or null. */
  async municipalityOfOfficial(officialId: string): Promise<string | null> {
    const [row] = await this.db
      .select({ municipalityId: knownOfficials.municipalityId })
      .from(knownOfficials)
      .where(eq(knownOfficials.officialId, officialId));
    return row?.municipalityId ?? null;
  }

  /** Which of these municipalities belong to the association. */
  async membersAmong(associationId: string, municipalityIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.db
      .select({ municipalityId: associationMembers.municipalityId })
      .from(associationMembers)
      .where(and(eq(associationMembers.associationId, associationId), inArray(associationMembers.municipalityId, [...municipalityIds])));
    return new Set(rows.map((r) => r.municipalityId));
  }

  async isMember(associationId: string, municipalityId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ municipalityId: associationMembers.municipalityId })
      .from(associationMembers)
      .where(and(eq(associationMembers.associationId, associationId), eq(associationMembers.municipalityId, municipalityId)));
    return row !== undefined;
  }

  /** Registers an official, or moves a known one to the municipality the directory now names. */
  async recordOfficial(officialId: string, municipalityId: string): Promise<void> {
    await this.db
      .insert(knownOfficials)
      .values({ officialId, municipalityId })
      .onConflictDoUpdate({ target: knownOfficials.officialId, set: { municipalityId, updatedAt: sql`now()` } });
  }

  async forgetOfficial(officialId: string): Promise<void> {
    await this.db.delete(knownOfficials).where(eq(knownOfficials.officialId, officialId));
  }

  /** Registers a municipality's country, or the country the directory now names. */
  async recordMunicipality(municipalityId: string, countryCode: string): Promise<void> {
    await this.db
      .insert(knownMunicipalities)
      .values({ municipalityId, countryCode })
      .onConflictDoUpdate({ target: knownMunicipalities.municipalityId, set: { countryCode, updatedAt: sql`now()` } });
  }

  async recordMembership(associationId: string, municipalityId: string): Promise<void> {
    await this.db.insert(associationMembers).values({ associationId, municipalityId }).onConflictDoNothing();
  }

  async forgetMembership(associationId: string, municipalityId: string): Promise<void> {
    await this.db
      .delete(associationMembers)
      .where(and(eq(associationMembers.associationId, associationId), eq(associationMembers.municipalityId, municipalityId)));
  }
}

/** How far each exchange of a request went, as the exchanges service told it. */
export type ExchangeProgress = 'STARTED' | 'COMPLETED' | 'CANCELLED';

/**
 * The exchanges of requests, from the exchanges service's events: whether one is under
 * way (no withdrawal then) and where a request stands when a withdrawal is refused.
 */
export class ExchangeProjection {
  constructor(private readonly db: Executor) {}

  /**
   * Records how far an exchange went. An exchange that completed or was cancelled stays
   * so: a late ExchangeStarted does not make it run again.
   */
  async record(exchangeId: string, requestId: string, status: ExchangeProgress): Promise<void> {
    await this.db
      .insert(requestExchanges)
      .values({ exchangeId, requestId, status })
      .onConflictDoUpdate({
        target: requestExchanges.exchangeId,
        set: { status, changedAt: sql`now()` },
        setWhere: sql`${requestExchanges.status} = 'STARTED'`,
      });
  }

  async progressOf(exchangeId: string): Promise<ExchangeProgress | null> {
    const [row] = await this.db.select({ status: requestExchanges.status }).from(requestExchanges).where(eq(requestExchanges.exchangeId, exchangeId));
    return (row?.status as ExchangeProgress | undefined) ?? null;
  }

  /** The id of an exchange of the request that has started and not yet ended, or null. */
  async exchangeUnderWay(requestId: string): Promise<string | null> {
    const [row] = await this.db
      .select({ exchangeId: requestExchanges.exchangeId })
      .from(requestExchanges)
      .where(and(eq(requestExchanges.requestId, requestId), eq(requestExchanges.status, 'STARTED')))
      .limit(1);
    return row?.exchangeId ?? null;
  }
}
