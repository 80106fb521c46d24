// What the directory learns from other services: who takes part in which exchange, from
// the exchanges service's events, so that exchange partners may see each other's contact
// details. Written only by event handlers (handlers.ts).
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import { exchangeParticipants } from './tables.ts';

export class ProjectionRepository {
  constructor(private readonly db: Executor) {}

  /** Of `officialIds`, those who take part in at least one exchange with `viewerOfficialId`. */
  async exchangePartnersAmong(viewerOfficialId: string, officialIds: readonly string[]): Promise<string[]> {
    if (officialIds.length === 0) return [];
    const mine = this.db
      .select({ exchangeId: exchangeParticipants.exchangeId })
      .from(exchangeParticipants)
      .where(eq(exchangeParticipants.officialId, viewerOfficialId));
    const rows = await this.db
      .selectDistinct({ officialId: exchangeParticipants.officialId })
      .from(exchangeParticipants)
      .where(and(inArray(exchangeParticipants.exchangeId, mine), inArray(exchangeParticipants.officialId, [...officialIds])));
    return rows.map((r) => r.officialId);
  }

  /**
   * Adds the participants an exchange event names. A union, never a replacement, so the
   * projection is the same whatever order the events arrive in, and redelivery changes nothing.
   */
  async recordExchangeParticipants(exchangeId: string, officialIds: readonly string[]): Promise<void> {
    if (officialIds.length === 0) return;
    await this.db
      .insert(exchangeParticipants)
      .values([...new Set(officialIds)].map((officialId) => ({ exchangeId, officialId })))
      .onConflictDoNothing();
  }

  /** The exchanges an official is known to take part in. */
  async exchangesOfOfficial(officialId: string): Promise<string[]> {
    const rows = await this.db
      .select({ exchangeId: exchangeParticipants.exchangeId })
      .from(exchangeParticipants)
      .where(eq(exchangeParticipants.officialId, officialId));
    return rows.map((r) => r.exchangeId);
  }
}
