// Impact figures, computed in SQL (the same statements on PGlite and PostgreSQL), one
// statement per figure so that a client pays only for the figures it asks for.
//
// What a filter selects:
// - requests (request_fact): submitted in the period (or, never submitted, drafted in
//   it), from the country, with the topic; the format does not narrow them.
// - exchanges: not cancelled, starting in the period, of the format, answering a request
//   from the country (the host's country when the request is unknown here) with the
//   topic. Outcomes, evaluations and the time to start belong to those exchanges.
import { and, arrayOverlaps, eq, gte, lte, ne, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { topicWithDescendants, type Executor } from '@connect/kit';
import {
  evaluations,
  exchanges,
  exchangeTransitions,
  outcomes,
  requestFacts,
  type EvaluationPhase,
  type ExchangeFormat,
  type OutcomeRow,
  type RespondentRole,
} from './tables.ts';

export interface ImpactScope {
  /** First day, YYYY-MM-DD, included. */
  from?: string;
  /** Last day, YYYY-MM-DD, included. */
  to?: string;
  countryCode?: string;
  topic?: string;
  format?: ExchangeFormat;
}

/** The order of the requests lifecycle; a status this list lacks comes last. */
export const requestStatusOrder = ['DRAFT', 'SUBMITTED', 'VALIDATED', 'REJECTED', 'MATCHED', 'IN_EXCHANGE', 'COMPLETED', 'CLOSED', 'WITHDRAWN'] as const;
export type RequestStatus = (typeof requestStatusOrder)[number];
// Written into the statement as literals: a constant list of status names, never input.
const requestStatusArray = sql.raw(`array[${requestStatusOrder.map((s) => `'${s}'`).join(', ')}]::text[]`);

const count = sql<number>`count(*)::int`;

/** Elapsed days between two instants. */
const daysBetween = (start: AnyColumn, end: AnyColumn) =>
  sql`extract(epoch from (${end} - ${start}))::float8 / 86400`;

/** The median of a number of days, to one decimal; null over no rows. */
const medianOf = (days: SQL) => sql<number | null>`round((percentile_cont(0.5) within group (order by ${days}))::numeric, 1)::float8`;

/** The instant a day starts, in UTC: the period's days are calendar days of the platform. */
const dayStart = (day: string) => sql`${day}::date::timestamp at time zone 'UTC'`;

/** A request is on a topic when it names the topic or one of its sub-topics ("water" counts "sanitation"). */
const topicOfRequest = (topic: string) => arrayOverlaps(requestFacts.topics, topicWithDescendants(topic));

/** The country an exchange counts for: the requester's, or the host's when the request is unknown. */
const countryOfExchange = sql<string>`coalesce(${requestFacts.countryCode}, ${exchanges.hostCountryCode})`;

/** The exchanges the figures count, over exchanges left-joined to what is known of their requests. */
function exchangesCountedIn(scope: ImpactScope): SQL | undefined {
  return and(
    ne(exchanges.status, 'CANCELLED'),
    scope.from ? gte(exchanges.startsOn, scope.from) : undefined,
    scope.to ? lte(exchanges.startsOn, scope.to) : undefined,
    scope.format ? eq(exchanges.format, scope.format) : undefined,
    scope.countryCode ? sql`${countryOfExchange} = ${scope.countryCode}` : undefined,
    scope.topic ? topicOfRequest(scope.topic) : undefined,
  );
}

/**
 * The ids of the exchanges that figures with this scope count: a list of exchanges
 * filtered by it shows what is behind a figure.
 */
export function countedExchangeIds(db: Executor, scope: ImpactScope) {
  return db
    .select({ id: exchanges.id })
    .from(exchanges)
    .leftJoin(requestFacts, eq(requestFacts.requestId, exchanges.requestId))
    .where(exchangesCountedIn(scope));
}

/** Where the bands of days start; the last has no end. Fixed, so that two periods compare. */
export const dayBandStarts = [0, 7, 14, 30, 60, 90, 180] as const;

export interface DaysBandCount {
  fromDays: number;
  toDays: number | null;
  count: number;
}

/** The band a number of days falls in, as an index into dayBandStarts (width_bucket counts from 0 below the first bound). */
const bandOf = (days: SQL) => sql<number>`width_bucket(${days}, ${sql.raw(`array[${dayBandStarts.slice(1).join(', ')}]::float8[]`)})`;

const toBands = (rows: { band: number; count: number }[]): DaysBandCount[] =>
  rows.map(({ band, count }) => ({ fromDays: dayBandStarts[band]!, toDays: dayBandStarts[band + 1] ?? null, count }));

// Every figure is an async method: a drizzle query is a thenable that runs again each
// time it is awaited, and GraphQL may await a resolver's value more than once.
export class ImpactFigures {
  constructor(private readonly db: Executor) {}

  private requestsIn(scope: ImpactScope): SQL | undefined {
    const counted = sql`coalesce(${requestFacts.submittedAt}, ${requestFacts.createdAt})`;
    return and(
      scope.from ? sql`${counted} >= ${dayStart(scope.from)}` : undefined,
      scope.to ? sql`${counted} < ${dayStart(scope.to)} + interval '1 day'` : undefined,
      scope.countryCode ? eq(requestFacts.countryCode, scope.countryCode) : undefined,
      scope.topic ? topicOfRequest(scope.topic) : undefined,
    );
  }

  private exchangesIn(scope: ImpactScope): SQL | undefined {
    return exchangesCountedIn(scope);
  }

  /** Exchanges with what this service knows of their requests. */
  private fromExchanges<T extends Record<string, unknown>>(fields: Parameters<Executor['select']>[0] & T) {
    return this.db.select(fields).from(exchanges).leftJoin(requestFacts, eq(requestFacts.requestId, exchanges.requestId));
  }

  /** Requests by status; a status the lifecycle does not name (from a newer requests service) is left out. */
  async requestsByStatus(scope: ImpactScope): Promise<{ status: RequestStatus; count: number }[]> {
    const rows = await this.db
      .select({ status: requestFacts.status, count })
      .from(requestFacts)
      .where(this.requestsIn(scope))
      .groupBy(requestFacts.status)
      .orderBy(sql`array_position(${requestStatusArray}, ${requestFacts.status}) nulls last`, requestFacts.status);
    return rows.filter((row): row is { status: RequestStatus; count: number } => (requestStatusOrder as readonly string[]).includes(row.status));
  }

  async exchangesByFormat(scope: ImpactScope): Promise<{ format: ExchangeFormat; count: number }[]> {
    return this.fromExchanges({ format: exchanges.format, count })
      .where(this.exchangesIn(scope))
      .groupBy(exchanges.format)
      .orderBy(exchanges.format);
  }

  async exchangesByCountry(scope: ImpactScope): Promise<{ countryCode: string; count: number }[]> {
    return this.fromExchanges({ countryCode: countryOfExchange, count })
      .where(this.exchangesIn(scope))
      .groupBy(countryOfExchange)
      .orderBy(countryOfExchange);
  }

  async outcomesByKind(scope: ImpactScope): Promise<{ kind: OutcomeRow['kind']; count: number }[]> {
    return this.fromExchanges({ kind: outcomes.kind, count })
      .innerJoin(outcomes, eq(outcomes.exchangeId, exchanges.id))
      .where(this.exchangesIn(scope))
      .groupBy(outcomes.kind)
      .orderBy(outcomes.kind);
  }

  /** By goal, then target: 6.2 before 6.10 before 6.a, and 6.x before 11.x. */
  async outcomesBySdgTarget(scope: ImpactScope): Promise<{ target: string; count: number }[]> {
    const targets = this.fromExchanges({ target: sql<string>`unnest(${outcomes.sdgTargets})`.as('target') })
      .innerJoin(outcomes, eq(outcomes.exchangeId, exchanges.id))
      .where(this.exchangesIn(scope))
      .as('targets');
    const goal = sql`split_part(${targets.target}, '.', 1)::int`;
    const rest = sql`split_part(${targets.target}, '.', 2)`;
    return this.db
      .select({ target: targets.target, count })
      .from(targets)
      .groupBy(targets.target)
      .orderBy(goal, sql`case when ${rest} ~ '^[0-9]+$' then lpad(${rest}, 3, '0') else 'z' || ${rest} end`);
  }

  async averageRatings(scope: ImpactScope): Promise<{ phase: EvaluationPhase; respondentRole: RespondentRole; average: number; count: number }[]> {
    return this.fromExchanges({
      phase: evaluations.phase,
      respondentRole: evaluations.respondentRole,
      average: sql<number>`round(avg(${evaluations.overallRating}), 2)::float8`,
      count,
    })
      .innerJoin(evaluations, eq(evaluations.exchangeId, exchanges.id))
      .where(this.exchangesIn(scope))
      .groupBy(evaluations.phase, evaluations.respondentRole)
      .orderBy(evaluations.phase, evaluations.respondentRole);
  }

  /** Requests with both dates, and the days between them. */
  private validatedRequests(scope: ImpactScope) {
    return {
      days: daysBetween(requestFacts.submittedAt, requestFacts.validatedAt),
      where: and(this.requestsIn(scope), sql`${requestFacts.submittedAt} is not null`, sql`${requestFacts.validatedAt} is not null`),
    };
  }

  async medianDaysSubmissionToValidation(scope: ImpactScope): Promise<number | null> {
    const { days, where } = this.validatedRequests(scope);
    const [row] = await this.db.select({ median: medianOf(days) }).from(requestFacts).where(where);
    return row?.median ?? null;
  }

  async daysSubmissionToValidation(scope: ImpactScope): Promise<DaysBandCount[]> {
    const { days, where } = this.validatedRequests(scope);
    return toBands(await this.db.select({ band: bandOf(days), count }).from(requestFacts).where(where).groupBy(sql`1`).orderBy(sql`1`));
  }

  /** From validation to the moment the exchange moved to IN_PROGRESS (its history), over exchanges that started. */
  private startedExchanges<T extends Record<string, unknown>>(scope: ImpactScope, fields: (days: SQL) => Parameters<Executor['select']>[0] & T) {
    return this.fromExchanges(fields(daysBetween(requestFacts.validatedAt, exchangeTransitions.at)))
      .innerJoin(
        exchangeTransitions,
        and(eq(exchangeTransitions.exchangeId, exchanges.id), eq(exchangeTransitions.toStatus, 'IN_PROGRESS')),
      )
      .where(and(this.exchangesIn(scope), sql`${requestFacts.validatedAt} is not null`));
  }

  async medianDaysValidationToExchangeStart(scope: ImpactScope): Promise<number | null> {
    const [row] = await this.startedExchanges(scope, (days) => ({ median: medianOf(days) }));
    return row?.median ?? null;
  }

  async daysValidationToExchangeStart(scope: ImpactScope): Promise<DaysBandCount[]> {
    // Grouped by the first column, the band: the expression is not repeated.
    return toBands(await this.startedExchanges(scope, (days) => ({ band: bandOf(days), count })).groupBy(sql`1`).orderBy(sql`1`));
  }
}
