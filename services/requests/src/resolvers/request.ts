import { referencedId, type Connection } from '@connect/kit';
import { forParties } from '../access.ts';
import type { RequestEndorsementRow, RequestRow, RequestTransitionRow, RequestValidationRow } from '../db/tables.ts';
import type { EndorsementResolvers, RequestResolvers, RequestTransitionResolvers, ValidationResolvers } from '../generated/resolvers.ts';

export const Request: RequestResolvers = {
  __resolveReference: (ref, ctx) => {
    const id = referencedId(ref);
    return id ? ctx.loaders.request.load(id) : null;
  },
  // Topics, municipalities and officials live in other services: hand back their keys.
  topics: (r) => r.topics.map((code) => ({ code })),
  requestingMunicipality: (r) => ({ id: r.municipalityId }),
  contact: (r) => (r.contactOfficialId ? { id: r.contactOfficialId } : null),
  // Each row carries the request's municipality, which says who may read the words on it (access.ts).
  validation: async (r, _, ctx) => {
    const validation = await ctx.loaders.validation.load(r.id);
    return validation && { ...validation, municipalityId: r.municipalityId };
  },
  history: async (r, _, ctx) =>
    (await ctx.loaders.history.load(r.id)).map((t) => ({ ...t, municipalityId: r.municipalityId })),
  endorsements: async (r, _, ctx) =>
    (await ctx.loaders.endorsements.load(r.id)).map((e) => ({ ...e, municipalityId: r.municipalityId })),
};

/** A page of requests, its totalCount counted only when asked for (GraphQL calls the function). */
export type RequestPage = Connection<RequestRow>;

type OfRequest = { municipalityId: string };
/** What Validation, RequestTransition and Endorsement resolve from: a row, with its request's municipality. */
export type ValidationOfRequest = RequestValidationRow & OfRequest;
export type TransitionOfRequest = RequestTransitionRow & OfRequest;
export type EndorsementOfRequest = RequestEndorsementRow & OfRequest;

/** A history names staff to staff only (kit actors.ts); its reasons are for the request's parties. */
export const RequestTransition: RequestTransitionResolvers = {
  actor: (t, _, ctx) => ctx.showActor(t.actor),
  reason: (t, _, ctx) =>
    forParties(t.reason, t.municipalityId, 'the reasons in a request history', ctx),
};

export const Validation: ValidationResolvers = {
  note: (v, _, ctx) => forParties(v.note, v.municipalityId, 'the validation note', ctx),
};

export const Endorsement: EndorsementResolvers = {
  // The association lives in the municipalities service: hand back its key.
  association: (e) => ({ id: e.associationId }),
  note: (e, _, ctx) => forParties(e.note, e.municipalityId, 'an endorsement note', ctx),
};
