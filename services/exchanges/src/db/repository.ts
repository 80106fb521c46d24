// Reads and writes of exchanges, their participants, evaluations, outcomes and history.
// Takes the shared database type, so it runs unchanged on PGlite and PostgreSQL, and
// inside a transaction on `tx`. Every list comes back in a stable order.
import { and, asc, count, eq, exists, getTableColumns, gte, inArray, lte, ne, sql, type SQL } from 'drizzle-orm';
import { keyset, type Executor, type PageRequest } from '@connect/kit';
import {
  evaluationCorrections,
  evaluations,
  outcomeCorrections,
  exchangeAssociations,
  exchangeParticipants,
  exchanges,
  exchangeTransitions,
  outcomes,
  type EvaluationCorrectionRow,
  type EvaluationPhase,
  type OutcomeCorrectionRow,
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
  /** Any of these statuses (with `status`, both must hold). */
  statuses?: readonly ExchangeStatus[] | null;
  format?: ExchangeRow['format'] | null;
  /** The host's country. */
  countryCode?: string | null;
  requestId?: string | null;
  /** An official taking part, in any role. */
  officialId?: string | null;
  associationId?: string | null;
  /** The exchange's days overlap [from, to] (either end open). */
  from?: string | null;
  to?: string | null;
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
      .where(and(where, this.exchangesMatching(filter)))
      .orderBy(...orderBy)
      .limit(limit);
  }

  /** How many exchanges the filter selects, every page together. */
  async countExchanges(filter: ExchangeFilter): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(exchanges).where(this.exchangesMatching(filter));
    return row?.n ?? 0;
  }

  private exchangesMatching(filter: ExchangeFilter): SQL | undefined {
    return and(
          filter.status ? eq(exchanges.status, filter.status) : undefined,
          filter.statuses?.length ? inArray(exchanges.status, [...filter.statuses]) : undefined,
          filter.requestId ? eq(exchanges.requestId, filter.requestId) : undefined,
          filter.from ? gte(exchanges.endsOn, filter.from) : undefined,
          filter.to ? lte(exchanges.startsOn, filter.to) : undefined,
          filter.officialId
            ? exists(
                this.db
                  .select({ id: exchangeParticipants.officialId })
                  .from(exchangeParticipants)
                  .where(and(eq(exchangeParticipants.exchangeId, exchanges.id), eq(exchangeParticipants.officialId, filter.officialId))),
              )
            : undefined,
          filter.associationId
            ? exists(
                this.db
                  .select({ id: exchangeAssociations.associationId })
                  .from(exchangeAssociations)
                  .where(and(eq(exchangeAssociations.exchangeId, exchanges.id), eq(exchangeAssociations.associationId, filter.associationId))),
              )
            : undefined,
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
    );
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

  exchangesOfAssociations(associationIds: readonly string[]): Promise<{ associationId: string; exchange: ExchangeRow }[]> {
    return this.db
      .select({ associationId: exchangeAssociations.associationId, exchange: exchanges })
      .from(exchangeAssociations)
      .innerJoin(exchanges, eq(exchanges.id, exchangeAssociations.exchangeId))
      .where(inArray(exchangeAssociations.associationId, [...associationIds]))
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

  /**
   * One page of each exchange's evaluations (oldest first, of one phase when given), in
   * one statement whatever the number of exchanges: `limit` rows each, after the cursor.
   */
  async evaluationPagesOf(exchangeIds: readonly string[], page: PageRequest, phase: EvaluationPhase | null): Promise<EvaluationRow[]> {
    const ranked = this.db
      .select({
        ...getTableColumns(evaluations),
        place: sql<number>`row_number() over (partition by ${evaluations.exchangeId} order by ${evaluations.submittedAt}, ${evaluations.id})`.as('place'),
      })
      .from(evaluations)
      .where(
        and(
          inArray(evaluations.exchangeId, [...exchangeIds]),
          phase ? eq(evaluations.phase, phase) : undefined,
          page.after ? sql`(${evaluations.submittedAt}, ${evaluations.id}) > (${page.after.sort}::timestamptz, ${page.after.id}::uuid)` : undefined,
        ),
      )
      .as('ranked');
    const rows = await this.db.select().from(ranked).where(lte(ranked.place, page.limit + 1)).orderBy(ranked.submittedAt, ranked.id);
    return rows.map(({ place: _place, ...row }) => row);
  }

  /** How many evaluations each exchange has (of one phase when given). */
  evaluationCountsOf(exchangeIds: readonly string[], phase: EvaluationPhase | null): Promise<{ exchangeId: string; n: number }[]> {
    return this.db
      .select({ exchangeId: evaluations.exchangeId, n: count() })
      .from(evaluations)
      .where(and(inArray(evaluations.exchangeId, [...exchangeIds]), phase ? eq(evaluations.phase, phase) : undefined))
      .groupBy(evaluations.exchangeId);
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

  /** When the exchange moved to COMPLETED, if it did. */
  async completedAt(exchangeId: string): Promise<Date | null> {
    const [row] = await this.db
      .select({ at: exchangeTransitions.at })
      .from(exchangeTransitions)
      .where(and(eq(exchangeTransitions.exchangeId, exchangeId), eq(exchangeTransitions.toStatus, 'COMPLETED')))
      .orderBy(sql`${exchangeTransitions.at} desc`)
      .limit(1);
    return row?.at ?? null;
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

  /** The evaluation, locked until the transaction ends: two corrections take turns. */
  async lockEvaluation(id: string): Promise<EvaluationRow | null> {
    const [row] = await this.db.select().from(evaluations).where(eq(evaluations.id, id)).for('update');
    return row ?? null;
  }

  /** The outcome, locked until the transaction ends. */
  async lockOutcome(id: string): Promise<OutcomeRow | null> {
    const [row] = await this.db.select().from(outcomes).where(eq(outcomes.id, id)).for('update');
    return row ?? null;
  }

  /** Keeps the evaluation's values as they were, then writes the corrected ones. */
  async correctEvaluation(
    before: EvaluationRow,
    after: Pick<EvaluationRow, 'overallRating' | 'indicators' | 'narrative'>,
    reason: string | null,
  ): Promise<Date> {
    const [kept] = await this.db
      .insert(evaluationCorrections)
      .values({
        evaluationId: before.id,
        reason,
        previousOverallRating: before.overallRating,
        previousIndicators: before.indicators,
        previousNarrative: before.narrative,
      })
      .returning({ at: evaluationCorrections.correctedAt });
    await this.db.update(evaluations).set(after).where(eq(evaluations.id, before.id));
    return kept!.at;
  }

  /** Keeps the outcome's values as they were, then writes the corrected ones. */
  async correctOutcome(before: OutcomeRow, after: Pick<OutcomeRow, 'kind' | 'description' | 'sdgTargets'>, reason: string | null): Promise<void> {
    await this.db.insert(outcomeCorrections).values({
      outcomeId: before.id,
      reason,
      previousKind: before.kind,
      previousDescription: before.description,
      previousSdgTargets: before.sdgTargets,
    });
    await this.db.update(outcomes).set(after).where(eq(outcomes.id, before.id));
  }

  correctionsOfEvaluations(evaluationIds: readonly string[]): Promise<EvaluationCorrectionRow[]> {
    return this.db
      .select()
      .from(evaluationCorrections)
      .where(inArray(evaluationCorrections.evaluationId, [...evaluationIds]))
      .orderBy(evaluationCorrections.correctedAt, evaluationCorrections.id);
  }

  correctionsOfOutcomes(outcomeIds: readonly string[]): Promise<OutcomeCorrectionRow[]> {
    return this.db
      .select()
      .from(outcomeCorrections)
      .where(inArray(outcomeCorrections.outcomeId, [...outcomeIds]))
      .orderBy(outcomeCorrections.correctedAt, outcomeCorrections.id);
  }

  async recordOutcome(outcome: NewOutcome): Promise<OutcomeRow> {
    const [row] = await this.db.insert(outcomes).values(outcome).returning();
    return row!;
  }
}
