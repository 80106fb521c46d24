// What the exchanges service holds about one official: for their personal data export,
// and for forgetting them when the directory erases them (OfficialErased).
import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import { evaluationCorrections, evaluations, exchangeParticipants, exchangeTransitions, knownOfficials, plannableMatches } from './tables.ts';

export async function personalDataOf(db: Executor, officialId: string) {
  return {
    participations: await db.select().from(exchangeParticipants).where(eq(exchangeParticipants.officialId, officialId)).orderBy(asc(exchangeParticipants.exchangeId)),
    evaluationsWritten: await db.select().from(evaluations).where(eq(evaluations.authorOfficialId, officialId)).orderBy(asc(evaluations.submittedAt), asc(evaluations.id)),
    evaluationCorrections: await db
      .select({ correction: evaluationCorrections })
      .from(evaluationCorrections)
      .innerJoin(evaluations, eq(evaluations.id, evaluationCorrections.evaluationId))
      .where(eq(evaluations.authorOfficialId, officialId))
      .orderBy(asc(evaluationCorrections.correctedAt), asc(evaluationCorrections.id))
      .then((rows) => rows.map((r) => r.correction)),
    transitionsMade: await db
      .select()
      .from(exchangeTransitions)
      .where(eq(exchangeTransitions.actor, `OFFICIAL:${officialId}`))
      .orderBy(asc(exchangeTransitions.at), asc(exchangeTransitions.id)),
    acceptedMatches: await db.select().from(plannableMatches).where(eq(plannableMatches.officialId, officialId)),
    municipalityKnown: await db.select().from(knownOfficials).where(eq(knownOfficials.officialId, officialId)),
  };
}

/**
 * Forgets what an erased official wrote in their own words: the narratives of their
 * evaluations. Ratings and indicator scores stay, unattributable to a person once the
 * directory has anonymised them, because impact figures count them. Returns how many
 * narratives were dropped; a second run drops none.
 */
export async function forgetOfficialNarratives(db: Executor, officialId: string): Promise<number> {
  const dropped = await db
    .update(evaluations)
    .set({ narrative: null })
    .where(and(eq(evaluations.authorOfficialId, officialId), isNotNull(evaluations.narrative)))
    .returning({ id: evaluations.id });
  // The words they wrote before correcting them go too.
  const written = db.select({ id: evaluations.id }).from(evaluations).where(eq(evaluations.authorOfficialId, officialId));
  await db
    .update(evaluationCorrections)
    .set({ previousNarrative: null })
    .where(and(inArray(evaluationCorrections.evaluationId, written), isNotNull(evaluationCorrections.previousNarrative)));
  return dropped.length;
}
