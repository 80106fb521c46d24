// Who takes part in an exchange, and for which side an official speaks. This service
// knows officials only as participants with a role, the accepted match's peer, and the
// requesting municipality (request_fact); the sides follow from those alone.
import type { Executor } from '@connect/kit';
import { ProjectionRepository } from './db/projections.ts';
import { ExchangeRepository } from './db/repository.ts';
import type { ExchangeRow, ParticipantRow } from './db/tables.ts';

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
export function ratedPeers(parties: ExchangeParties): string[] {
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
