// Reads of exchanges, their participants, evaluations, outcomes and history. Takes the
// shared database type, so it runs unchanged on PGlite and PostgreSQL, and inside a
// transaction on `tx`. Every list comes back in a stable order.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { keyset, type Executor, type PageRequest } from '@connect/kit';
import {
  evaluations,
  exchangeAssociations,
  exchangeParticipants,
  exchanges,
  exchangeTransitions,
  outcomes,
  type EvaluationRow,
  type ExchangeRow,
  type ExchangeStatus,
  type ExchangeTransitionRow,
  type OutcomeRow,
  type ParticipantRow,
} from './tables.ts';

export interface ExchangeFilter {
  status?: ExchangeStatus | null;
  format?: ExchangeRow['format'] | null;
  countryCode?: string | null;
}

/** Exchanges are always listed by start date, then id: the keyset of every list. */
const byStartDate = [asc(exchanges.startsOn), asc(exchanges.id)];

export class ExchangeRepository {
  constructor(private readonly db: Executor) {}

  exchangesByIds(ids: readonly string[]): Promise<ExchangeRow[]> {
    return this.db.select().from(exchanges).where(inArray(exchanges.id, [...ids]));
  }

  evaluationsByIds(ids: readonly string[]): Promise<EvaluationRow[]> {
    return this.db.select().from(evaluations).where(inArray(evaluations.id, [...ids]));
  }

  outcomesByIds(ids: readonly string[]): Promise<OutcomeRow[]> {
    return this.db.select().from(outcomes).where(inArray(outcomes.id, [...ids]));
  }

  listExchanges(filter: ExchangeFilter, page: PageRequest): Promise<ExchangeRow[]> {
    const { where, orderBy, limit } = keyset(exchanges.startsOn, exchanges.id, page);
    return this.db
      .select()
      .from(exchanges)
      .where(
        and(
          where,
          filter.status ? eq(exchanges.status, filter.status) : undefined,
          filter.format ? eq(exchanges.format, filter.format) : undefined,
          filter.countryCode ? eq(exchanges.hostCountryCode, filter.countryCode.toUpperCase()) : undefined,
        ),
      )
      .orderBy(...orderBy)
      .limit(limit);
  }

  exchangesOfRequests(requestIds: readonly string[]): Promise<ExchangeRow[]> {
    return this.db
      .select()
      .from(exchanges)
      .where(inArray(exchanges.requestId, [...requestIds]))
      .orderBy(...byStartDate);
  }

  exchangesHostedBy(municipalityIds: readonly string[]): Promise<ExchangeRow[]> {
    return this.db
      .select()
      .from(exchanges)
      .where(inArray(exchanges.hostMunicipalityId, [...municipalityIds]))
      .orderBy(...byStartDate);
  }

  exchangesOfOfficials(officialIds: readonly string[]): Promise<{ officialId: string; exchange: ExchangeRow }[]> {
    return this.db
      .select({ officialId: exchangeParticipants.officialId, exchange: exchanges })
      .from(exchangeParticipants)
      .innerJoin(exchanges, eq(exchanges.id, exchangeParticipants.exchangeId))
      .where(inArray(exchangeParticipants.officialId, [...officialIds]))
      .orderBy(...byStartDate);
  }

  /** Participants by role (the host first), then by official. */
  participantsOf(exchangeIds: readonly string[]): Promise<ParticipantRow[]> {
    return this.db
      .select()
      .from(exchangeParticipants)
      .where(inArray(exchangeParticipants.exchangeId, [...exchangeIds]))
      .orderBy(exchangeParticipants.role, exchangeParticipants.officialId);
  }

  associationsOf(exchangeIds: readonly string[]) {
    return this.db
      .select()
      .from(exchangeAssociations)
      .where(inArray(exchangeAssociations.exchangeId, [...exchangeIds]))
      .orderBy(exchangeAssociations.associationId);
  }

  evaluationsOf(exchangeIds: readonly string[]): Promise<EvaluationRow[]> {
    return this.db
      .select()
      .from(evaluations)
      .where(inArray(evaluations.exchangeId, [...exchangeIds]))
      .orderBy(evaluations.submittedAt, evaluations.id);
  }

  outcomesOf(exchangeIds: readonly string[]): Promise<OutcomeRow[]> {
    return this.db
      .select()
      .from(outcomes)
      .where(inArray(outcomes.exchangeId, [...exchangeIds]))
      .orderBy(outcomes.recordedAt, outcomes.id);
  }

  /** The status history of one exchange, oldest first. */
  historyOf(exchangeId: string): Promise<ExchangeTransitionRow[]> {
    return this.db
      .select()
      .from(exchangeTransitions)
      .where(eq(exchangeTransitions.exchangeId, exchangeId))
      .orderBy(exchangeTransitions.at, exchangeTransitions.id);
  }
}
