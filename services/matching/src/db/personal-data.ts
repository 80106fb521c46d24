// What matching holds about one official, for their personal data export: their entry
// in the expert pool, the expertise, profile and availability they declared, the
// matches that name them with every transition, and their engagements and ratings.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import {
  erasedOfficials,
  expertAvailability,
  expertise,
  expertProfiles,
  matches,
  matchTransitions,
  poolEngagements,
  poolOfficials,
  poolRatings,
} from './tables.ts';

export async function personalDataOf(db: Executor, officialId: string) {
  const [poolOfficial] = await db.select().from(poolOfficials).where(eq(poolOfficials.officialId, officialId));
  const [profile] = await db.select().from(expertProfiles).where(eq(expertProfiles.officialId, officialId));
  const [erased] = await db.select().from(erasedOfficials).where(eq(erasedOfficials.officialId, officialId));
  const theirMatches = await db.select().from(matches).where(eq(matches.officialId, officialId)).orderBy(asc(matches.id));
  const matchIds = theirMatches.map((m) => m.id);
  return {
    poolOfficial: poolOfficial ?? null,
    erased: erased ?? null,
    expertise: await db.select().from(expertise).where(eq(expertise.officialId, officialId)).orderBy(asc(expertise.topicCode)),
    profile: profile ?? null,
    availability: await db.select().from(expertAvailability).where(eq(expertAvailability.officialId, officialId)).orderBy(asc(expertAvailability.availableFrom)),
    matches: theirMatches,
    matchTransitions: matchIds.length
      ? await db.select().from(matchTransitions).where(inArray(matchTransitions.matchId, matchIds)).orderBy(asc(matchTransitions.at), asc(matchTransitions.id))
      : [],
    engagements: await db.select().from(poolEngagements).where(eq(poolEngagements.officialId, officialId)),
    ratings: await db.select().from(poolRatings).where(eq(poolRatings.officialId, officialId)),
  };
}
