// Who sees which requests. A draft is the requester's work in progress: only the
// officials of its municipality and the secretariat see it; every other request is
// public. The rule is one SQL condition that every read of requests carries (by id, by
// reference, lists, a municipality's requests, entity references), so a draft cannot
// leak through one path the others guard, and it costs no extra statement: an
// official's municipality is looked up inside the same query.
import { eq, inArray, ne, or, type SQL } from 'drizzle-orm';
import { isUuid, type Executor, type Viewer } from '@connect/kit';
import { knownOfficials, requests } from './db/tables.ts';

/** The condition a request must meet for the viewer to see it; undefined means every request. */
export function visibleTo(db: Executor, viewer: Viewer): SQL | undefined {
  if (viewer.role === 'STAFF') return undefined;
  const notDraft = ne(requests.status, 'DRAFT');
  const officialId = viewer.role === 'OFFICIAL' ? viewer.officialId : undefined;
  if (!officialId || !isUuid(officialId)) return notDraft;
  const ownMunicipality = db
    .select({ municipalityId: knownOfficials.municipalityId })
    .from(knownOfficials)
    .where(eq(knownOfficials.officialId, officialId.toLowerCase()));
  return or(notDraft, inArray(requests.municipalityId, ownMunicipality));
}
