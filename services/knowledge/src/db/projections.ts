// The knowledge service's projections of other services' facts, written only by event
// handlers (and the demo seed, which writes what the story's events would have
// produced): completed exchanges whose lessons wait to be documented, association
// membership, which says which association may document which exchange, and the
// municipality of each official, which says which municipalities took part in one.
import { and, asc, count, eq, exists, gt, inArray, notExists, or, sql, type SQL } from 'drizzle-orm';
import type { Executor, PageRequest } from '@connect/kit';
import { associationMembers, bestPractices, lessonsToDocument, officialMunicipalities, type LessonRow } from './tables.ts';

export class LessonRepository {
  constructor(private readonly db: Executor) {}

  /** Opens the lesson of a completed exchange; false when it was already open. */
  async openLesson(lesson: LessonRow): Promise<boolean> {
    const inserted = await this.db
      .insert(lessonsToDocument)
      .values(lesson)
      .onConflictDoNothing()
      .returning({ exchangeId: lessonsToDocument.exchangeId });
    return inserted.length > 0;
  }

  /** Records that a municipality belongs to an association; false when it was known. */
  async recordMembership(associationId: string, municipalityId: string): Promise<boolean> {
    const inserted = await this.db
      .insert(associationMembers)
      .values({ associationId, municipalityId })
      .onConflictDoNothing()
      .returning({ associationId: associationMembers.associationId });
    return inserted.length > 0;
  }

  /** Records (or moves) the municipality an official works for. */
  async recordOfficial(officialId: string, municipalityId: string): Promise<void> {
    await this.db
      .insert(officialMunicipalities)
      .values({ officialId, municipalityId })
      .onConflictDoUpdate({ target: officialMunicipalities.officialId, set: { municipalityId } });
  }

  /** Forgets an erased official: their municipality, and their place among a lesson's participants. */
  async eraseOfficial(officialId: string): Promise<void> {
    await this.db.delete(officialMunicipalities).where(eq(officialMunicipalities.officialId, officialId));
    await this.db
      .update(lessonsToDocument)
      .set({ participantOfficialIds: sql`array_remove(${lessonsToDocument.participantOfficialIds}, ${officialId}::uuid)` })
      .where(sql`${officialId}::uuid = any(${lessonsToDocument.participantOfficialIds})`);
  }

  /** The municipalities of the officials known here, in the order of the officials. */
  async municipalitiesOfOfficials(officialIds: readonly string[]): Promise<string[]> {
    if (officialIds.length === 0) return [];
    const rows = await this.db.select().from(officialMunicipalities).where(inArray(officialMunicipalities.officialId, [...officialIds]));
    const byOfficial = new Map(rows.map((r) => [r.officialId, r.municipalityId]));
    return officialIds.flatMap((id) => byOfficial.get(id) ?? []);
  }

  async lessonOfExchange(exchangeId: string): Promise<LessonRow | undefined> {
    const [row] = await this.db.select().from(lessonsToDocument).where(eq(lessonsToDocument.exchangeId, exchangeId));
    return row;
  }

  /** Whether one of the municipalities belongs to the association. */
  async hasMemberAmong(associationId: string, municipalityIds: readonly string[]): Promise<boolean> {
    if (municipalityIds.length === 0) return false;
    const [row] = await this.db
      .select({ associationId: associationMembers.associationId })
      .from(associationMembers)
      .where(and(eq(associationMembers.associationId, associationId), inArray(associationMembers.municipalityId, [...municipalityIds])))
      .limit(1);
    return row !== undefined;
  }

  /** Whether the association is known here, that is, some municipality has joined it. */
  async knowsAssociation(associationId: string): Promise<boolean> {
    const [row] = await this.db
      .select({ associationId: associationMembers.associationId })
      .from(associationMembers)
      .where(eq(associationMembers.associationId, associationId))
      .limit(1);
    return row !== undefined;
  }

  /**
   * Lessons of exchanges not documented yet, longest waiting first. With `closedBy`
   * anyone, a practice by anyone in any status closes the lesson (a draft means someone
   * is on it); with `association`, only a practice of the scope's association does (one
   * per exchange per association). An association sees the exchanges one of its members
   * took part in or that name it; an official those they took part in. The cursor's sort
   * value is the ISO instant of completion, exact to the millisecond as the event carried it.
   */
  listLessonsToDocument(page: PageRequest, scope: LessonScope): Promise<LessonRow[]> {
    const l = lessonsToDocument;
    const after = page.after ? { at: new Date(page.after.sort), id: page.after.id } : undefined;
    return this.db
      .select()
      .from(l)
      .where(
        and(
          after ? or(gt(l.completedAt, after.at), and(eq(l.completedAt, after.at), gt(l.exchangeId, after.id))) : undefined,
          this.lessonConditions(scope),
        ),
      )
      .orderBy(asc(l.completedAt), asc(l.exchangeId))
      .limit(page.limit + 1);
  }

  /** How many lessons `listLessonsToDocument` finds for the scope, over every page. */
  async countLessonsToDocument(scope: LessonScope): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(lessonsToDocument).where(this.lessonConditions(scope));
    return row!.n;
  }

  private lessonConditions(scope: LessonScope): SQL | undefined {
    const l = lessonsToDocument;
    const byAssociation = scope.closedBy === 'association' && scope.associationId;
    return and(
      notExists(
        this.db
          .select({ id: bestPractices.id })
          .from(bestPractices)
          .where(
            and(
              eq(bestPractices.sourceExchangeId, l.exchangeId),
              byAssociation ? eq(bestPractices.documentingAssociationId, scope.associationId!) : undefined,
            ),
          ),
      ),
      scope.associationId
        ? or(
            sql`${scope.associationId}::uuid = any(${l.associationIds})`,
            exists(
              this.db
                .select({ associationId: associationMembers.associationId })
                .from(associationMembers)
                .where(
                  and(
                    eq(associationMembers.associationId, scope.associationId),
                    sql`${associationMembers.municipalityId} = any(${l.municipalityIds})`,
                  ),
                ),
            ),
          )
        : undefined,
      scope.officialId ? sql`${scope.officialId}::uuid = any(${l.participantOfficialIds})` : undefined,
    );
  }

  /** Records that a municipality left an association; false when it was not known as a member. */
  async forgetMembership(associationId: string, municipalityId: string): Promise<boolean> {
    const deleted = await this.db
      .delete(associationMembers)
      .where(and(eq(associationMembers.associationId, associationId), eq(associationMembers.municipalityId, municipalityId)))
      .returning({ associationId: associationMembers.associationId });
    return deleted.length > 0;
  }
}

/** Whose lessons to document: an association's, an official's, or (neither) all; and what closes one. */
export interface LessonScope {
  associationId?: string;
  officialId?: string;
  closedBy: 'anyone' | 'association';
}
