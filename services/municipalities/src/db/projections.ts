// What the directory learns from other services: who takes part in which exchange, from
// the exchanges service's events, so that exchange partners may see each other's contact
// details; and, for the inbox, which associations an exchange involves and who speaks
// for each request. Written only by event handlers (handlers.ts).
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import { exchangeAssociations, exchangeParticipants, requestContacts } from './tables.ts';

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

  /** Adds the associations an exchange event names (a union, like the participants). */
  async recordExchangeAssociations(exchangeId: string, associationIds: readonly string[]): Promise<void> {
    if (associationIds.length === 0) return;
    await this.db
      .insert(exchangeAssociations)
      .values([...new Set(associationIds)].map((associationId) => ({ exchangeId, associationId })))
      .onConflictDoNothing();
  }

  /** The associations an exchange is known to involve. */
  async associationsOfExchange(exchangeId: string): Promise<string[]> {
    const rows = await this.db
      .select({ associationId: exchangeAssociations.associationId })
      .from(exchangeAssociations)
      .where(eq(exchangeAssociations.exchangeId, exchangeId));
    return rows.map((r) => r.associationId);
  }

  /** Who speaks for a request now, as its latest event said. */
  async recordRequestContact(requestId: string, contactOfficialId: string | null): Promise<void> {
    await this.db
      .insert(requestContacts)
      .values({ requestId, contactOfficialId })
      .onConflictDoUpdate({ target: requestContacts.requestId, set: { contactOfficialId } });
  }

  /** The official who speaks for a request, when an event has told it. */
  async requestContact(requestId: string): Promise<string | null> {
    const [row] = await this.db.select().from(requestContacts).where(eq(requestContacts.requestId, requestId));
    return row?.contactOfficialId ?? null;
  }
}
