// Reads and writes of the municipality directory. Takes the shared database type, so
// it runs unchanged on PGlite and PostgreSQL, and inside a transaction on `tx`.
import { and, eq, ilike, inArray, or } from 'drizzle-orm';
import { keyset, type Executor, type PageRequest } from '@connect/kit';
import {
  associationMembers,
  associations,
  municipalities,
  officials,
  type AssociationRow,
  type MunicipalityRow,
  type OfficialRow,
} from './tables.ts';

export type NewOfficial = typeof officials.$inferInsert;
export type NewMunicipality = typeof municipalities.$inferInsert;

export interface MunicipalityFilter {
  search?: string | null;
  countryCode?: string | null;
}

export interface OfficialFilter {
  municipalityId?: string | null;
  search?: string | null;
}

/** `%word%` for ILIKE, with the caller's wildcards taken literally. */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export class DirectoryRepository {
  constructor(private readonly db: Executor) {}

  addMunicipalities(rows: NewMunicipality[]): Promise<MunicipalityRow[]> {
    return this.db.insert(municipalities).values(rows).returning();
  }

  addOfficials(rows: NewOfficial[]): Promise<OfficialRow[]> {
    return this.db.insert(officials).values(rows).returning();
  }

  municipalitiesByIds(ids: readonly string[]): Promise<MunicipalityRow[]> {
    return this.db.select().from(municipalities).where(inArray(municipalities.id, [...ids]));
  }

  associationsByIds(ids: readonly string[]): Promise<AssociationRow[]> {
    return this.db.select().from(associations).where(inArray(associations.id, [...ids]));
  }

  officialsByIds(ids: readonly string[]): Promise<OfficialRow[]> {
    return this.db.select().from(officials).where(inArray(officials.id, [...ids]));
  }

  officialsOfMunicipalities(ids: readonly string[]): Promise<OfficialRow[]> {
    return this.db
      .select()
      .from(officials)
      .where(inArray(officials.municipalityId, [...ids]))
      .orderBy(officials.fullName, officials.id);
  }

  async associationsOfMunicipalities(ids: readonly string[]) {
    return this.db
      .select({ municipalityId: associationMembers.municipalityId, association: associations })
      .from(associationMembers)
      .innerJoin(associations, eq(associations.id, associationMembers.associationId))
      .where(inArray(associationMembers.municipalityId, [...ids]))
      .orderBy(associations.name, associations.id);
  }

  async membersOfAssociations(ids: readonly string[]) {
    return this.db
      .select({ associationId: associationMembers.associationId, municipality: municipalities })
      .from(associationMembers)
      .innerJoin(municipalities, eq(municipalities.id, associationMembers.municipalityId))
      .where(inArray(associationMembers.associationId, [...ids]))
      .orderBy(municipalities.name, municipalities.id);
  }

  listMunicipalities(filter: MunicipalityFilter, page: PageRequest): Promise<MunicipalityRow[]> {
    const { where, orderBy, limit } = keyset(municipalities.name, municipalities.id, page);
    const search = filter.search?.trim();
    return this.db
      .select()
      .from(municipalities)
      .where(
        and(
          where,
          filter.countryCode ? eq(municipalities.countryCode, filter.countryCode.toUpperCase()) : undefined,
          search
            ? or(ilike(municipalities.name, containing(search)), ilike(municipalities.region, containing(search)))
            : undefined,
        ),
      )
      .orderBy(...orderBy)
      .limit(limit);
  }

  listAssociations(countryCode: string | null | undefined, page: PageRequest): Promise<AssociationRow[]> {
    const { where, orderBy, limit } = keyset(associations.name, associations.id, page);
    return this.db
      .select()
      .from(associations)
      .where(and(where, countryCode ? eq(associations.countryCode, countryCode.toUpperCase()) : undefined))
      .orderBy(...orderBy)
      .limit(limit);
  }

  listOfficials(filter: OfficialFilter, page: PageRequest): Promise<OfficialRow[]> {
    const { where, orderBy, limit } = keyset(officials.fullName, officials.id, page);
    const search = filter.search?.trim();
    return this.db
      .select()
      .from(officials)
      .where(
        and(
          where,
          filter.municipalityId ? eq(officials.municipalityId, filter.municipalityId) : undefined,
          search
            ? or(ilike(officials.fullName, containing(search)), ilike(officials.position, containing(search)))
            : undefined,
        ),
      )
      .orderBy(...orderBy)
      .limit(limit);
  }
}
