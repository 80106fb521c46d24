import { referencedId } from '@connect/kit';
import type { RequestEndorsementRow, RequestRow } from '../db/tables.ts';
import type { Context } from '../loaders.ts';

export const Request = {
  __resolveReference: (ref: { id: string }, ctx: Context) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.request.load(id) : null;
  },
  // Topics, municipalities and officials live in other services: hand back their keys.
  topics: (r: RequestRow) => r.topics.map((code) => ({ code })),
  requestingMunicipality: (r: RequestRow) => ({ id: r.municipalityId }),
  contact: (r: RequestRow) => (r.contactOfficialId ? { id: r.contactOfficialId } : null),
  validation: (r: RequestRow, _: unknown, ctx: Context) => ctx.loaders.validation.load(r.id),
  history: (r: RequestRow, _: unknown, ctx: Context) => ctx.loaders.history.load(r.id),
  endorsements: (r: RequestRow, _: unknown, ctx: Context) => ctx.loaders.endorsements.load(r.id),
};

/** A history names staff to staff only (kit actors.ts). */
export const RequestTransition = {
  actor: (t: { actor: string }, _: unknown, ctx: Context) => ctx.showActor(t.actor),
};

export const Endorsement = {
  // The association lives in the municipalities service: hand back its key.
  association: (e: RequestEndorsementRow) => ({ id: e.associationId }),
};
