// Reads of the topic taxonomy, best practices and knowledge events. Takes the shared
// database type, so it runs unchanged on PGlite and PostgreSQL, and inside a
// transaction on `tx`. Every best-practice read takes what the reader may see, so
// that a draft never leaves the database for someone not allowed to read it. The
// writes of the review (documenting, transitions with their history) live here too,
// and run on the mutation's transaction.
import { and, arrayContains, asc, count, eq, exists, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { keyset, topicWithDescendants, type Executor, type PageRequest } from '@connect/kit';
import type { Visibility } from '../access.ts';
import {
  bestPracticeHistory,
  bestPracticeMunicipalities,
  bestPractices,
  bestPracticeTopics,
  knowledgeEventHistory,
  knowledgeEventPractices,
  knowledgeEvents,
  topicLabels,
  topics,
  type BestPracticeRow,
  type BestPracticeStatus,
  type BestPracticeTransitionRow,
  type KnowledgeEventChangeRow,
  type KnowledgeEventRow,
  type TopicLabelRow,
  type TopicRow,
} from './tables.ts';

export interface BestPracticeFilter {
  topic?: string | null;
  status?: BestPracticeStatus | null;
  search?: string | null;
  /** Only the practices of this author: an association's id, or null for the secretariat's own. */
  documentedBy?: string | null;
}

export interface KnowledgeEventFilter {
  audience?: KnowledgeEventRow['audiences'][number] | null;
  from?: string | null;
  to?: string | null;
  topic?: string | null;
  status?: KnowledgeEventRow['status'] | null;
}

/** What an edit of a draft changes; topics, when given, replace the practice's. */
export interface BestPracticeEdit {
  title?: string;
  summary?: string;
  body?: string;
  language?: string;
  topics?: readonly string[];
}

/** What an edit of a knowledge event changes; practice ids, when given, replace those shared. */
export interface KnowledgeEventEdit {
  title?: string;
  kind?: KnowledgeEventRow['kind'];
  date?: string;
  location?: string | null;
  audiences?: KnowledgeEventRow['audiences'];
  practiceIds?: readonly string[];
}

/** One change of a knowledge event, as its history records it. */
export interface KnowledgeEventStep {
  kind: KnowledgeEventChangeRow['kind'];
  actor: string;
  reason: string | null;
  at: Date;
}

/** Every column but the search document, which only the database needs. */
const bestPractice = {
  id: bestPractices.id,
  title: bestPractices.title,
  summary: bestPractices.summary,
  body: bestPractices.body,
  language: bestPractices.language,
  status: bestPractices.status,
  sourceExchangeId: bestPractices.sourceExchangeId,
  documentingAssociationId: bestPractices.documentingAssociationId,
  publishedAt: bestPractices.publishedAt,
  createdAt: bestPractices.createdAt,
  updatedAt: bestPractices.updatedAt,
};

/** A best practice as resolvers see it. */
export type BestPracticeRecord = Omit<BestPracticeRow, 'search'>;

/** What a new draft holds; its topics and municipalities are rows of their own. */
export interface NewBestPractice {
  title: string;
  summary: string;
  body: string;
  language: string;
  sourceExchangeId: string;
  documentingAssociationId: string | null;
  topics: readonly string[];
  municipalityIds: readonly string[];
}

/** One change of review status, as the history records it. */
export interface ReviewStep {
  from: BestPracticeStatus | null;
  to: BestPracticeStatus;
  actor: string;
  reason: string | null;
  at: Date;
}

export interface NewKnowledgeEvent {
  title: string;
  kind: KnowledgeEventRow['kind'];
  date: string;
  location: string | null;
  audiences: KnowledgeEventRow['audiences'];
  organiserAssociationId: string;
  practiceIds: readonly string[];
}

/** The practices a reader may see: some statuses, plus what their association documents. */
function visibleTo(visible: Visibility): SQL | undefined {
  const byStatus = inArray(bestPractices.status, [...visible.statuses]);
  return visible.documentingAssociationId
    ? or(byStatus, eq(bestPractices.documentingAssociationId, visible.documentingAssociationId))
    : byStatus;
}

export class KnowledgeRepository {
  constructor(private readonly db: Executor) {}

  topicsByCodes(codes: readonly string[]): Promise<TopicRow[]> {
    return this.db.select().from(topics).where(inArray(topics.code, [...codes]));
  }

  listTopics(rootsOnly: boolean): Promise<TopicRow[]> {
    return this.db
      .select()
      .from(topics)
      .where(rootsOnly ? isNull(topics.parentCode) : undefined)
      .orderBy(asc(topics.code));
  }

  childrenOfTopics(codes: readonly string[]): Promise<TopicRow[]> {
    return this.db.select().from(topics).where(inArray(topics.parentCode, [...codes])).orderBy(asc(topics.code));
  }

  labelsOfTopics(codes: readonly string[]): Promise<TopicLabelRow[]> {
    return this.db
      .select()
      .from(topicLabels)
      .where(inArray(topicLabels.topicCode, [...codes]))
      .orderBy(asc(topicLabels.language));
  }

  bestPracticesByIds(ids: readonly string[], visible: Visibility): Promise<BestPracticeRecord[]> {
    return this.db
      .select(bestPractice)
      .from(bestPractices)
      .where(and(inArray(bestPractices.id, [...ids]), visibleTo(visible)));
  }

  topicsOfBestPractices(ids: readonly string[]) {
    return this.db
      .select({ bestPracticeId: bestPracticeTopics.bestPracticeId, topic: topics })
      .from(bestPracticeTopics)
      .innerJoin(topics, eq(topics.code, bestPracticeTopics.topicCode))
      .where(inArray(bestPracticeTopics.bestPracticeId, [...ids]))
      .orderBy(asc(topics.code));
  }

  municipalitiesOfBestPractices(ids: readonly string[]) {
    return this.db
      .select()
      .from(bestPracticeMunicipalities)
      .where(inArray(bestPracticeMunicipalities.bestPracticeId, [...ids]))
      .orderBy(asc(bestPracticeMunicipalities.municipalityId));
  }

  bestPracticesOfExchanges(exchangeIds: readonly string[], visible: Visibility): Promise<BestPracticeRecord[]> {
    return this.db
      .select(bestPractice)
      .from(bestPractices)
      .where(and(inArray(bestPractices.sourceExchangeId, [...exchangeIds]), visibleTo(visible)))
      .orderBy(asc(bestPractices.title), asc(bestPractices.id));
  }

  bestPracticesOfMunicipalities(municipalityIds: readonly string[], visible: Visibility) {
    return this.db
      .select({ municipalityId: bestPracticeMunicipalities.municipalityId, bestPractice })
      .from(bestPracticeMunicipalities)
      .innerJoin(bestPractices, eq(bestPractices.id, bestPracticeMunicipalities.bestPracticeId))
      .where(
        and(inArray(bestPracticeMunicipalities.municipalityId, [...municipalityIds]), visibleTo(visible)),
      )
      .orderBy(asc(bestPractices.title), asc(bestPractices.id));
  }

  bestPracticesOfEvents(eventIds: readonly string[], visible: Visibility) {
    return this.db
      .select({ eventId: knowledgeEventPractices.eventId, bestPractice })
      .from(knowledgeEventPractices)
      .innerJoin(bestPractices, eq(bestPractices.id, knowledgeEventPractices.bestPracticeId))
      .where(and(inArray(knowledgeEventPractices.eventId, [...eventIds]), visibleTo(visible)))
      .orderBy(asc(bestPractices.title), asc(bestPractices.id));
  }

  listBestPractices(
    filter: BestPracticeFilter,
    visible: Visibility,
    page: PageRequest,
  ): Promise<BestPracticeRecord[]> {
    const { where, orderBy, limit } = keyset(bestPractices.title, bestPractices.id, page);
    return this.db
      .select(bestPractice)
      .from(bestPractices)
      .where(and(where, this.bestPracticeConditions(filter, visible)))
      .orderBy(...orderBy)
      .limit(limit);
  }

  /** How many practices `listBestPractices` finds with this filter, over every page. */
  async countBestPractices(filter: BestPracticeFilter, visible: Visibility): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(bestPractices).where(this.bestPracticeConditions(filter, visible));
    return row!.n;
  }

  private bestPracticeConditions(filter: BestPracticeFilter, visible: Visibility): SQL | undefined {
    const search = filter.search?.trim();
    return and(
      // The status filter narrows what the reader may see; it never widens it.
      visibleTo(visible),
      filter.status ? eq(bestPractices.status, filter.status) : undefined,
      filter.documentedBy === undefined
        ? undefined
        : filter.documentedBy === null
          ? isNull(bestPractices.documentingAssociationId)
          : eq(bestPractices.documentingAssociationId, filter.documentedBy),
      filter.topic ? inArray(bestPractices.id, this.practicesOnTopicOrBelow(filter.topic)) : undefined,
      // websearch_to_tsquery accepts any text (quotes, OR, -word) without raising,
      // so whatever a reader types is a search, never a syntax error or SQL.
      search ? sql`${bestPractices.search} @@ websearch_to_tsquery('simple', ${search})` : undefined,
    );
  }

  knowledgeEventsByIds(ids: readonly string[]): Promise<KnowledgeEventRow[]> {
    return this.db.select().from(knowledgeEvents).where(inArray(knowledgeEvents.id, [...ids]));
  }

  listKnowledgeEvents(filter: KnowledgeEventFilter, page: PageRequest): Promise<KnowledgeEventRow[]> {
    const { where, orderBy, limit } = keyset(knowledgeEvents.date, knowledgeEvents.id, page);
    return this.db
      .select()
      .from(knowledgeEvents)
      .where(and(where, this.knowledgeEventConditions(filter)))
      .orderBy(...orderBy)
      .limit(limit);
  }

  /** How many events `listKnowledgeEvents` finds with this filter, over every page. */
  async countKnowledgeEvents(filter: KnowledgeEventFilter): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(knowledgeEvents).where(this.knowledgeEventConditions(filter));
    return row!.n;
  }

  private knowledgeEventConditions(filter: KnowledgeEventFilter): SQL | undefined {
    const e = knowledgeEvents;
    return and(
      filter.audience ? arrayContains(e.audiences, [filter.audience]) : undefined,
      filter.from ? gte(e.date, filter.from) : undefined,
      filter.to ? lte(e.date, filter.to) : undefined,
      filter.status ? eq(e.status, filter.status) : undefined,
      // An event is on a topic when a practice it shares is, sub-topics included.
      filter.topic
        ? exists(
            this.db
              .select({ id: knowledgeEventPractices.bestPracticeId })
              .from(knowledgeEventPractices)
              .where(
                and(
                  eq(knowledgeEventPractices.eventId, e.id),
                  inArray(knowledgeEventPractices.bestPracticeId, this.practicesOnTopicOrBelow(filter.topic)),
                ),
              ),
          )
        : undefined,
    );
  }

  /** The history of each knowledge event, oldest first. */
  historyOfKnowledgeEvents(ids: readonly string[]): Promise<KnowledgeEventChangeRow[]> {
    return this.db
      .select()
      .from(knowledgeEventHistory)
      .where(inArray(knowledgeEventHistory.eventId, [...ids]))
      .orderBy(asc(knowledgeEventHistory.at), asc(knowledgeEventHistory.id));
  }

  /** A knowledge event for the rules of a mutation, locked until the transaction ends when asked. */
  async knowledgeEventForChange(id: string, options: { lock?: boolean } = {}): Promise<KnowledgeEventRow | undefined> {
    const query = this.db.select().from(knowledgeEvents).where(eq(knowledgeEvents.id, id));
    const [row] = options.lock ? await query.for('update') : await query;
    return row;
  }

  /** Writes an edit of a knowledge event and its history entry. */
  async updateKnowledgeEvent(id: string, edit: KnowledgeEventEdit, step: KnowledgeEventStep): Promise<void> {
    const { practiceIds, ...fields } = edit;
    await this.db.update(knowledgeEvents).set({ ...fields, updatedAt: step.at }).where(eq(knowledgeEvents.id, id));
    if (practiceIds) {
      await this.db.delete(knowledgeEventPractices).where(eq(knowledgeEventPractices.eventId, id));
      if (practiceIds.length > 0) {
        await this.db.insert(knowledgeEventPractices).values(practiceIds.map((bestPracticeId) => ({ eventId: id, bestPracticeId })));
      }
    }
    await this.recordEventStep(id, step);
  }

  /** Cancels a knowledge event, keeping it readable with the reason, and records the change. */
  async cancelKnowledgeEvent(id: string, step: KnowledgeEventStep): Promise<void> {
    await this.db
      .update(knowledgeEvents)
      .set({ status: 'CANCELLED', cancellationReason: step.reason, cancelledAt: step.at, updatedAt: step.at })
      .where(eq(knowledgeEvents.id, id));
    await this.recordEventStep(id, step);
  }

  private async recordEventStep(eventId: string, step: KnowledgeEventStep): Promise<void> {
    await this.db.insert(knowledgeEventHistory).values({ eventId, ...step });
  }

  /** The practice an author already documented from an exchange (null: the secretariat), if any. */
  async practiceOfAuthor(exchangeId: string, associationId: string | null): Promise<BestPracticeRecord | undefined> {
    const [row] = await this.db
      .select(bestPractice)
      .from(bestPractices)
      .where(
        and(
          eq(bestPractices.sourceExchangeId, exchangeId),
          associationId === null ? isNull(bestPractices.documentingAssociationId) : eq(bestPractices.documentingAssociationId, associationId),
        ),
      );
    return row;
  }

  /** Writes an edit of a draft (its topics replaced when given) and a DRAFT → DRAFT history entry naming the fields. */
  async updateBestPractice(id: string, edit: BestPracticeEdit, step: Omit<ReviewStep, 'from' | 'to'>): Promise<void> {
    const { topics: topicCodes, ...fields } = edit;
    await this.db.update(bestPractices).set({ ...fields, updatedAt: step.at }).where(eq(bestPractices.id, id));
    if (topicCodes) {
      await this.db.delete(bestPracticeTopics).where(eq(bestPracticeTopics.bestPracticeId, id));
      await this.db.insert(bestPracticeTopics).values(topicCodes.map((topicCode) => ({ bestPracticeId: id, topicCode })));
    }
    await this.recordStep(id, { ...step, from: 'DRAFT', to: 'DRAFT' });
  }

  /** The review history of each practice, oldest first. */
  historyOfBestPractices(ids: readonly string[]): Promise<BestPracticeTransitionRow[]> {
    return this.db
      .select()
      .from(bestPracticeHistory)
      .where(inArray(bestPracticeHistory.bestPracticeId, [...ids]))
      .orderBy(asc(bestPracticeHistory.at), asc(bestPracticeHistory.id));
  }

  /**
   * A practice whatever its status, for the rules of a mutation (never for a reader).
   * `lock` holds the row until the transaction ends, so two reviewers cannot both move it.
   */
  async bestPracticeForReview(id: string, options: { lock?: boolean } = {}): Promise<BestPracticeRecord | undefined> {
    const query = this.db.select(bestPractice).from(bestPractices).where(eq(bestPractices.id, id));
    const [row] = options.lock ? await query.for('update') : await query;
    return row;
  }

  /** The status of each practice asked for that exists. */
  statusesOfBestPractices(ids: readonly string[]): Promise<{ id: string; status: BestPracticeStatus }[]> {
    return this.db
      .select({ id: bestPractices.id, status: bestPractices.status })
      .from(bestPractices)
      .where(inArray(bestPractices.id, [...ids]));
  }

  /** Writes a new draft with its topics, municipalities and the first entry of its history. */
  async documentBestPractice(practice: NewBestPractice, step: Omit<ReviewStep, 'from' | 'to'>): Promise<string> {
    const [row] = await this.db
      .insert(bestPractices)
      .values({
        title: practice.title,
        summary: practice.summary,
        body: practice.body,
        language: practice.language,
        status: 'DRAFT',
        sourceExchangeId: practice.sourceExchangeId,
        documentingAssociationId: practice.documentingAssociationId,
        createdAt: step.at,
        updatedAt: step.at,
      })
      .returning({ id: bestPractices.id });
    const id = row!.id;
    await this.db.insert(bestPracticeTopics).values(practice.topics.map((topicCode) => ({ bestPracticeId: id, topicCode })));
    if (practice.municipalityIds.length > 0) {
      await this.db
        .insert(bestPracticeMunicipalities)
        .values(practice.municipalityIds.map((municipalityId) => ({ bestPracticeId: id, municipalityId })));
    }
    await this.recordStep(id, { ...step, from: null, to: 'DRAFT' });
    return id;
  }

  /** Moves a practice to a status the lifecycle allowed, and records who, when and why. */
  async moveBestPractice(id: string, step: ReviewStep): Promise<void> {
    await this.db
      .update(bestPractices)
      .set({ status: step.to, updatedAt: step.at, ...(step.to === 'PUBLISHED' ? { publishedAt: step.at } : {}) })
      .where(eq(bestPractices.id, id));
    await this.recordStep(id, step);
  }

  async scheduleKnowledgeEvent(event: NewKnowledgeEvent, at: Date, actor: string): Promise<string> {
    const [row] = await this.db
      .insert(knowledgeEvents)
      .values({
        title: event.title,
        kind: event.kind,
        date: event.date,
        location: event.location,
        audiences: event.audiences,
        organiserAssociationId: event.organiserAssociationId,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: knowledgeEvents.id });
    const eventId = row!.id;
    await this.recordEventStep(eventId, { kind: 'SCHEDULED', actor, reason: null, at });
    if (event.practiceIds.length > 0) {
      await this.db
        .insert(knowledgeEventPractices)
        .values(event.practiceIds.map((bestPracticeId) => ({ eventId, bestPracticeId })));
    }
    return eventId;
  }

  private async recordStep(bestPracticeId: string, step: ReviewStep): Promise<void> {
    await this.db.insert(bestPracticeHistory).values({
      bestPracticeId,
      fromStatus: step.from,
      toStatus: step.to,
      at: step.at,
      actor: step.actor,
      reason: step.reason,
    });
  }

  /** Ids of practices tagged with the topic or one of its sub-topics (kit `topicWithDescendants`, the tree every service filters by). */
  private practicesOnTopicOrBelow(code: string) {
    return this.db
      .select({ id: bestPracticeTopics.bestPracticeId })
      .from(bestPracticeTopics)
      .where(inArray(bestPracticeTopics.topicCode, topicWithDescendants(code)));
  }
}
