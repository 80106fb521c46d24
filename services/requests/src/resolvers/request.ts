import { referencedId } from '@connect/kit';
import { forParties } from '../audience.ts';
import type { RequestEndorsementRow, RequestRow, RequestTransitionRow, RequestValidationRow } from '../db/tables.ts';
import type { Context } from '../context.ts';

export const Request = {
  __resolveReference: (ref: { id: string }, ctx: Context) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.request.load(id) : null;
  },
  // Topics, municipalities and officials live in other services: hand back their keys.
  topics: (r: RequestRow) => r.topics.map((code) => ({ code })),
  requestingMunicipality: (r: RequestRow) => ({ id: r.municipalityId }),
  contact: (r: RequestRow) => (r.contactOfficialId ? { id: r.contactOfficialId } : null),
  // Each row carries the request's municipality, which says who may read the words on it (audience.ts).
  validation: async (r: RequestRow, _: unknown, ctx: Context) => {
    const validation = await ctx.loaders.validation.load(r.id);
    return validation && { ...validation, municipalityId: r.municipalityId };
  },
  history: async (r: RequestRow, _: unknown, ctx: Context) =>
    (await ctx.loaders.history.load(r.id)).map((t) => ({ ...t, municipalityId: r.municipalityId })),
  endorsements: async (r: RequestRow, _: unknown, ctx: Context) =>
    (await ctx.loaders.endorsements.load(r.id)).map((e) => ({ ...e, municipalityId: r.municipalityId })),
};

type OfRequest = { municipalityId: string };
/** What Validation, RequestTransition and Endorsement resolve from: a row, with its request's municipality. */
export type ValidationOfRequest = RequestValidationRow & OfRequest;
export type TransitionOfRequest = RequestTransitionRow & OfRequest;
export type EndorsementOfRequest = RequestEndorsementRow & OfRequest;

/** A history names staff to staff only (kit actors.ts); its reasons are for the request's parties. */
export const RequestTransition = {
  actor: (t: { actor: string }, _: unknown, ctx: Context) => ctx.showActor(t.actor),
  reason: (t: OfRequest & { reason: string | null }, _: unknown, ctx: Context) =>
    forParties(t.reason, t.municipalityId, 'the reasons in a request history', ctx),
};

export const Validation = {
  note: (v: OfRequest & { note: string | null }, _: unknown, ctx: Context) => forParties(v.note, v.municipalityId, 'the validation note', ctx),
};

export const Endorsement = {
  // The association lives in the municipalities service: hand back its key.
  association: (e: RequestEndorsementRow) => ({ id: e.associationId }),
  note: (e: RequestEndorsementRow & OfRequest, _: unknown, ctx: Context) => forParties(e.note, e.municipalityId, 'an endorsement note', ctx),
};
