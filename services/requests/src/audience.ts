// Who a request concerns, for what people wrote on it: the reasons in its history (a
// rejection, a withdrawal), the secretariat's validation note and the associations'
// endorsement notes. The secretariat, the officials of the requesting municipality and
// the associations it belongs to read them; everyone else reads the public request:
// what is asked, its status and dates, who endorsed it.
import DataLoader from 'dataloader';
import { isUuid, readableBy, type Viewer } from '@connect/kit';
import { DirectoryProjection } from './db/projections.ts';
import type { Context } from './context.ts';

const audience = 'the secretariat, the requesting municipality and its associations';

/** Per request: whether the viewer is a party to requests of each municipality (one statement for any number of them). */
export function partiesLoader(directory: DirectoryProjection, viewer: Viewer) {
  return new DataLoader<string, boolean>(async (municipalityIds) => {
    if (viewer.role === 'STAFF') return municipalityIds.map(() => true);
    if (viewer.role === 'OFFICIAL' && viewer.officialId && isUuid(viewer.officialId)) {
      const own = await directory.municipalityOfOfficial(viewer.officialId.toLowerCase());
      return municipalityIds.map((id) => id === own);
    }
    if (viewer.role === 'ASSOCIATION' && viewer.associationId && isUuid(viewer.associationId)) {
      const members = await directory.membersAmong(viewer.associationId.toLowerCase(), municipalityIds);
      return municipalityIds.map((id) => members.has(id));
    }
    return municipalityIds.map(() => false);
  });
}

/** A field of a request's record that only its parties read. */
export function forParties<T>(value: T, municipalityId: string, what: string, ctx: Context): Promise<T> {
  return readableBy(value, ctx.loaders.partyOfMunicipality.load(municipalityId), what, audience);
}
