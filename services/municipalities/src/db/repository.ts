// Reads and writes of the municipality directory. Takes the shared database type, so
// it runs unchanged on PGlite and PostgreSQL, and inside a transaction on `tx`.
import { and, asc, count, eq, getTableColumns, ilike, inArray, isNull, lte, or, sql, type Column, type SQL } from 'drizzle-orm';
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
export type NewAssociation = typeof associations.$inferInsert;

export interface MunicipalityFilter {
  search?: string | null;
  countryCode?: string | null;
}

export interface OfficialFilter {
  municipalityId?: string | null;
  search?: string | null;
}

/** The same text whatever its case: how the directory tells a name already registered. */
function sameText(column: Column, text: string) {
  return sql`lower(${column}) = lower(${text})`;
}

/** `%word%` for ILIKE, with the caller's wildcards taken literally. */
function containing(text: string): string {
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

  addAssociations(rows: NewAssociation[]): Promise<AssociationRow[]> {
    return this.db.insert(associations).values(rows).returning();
  }

  /** Adds a membership; false when the municipality was already a member. */
  async addMembership(associationId: string, municipalityId: string): Promise<boolean> {
    const added = await this.db
      .insert(associationMembers)
      .values({ associationId, municipalityId })
      .onConflictDoNothing()
      .returning({ municipalityId: associationMembers.municipalityId });
    return added.length > 0;
  }

  /** Ends a membership; false when the municipality was not a member. */
  async removeMembership(associationId: string, municipalityId: string): Promise<boolean> {
    const removed = await this.db
      .delete(associationMembers)
      .where(and(eq(associationMembers.associationId, associationId), eq(associationMembers.municipalityId, municipalityId)))
      .returning({ municipalityId: associationMembers.municipalityId });
    return removed.length > 0;
  }

  async updateMunicipality(id: string, changes: Partial<NewMunicipality>): Promise<MunicipalityRow | undefined> {
    const [row] = await this.db.update(municipalities).set(changes).where(eq(municipalities.id, id)).returning();
    return row;
  }

  async updateOfficial(id: string, changes: Partial<NewOfficial>): Promise<OfficialRow | undefined> {
    const [row] = await this.db.update(officials).set(changes).where(eq(officials.id, id)).returning();
    return row;
  }

  async municipalityById(id: string | null | undefined): Promise<MunicipalityRow | null> {
    return id ? ((await this.municipalitiesByIds([id]))[0] ?? null) : null;
  }

  async associationById(id: string | null | undefined): Promise<AssociationRow | null> {
    return id ? ((await this.associationsByIds([id]))[0] ?? null) : null;
  }

  async officialById(id: string | null | undefined): Promise<OfficialRow | null> {
    return id ? ((await this.officialsByIds([id]))[0] ?? null) : null;
  }

  /** The municipality of this name, country and region (any case), if one is registered. */
  async municipalityNamed(m: { name: string; countryCode: string; region: string | null }): Promise<MunicipalityRow | null> {
    const [row] = await this.db
      .select()
      .from(municipalities)
      .where(
        and(
          eq(municipalities.countryCode, m.countryCode),
          sameText(municipalities.name, m.name),
          m.region === null ? isNull(municipalities.region) : sameText(municipalities.region, m.region),
        ),
      )
      .limit(1);
    return row ?? null;
  }

  /** The association of this name (any case) in this country, if one is registered. */
  async associationNamed(a: { name: string; countryCode: string }): Promise<AssociationRow | null> {
    const [row] = await this.db
      .select()
      .from(associations)
      .where(and(eq(associations.countryCode, a.countryCode), sameText(associations.name, a.name)))
      .limit(1);
    return row ?? null;
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

  /** One page of officials per municipality, by full name, in one statement for any number of municipalities. */
  async officialPagesOfMunicipalities(ids: readonly string[], page: PageRequest): Promise<OfficialRow[]> {
    const { where, limit } = keyset(officials.fullName, officials.id, page);
    const ranked = this.db
      .select({
        ...getTableColumns(officials),
        position_: sql<number>`row_number() over (partition by ${officials.municipalityId} order by ${officials.fullName}, ${officials.id})`.as('position_'),
      })
      .from(officials)
      .where(and(inArray(officials.municipalityId, [...ids]), where))
      .as('ranked');
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.position_, limit))
      .orderBy(asc(ranked.municipalityId), asc(ranked.fullName), asc(ranked.id));
    return rows.map(({ position_: _, ...official }) => official);
  }

  /** One page of members per association, by name, in one statement for any number of associations. */
  async memberPagesOfAssociations(ids: readonly string[], page: PageRequest): Promise<(MunicipalityRow & { associationId: string })[]> {
    const { where, limit } = keyset(municipalities.name, municipalities.id, page);
    const ranked = this.db
      .select({
        ...getTableColumns(municipalities),
        associationId: associationMembers.associationId,
        position: sql<number>`row_number() over (partition by ${associationMembers.associationId} order by ${municipalities.name}, ${municipalities.id})`.as('position'),
      })
      .from(associationMembers)
      .innerJoin(municipalities, eq(municipalities.id, associationMembers.municipalityId))
      .where(and(inArray(associationMembers.associationId, [...ids]), where))
      .as('ranked');
    const rows = await this.db
      .select()
      .from(ranked)
      .where(lte(ranked.position, limit))
      .orderBy(asc(ranked.associationId), asc(ranked.name), asc(ranked.id));
    return rows.map(({ position: _, ...member }) => member);
  }

  /** How many officials each municipality has, in one statement. */
  officialCounts(ids: readonly string[]): Promise<{ key: string; n: number }[]> {
    return this.db
      .select({ key: officials.municipalityId, n: count() })
      .from(officials)
      .where(inArray(officials.municipalityId, [...ids]))
      .groupBy(officials.municipalityId);
  }

  /** How many members each association has, in one statement. */
  memberCounts(ids: readonly string[]): Promise<{ key: string; n: number }[]> {
    return this.db
      .select({ key: associationMembers.associationId, n: count() })
      .from(associationMembers)
      .where(inArray(associationMembers.associationId, [...ids]))
      .groupBy(associationMembers.associationId);
  }

  countMunicipalities(filter: MunicipalityFilter): Promise<number> {
    return this.total(municipalities, this.municipalityFilter(filter));
  }

  countAssociations(countryCode: string | null | undefined): Promise<number> {
    return this.total(associations, countryCode ? eq(associations.countryCode, countryCode.toUpperCase()) : undefined);
  }

  countOfficials(filter: OfficialFilter): Promise<number> {
    return this.total(officials, this.officialFilter(filter));
  }

  private async total(table: typeof municipalities | typeof associations | typeof officials, where: SQL | undefined): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(table).where(where);
    return row?.n ?? 0;
  }

  private municipalityFilter(filter: MunicipalityFilter): SQL | undefined {
    const search = filter.search?.trim();
    return and(
      filter.countryCode ? eq(municipalities.countryCode, filter.countryCode.toUpperCase()) : undefined,
      search ? or(ilike(municipalities.name, containing(search)), ilike(municipalities.region, containing(search))) : undefined,
    );
  }

  private officialFilter(filter: OfficialFilter): SQL | undefined {
    const search = filter.search?.trim();
    return and(
      filter.municipalityId ? eq(officials.municipalityId, filter.municipalityId) : undefined,
      search ? or(ilike(officials.fullName, containing(search)), ilike(officials.position, containing(search))) : undefined,
    );
  }

  listMunicipalities(filter: MunicipalityFilter, page: PageRequest): Promise<MunicipalityRow[]> {
    const { where, orderBy, limit } = keyset(municipalities.name, municipalities.id, page);
    return this.db
      .select()
      .from(municipalities)
      .where(and(where, this.municipalityFilter(filter)))
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
    return this.db
      .select()
      .from(officials)
      .where(and(where, this.officialFilter(filter)))
      .orderBy(...orderBy)
      .limit(limit);
  }
}
