// What this service knows of the directory (the municipalities service): which
// municipality each official speaks for and which municipalities each association
// counts as members. Written only by event handlers, read to decide who may act on a
// request.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import { associationMembers, knownMunicipalities, knownOfficials } from './tables.ts';

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
}
