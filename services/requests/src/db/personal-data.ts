// What the requests service holds about one official, for their personal data export:
// the requests they speak for or drafted, every transition they made, and the
// municipality the directory told this service they belong to.
import { asc, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import { knownOfficials, requests, requestTransitions } from './tables.ts';

export async function personalDataOf(db: Executor, officialId: string) {
  const actor = `OFFICIAL:${officialId}`;
  const transitions = await db
    .select()
    .from(requestTransitions)
    .where(eq(requestTransitions.actor, actor))
    .orderBy(asc(requestTransitions.at), asc(requestTransitions.id));
  const actedOn = [...new Set(transitions.map((t) => t.requestId))];
  const theirRequests = await db
    .select()
    .from(requests)
    .where(actedOn.length > 0 ? or(eq(requests.contactOfficialId, officialId), inArray(requests.id, actedOn)) : eq(requests.contactOfficialId, officialId))
    .orderBy(asc(requests.reference));
  const [known] = await db.select().from(knownOfficials).where(eq(knownOfficials.officialId, officialId));
  return {
    knownMunicipalityId: known?.municipalityId ?? null,
    requests: theirRequests.map((r) => ({ ...r, role: r.contactOfficialId === officialId ? 'CONTACT' : 'ACTOR' })),
    transitions,
  };
}
