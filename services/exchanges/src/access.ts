// Who may act on an exchange, who reads what was written about it, and for which side
// an official speaks: every rule of access of this service, in three parts.
import { ForbiddenError, isUuid, readableBy, shorten, type Executor, type UserError } from '@connect/kit';
import { ProjectionRepository } from './db/projections.ts';
import { ExchangeRepository } from './db/repository.ts';
import type { ExchangeRow, ParticipantRow } from './db/tables.ts';
import type { Context } from './context.ts';

// --- Who may write about an exchange ---
// Checked before the mutation runs, because a missing permission is an error
// (FORBIDDEN), not a refused rule. An id that is malformed or unknown is a refused
// input, answered in the payload like any other.

export type Admission = { exchange: ExchangeRow; refusal: null } | { exchange: null; refusal: UserError };

/**
 * The exchange the viewer writes about, once the viewer may: staff always, an official
 * taking part in it, an association involved in it (each only where `roles` lets them).
 */
export async function admitTo(ctx: Context, exchangeId: string, action: string): Promise<Admission> {
  if (!isUuid(exchangeId)) {
    return { exchange: null, refusal: { code: 'INVALID_INPUT', message: `exchangeId must be a UUID, got "${shorten(exchangeId)}"`, field: 'exchangeId' } };
  }
  const id = exchangeId.toLowerCase();
  const exchange = await ctx.loaders.exchange.load(id);
  if (!exchange) return { exchange: null, refusal: { code: 'NOT_FOUND', message: `Exchange ${id} was not found`, field: 'exchangeId' } };
  const { viewer } = ctx;
  if (viewer.role === 'OFFICIAL') {
    const participants = await ctx.loaders.participantsOfExchange.load(id);
    if (!participants.some((p) => p.officialId === viewer.officialId?.toLowerCase())) {
      throw new ForbiddenError(`Only officials taking part in this exchange may ${action}`);
    }
  }
  if (viewer.role === 'ASSOCIATION') {
    const associations = await ctx.loaders.associationsOfExchange.load(id);
    if (!associations.some((a) => a.associationId === viewer.associationId?.toLowerCase())) {
      throw new ForbiddenError(`Only associations involved in this exchange may ${action}`);
    }
  }
  return { exchange, refusal: null };
}

// --- Who reads what people wrote about an exchange ---
// The narratives of its evaluations and who wrote them, and the reasons in its history.
// The secretariat, the officials taking part and the associations involved read them;
// donors see ratings only in aggregate (impact), and everyone else the public record:
// format, dates, ratings, outcomes. Both loaders are per request, so a list of
// evaluations costs one statement per kind of row whatever its length.

const audience = 'the secretariat, the officials taking part and the associations involved';

async function concernsViewer(exchangeId: string, ctx: Context): Promise<boolean> {
  const { viewer } = ctx;
  if (viewer.role === 'STAFF') return true;
  if (viewer.role === 'OFFICIAL' && viewer.officialId) {
    const officialId = viewer.officialId.toLowerCase();
    return (await ctx.loaders.participantsOfExchange.load(exchangeId)).some((p) => p.officialId === officialId);
  }
  if (viewer.role === 'ASSOCIATION' && viewer.associationId) {
    const associationId = viewer.associationId.toLowerCase();
    return (await ctx.loaders.associationsOfExchange.load(exchangeId)).some((a) => a.associationId === associationId);
  }
  return false;
}

/** A field of an exchange's record that only those it concerns read. */
export function forThoseConcerned<T>(value: T, exchangeId: string, what: string, ctx: Context): Promise<T> {
  return readableBy(value, concernsViewer(exchangeId, ctx), what, audience);
}

// --- Who takes part, and on which side ---
// This service knows officials only as participants with a role, the accepted match's
// peer, and the requesting municipality (request_fact); the sides follow from those alone.

export type Side = 'REQUESTER' | 'PEER';

export interface ExchangeParties {
  exchange: ExchangeRow;
  participants: readonly ParticipantRow[];
  /** The official who accepted the match the exchange was planned from, when known. */
  matchOfficialId: string | null;
  /** The municipality that made the request, when known. */
  requestMunicipalityId: string | null;
}

/**
 * The side an official speaks for, or null when the exchange does not say (then the
 * official chooses). The match's official and the experts bring know-how: peers. A host
 * speaks for the requester when the exchange takes place in the requesting municipality,
 * and for the peers when it takes place elsewhere. Other participants and coordinators
 * may be on either side.
 */
export function sideOf(officialId: string, parties: ExchangeParties): Side | null {
  if (officialId === parties.matchOfficialId) return 'PEER';
  const role = parties.participants.find((p) => p.officialId === officialId)?.role;
  if (role === 'EXPERT') return 'PEER';
  if (role === 'HOST' && parties.requestMunicipalityId) {
    return parties.exchange.hostMunicipalityId === parties.requestMunicipalityId ? 'REQUESTER' : 'PEER';
  }
  return null;
}

/** The officials a requester's rating speaks about: the experts and the match's official. */
export function ratedPeers(parties: Pick<ExchangeParties, 'participants' | 'matchOfficialId'>): string[] {
  const experts = parties.participants.filter((p) => p.role === 'EXPERT').map((p) => p.officialId);
  const peers = parties.matchOfficialId ? [parties.matchOfficialId, ...experts] : experts;
  return [...new Set(peers)];
}

/** The parties of an exchange as this service knows them, read on `db` (the mutation's transaction). */
export async function partiesOf(db: Executor, exchange: ExchangeRow): Promise<ExchangeParties> {
  const known = new ProjectionRepository(db);
  const participants = await new ExchangeRepository(db).participantsOf([exchange.id]);
  const match = exchange.matchId ? await known.plannableMatch(exchange.matchId) : null;
  const request = await known.requestFact(exchange.requestId);
  return {
    exchange,
    participants,
    matchOfficialId: match?.officialId ?? null,
    requestMunicipalityId: request?.municipalityId ?? null,
  };
}
