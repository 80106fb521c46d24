// What the knowledge service holds about one official, for their personal data export:
// the municipality the directory told it they work for, the completed exchanges whose
// lessons name them as a participant, and any review step of a best practice they made.
import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import { bestPracticeHistory, lessonsToDocument, officialMunicipalities } from './tables.ts';

export async function personalDataOf(db: Executor, officialId: string) {
  const [known] = await db.select().from(officialMunicipalities).where(eq(officialMunicipalities.officialId, officialId));
  return {
    knownMunicipalityId: known?.municipalityId ?? null,
    lessonsTakenPartIn: await db
      .select({ exchangeId: lessonsToDocument.exchangeId, title: lessonsToDocument.title, completedAt: lessonsToDocument.completedAt })
      .from(lessonsToDocument)
      .where(sql`${officialId}::uuid = any(${lessonsToDocument.participantOfficialIds})`)
      .orderBy(asc(lessonsToDocument.completedAt)),
    bestPracticeTransitionsMade: await db
      .select()
      .from(bestPracticeHistory)
      .where(eq(bestPracticeHistory.actor, `OFFICIAL:${officialId}`))
      .orderBy(asc(bestPracticeHistory.at)),
  };
}
