// Reads and writes of exchanges, their participants, evaluations, outcomes and history.
// Takes the shared database type, so it runs unchanged on PGlite and PostgreSQL, and
// inside a transaction on `tx`. Every list comes back in a stable order.
import { and, asc, eq, exists, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { keyset, type Executor, type PageRequest } from '@connect/kit';
import {
  evaluations,
  exchangeAssociations,
  exchangeParticipants,
  exchanges,
  exchangeTransitions,
  outcomes,
  type EvaluationPhase,
  type EvaluationRow,
  type ExchangeRow,
  type ExchangeStatus,
  type ExchangeTransitionRow,
  type OutcomeRow,
  type ParticipantRow,
} from './tables.ts';
import { countedExchangeIds, type ImpactScope } from './impact.ts';

export type NewExchange = Omit<typeof exchanges.$inferInsert, 'id' | 'status' | 'createdAt' | 'updatedAt'>;
export type NewEvaluation = Omit<typeof evaluations.$inferInsert, 'id' | 'submittedAt'>;
export type NewOutcome = Omit<typeof outcomes.$inferInsert, 'id' | 'recordedAt'>;

export interface ExchangeFilter {
  status?: ExchangeStatus | null;
  format?: ExchangeRow['format'] | null;
  countryCode?: string | null;
  /** Only the exchanges impact figures with this scope count. */
  countedIn?: ImpactScope;
  outcomeKind?: OutcomeRow['kind'] | null;
  sdgTarget?: string | null;
  ratedAt?: EvaluationPhase | null;
  ratedBy?: EvaluationRow['respondentRole'] | null;
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
          filter.countedIn ? inArray(exchanges.id, countedExchangeIds(this.db, filter.countedIn)) : undefined,
          filter.outcomeKind || filter.sdgTarget
            ? this.hasRowIn(
                outcomes,
                filter.outcomeKind ? eq(outcomes.kind, filter.outcomeKind) : undefined,
                filter.sdgTarget ? sql`${filter.sdgTarget} = any(${outcomes.sdgTargets})` : undefined,
              )
            : undefined,
          filter.ratedAt || filter.ratedBy
            ? this.hasRowIn(
                evaluations,
                filter.ratedAt ? eq(evaluations.phase, filter.ratedAt) : undefined,
                filter.ratedBy ? eq(evaluations.respondentRole, filter.ratedBy) : undefined,
              )
            : undefined,
        ),
      )
      .orderBy(...orderBy)
      .limit(limit);
  }

  /** Whether the listed exchange has an outcome (or evaluation) meeting the conditions. */
  private hasRowIn(table: typeof outcomes | typeof evaluations, ...conditions: (SQL | undefined)[]) {
    return exists(this.db.select({ id: table.id }).from(table).where(and(eq(table.exchangeId, exchanges.id), ...conditions)));
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
    return this.historiesOf([exchangeId]);
  }

  /** The status histories of exchanges, each oldest first. */
  historiesOf(exchangeIds: readonly string[]): Promise<ExchangeTransitionRow[]> {
    return this.db
      .select()
      .from(exchangeTransitions)
      .where(inArray(exchangeTransitions.exchangeId, [...exchangeIds]))
      .orderBy(exchangeTransitions.at, exchangeTransitions.id);
  }

  /** The exchange, locked until the transaction ends: two changes of one exchange take turns. */
  async lockExchange(id: string): Promise<ExchangeRow | null> {
    const [row] = await this.db.select().from(exchanges).where(eq(exchanges.id, id)).for('update');
    return row ?? null;
  }

  /** The exchange planned from a match and not cancelled, if any. */
  async liveExchangeOfMatch(matchId: string): Promise<ExchangeRow | null> {
    const [row] = await this.db
      .select()
      .from(exchanges)
      .where(and(eq(exchanges.matchId, matchId), ne(exchanges.status, 'CANCELLED')));
    return row ?? null;
  }

  /**
   * Plans an exchange with its people, its associations and the first entry of its
   * history. Null when the match already has a live exchange (a concurrent planning won).
   */
  async planExchange(
    exchange: NewExchange,
    participants: readonly Omit<ParticipantRow, 'exchangeId'>[],
    associationIds: readonly string[],
    actor: string,
    reason: string | null = null,
  ): Promise<string | null> {
    const [planned] = await this.db.insert(exchanges).values(exchange).onConflictDoNothing().returning({ id: exchanges.id });
    if (!planned) return null;
    await this.db.insert(exchangeParticipants).values(participants.map((p) => ({ ...p, exchangeId: planned.id })));
    if (associationIds.length > 0) {
      await this.db.insert(exchangeAssociations).values(associationIds.map((associationId) => ({ exchangeId: planned.id, associationId })));
    }
    await this.db.insert(exchangeTransitions).values({ exchangeId: planned.id, fromStatus: null, toStatus: 'PLANNED', actor, reason });
    return planned.id;
  }

  /**
   * Changes a planned exchange: its columns, and its people or associations when given
   * (each list replaced whole), with a history entry naming the fields; answers its time.
   */
  async updateExchange(
    exchange: ExchangeRow,
    change: { set: Partial<Pick<ExchangeRow, 'format' | 'startsOn' | 'endsOn' | 'location'>>; participants?: readonly Omit<ParticipantRow, 'exchangeId'>[]; associationIds?: readonly string[] },
    entry: { actor: string; reason: string | null; changed: string[] },
  ): Promise<Date> {
    await this.db.update(exchanges).set({ ...change.set, updatedAt: sql`now()` }).where(eq(exchanges.id, exchange.id));
    if (change.participants) {
      await this.db.delete(exchangeParticipants).where(eq(exchangeParticipants.exchangeId, exchange.id));
      await this.db.insert(exchangeParticipants).values(change.participants.map((p) => ({ ...p, exchangeId: exchange.id })));
    }
    if (change.associationIds) {
      await this.db.delete(exchangeAssociations).where(eq(exchangeAssociations.exchangeId, exchange.id));
      if (change.associationIds.length > 0) {
        await this.db.insert(exchangeAssociations).values(change.associationIds.map((associationId) => ({ exchangeId: exchange.id, associationId })));
      }
    }
    const [written] = await this.db
      .insert(exchangeTransitions)
      .values({ exchangeId: exchange.id, fromStatus: exchange.status, toStatus: exchange.status, ...entry })
      .returning({ at: exchangeTransitions.at });
    return written!.at;
  }

  /** Moves an exchange to `to` and writes the history row; both at the transaction's time, which it returns. */
  async moveExchange(exchange: ExchangeRow, to: ExchangeStatus, actor: string, reason: string | null): Promise<Date> {
    await this.db.update(exchanges).set({ status: to, updatedAt: sql`now()` }).where(eq(exchanges.id, exchange.id));
    const [entry] = await this.db
      .insert(exchangeTransitions)
      .values({ exchangeId: exchange.id, fromStatus: exchange.status, toStatus: to, actor, reason })
      .returning({ at: exchangeTransitions.at });
    return entry!.at;
  }

  async hasEvaluation(exchangeId: string, phase: EvaluationPhase): Promise<boolean> {
    const [row] = await this.db
      .select({ id: evaluations.id })
      .from(evaluations)
      .where(and(eq(evaluations.exchangeId, exchangeId), eq(evaluations.phase, phase)))
      .limit(1);
    return row !== undefined;
  }

  /** Null when the author already evaluated this phase (and follow-up) of the exchange. */
  async recordEvaluation(evaluation: NewEvaluation): Promise<EvaluationRow | null> {
    const [row] = await this.db.insert(evaluations).values(evaluation).onConflictDoNothing().returning();
    return row ?? null;
  }

  async recordOutcome(outcome: NewOutcome): Promise<OutcomeRow> {
    const [row] = await this.db.insert(outcomes).values(outcome).returning();
    return row!;
  }
}
