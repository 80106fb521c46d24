// Reads of the topic taxonomy, best practices and knowledge events. Takes the shared
// database type, so it runs unchanged on PGlite and PostgreSQL, and inside a
// transaction on `tx`. Every best-practice read takes the statuses the reader may
// see, so that a draft never leaves the database for someone not allowed to read it.
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { keyset, type Executor, type PageRequest } from '@connect/kit';
import {
  bestPracticeMunicipalities,
  bestPractices,
  bestPracticeTopics,
  knowledgeEventPractices,
  knowledgeEvents,
  topicLabels,
  topics,
  type BestPracticeRow,
  type BestPracticeStatus,
  type KnowledgeEventRow,
  type TopicLabelRow,
  type TopicRow,
} from './tables.ts';

export interface BestPracticeFilter {
  topic?: string | null;
  status?: BestPracticeStatus | null;
  search?: string | null;
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
  publishedAt: bestPractices.publishedAt,
  createdAt: bestPractices.createdAt,
  updatedAt: bestPractices.updatedAt,
};

/** A best practice as resolvers see it. */
export type BestPracticeRecord = Omit<BestPracticeRow, 'search'>;

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

  bestPracticesByIds(ids: readonly string[], visible: readonly BestPracticeStatus[]): Promise<BestPracticeRecord[]> {
    return this.db
      .select(bestPractice)
      .from(bestPractices)
      .where(and(inArray(bestPractices.id, [...ids]), inArray(bestPractices.status, [...visible])));
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

  bestPracticesOfExchanges(exchangeIds: readonly string[], visible: readonly BestPracticeStatus[]): Promise<BestPracticeRecord[]> {
    return this.db
      .select(bestPractice)
      .from(bestPractices)
      .where(and(inArray(bestPractices.sourceExchangeId, [...exchangeIds]), inArray(bestPractices.status, [...visible])))
      .orderBy(asc(bestPractices.title), asc(bestPractices.id));
  }

  bestPracticesOfMunicipalities(municipalityIds: readonly string[], visible: readonly BestPracticeStatus[]) {
    return this.db
      .select({ municipalityId: bestPracticeMunicipalities.municipalityId, bestPractice })
      .from(bestPracticeMunicipalities)
      .innerJoin(bestPractices, eq(bestPractices.id, bestPracticeMunicipalities.bestPracticeId))
      .where(
        and(inArray(bestPracticeMunicipalities.municipalityId, [...municipalityIds]), inArray(bestPractices.status, [...visible])),
      )
      .orderBy(asc(bestPractices.title), asc(bestPractices.id));
  }

  bestPracticesOfEvents(eventIds: readonly string[], visible: readonly BestPracticeStatus[]) {
    return this.db
      .select({ eventId: knowledgeEventPractices.eventId, bestPractice })
      .from(knowledgeEventPractices)
      .innerJoin(bestPractices, eq(bestPractices.id, knowledgeEventPractices.bestPracticeId))
      .where(and(inArray(knowledgeEventPractices.eventId, [...eventIds]), inArray(bestPractices.status, [...visible])))
      .orderBy(asc(bestPractices.title), asc(bestPractices.id));
  }

  listBestPractices(
    filter: BestPracticeFilter,
    visible: readonly BestPracticeStatus[],
    page: PageRequest,
  ): Promise<BestPracticeRecord[]> {
    const { where, orderBy, limit } = keyset(bestPractices.title, bestPractices.id, page);
    // The status filter narrows what the reader may see; it never widens it.
    const statuses = filter.status ? visible.filter((s) => s === filter.status) : visible;
    const search = filter.search?.trim();
    return this.db
      .select(bestPractice)
      .from(bestPractices)
      .where(
        and(
          where,
          inArray(bestPractices.status, [...statuses]),
          filter.topic ? inArray(bestPractices.id, this.practicesOnTopicOrBelow(filter.topic)) : undefined,
          // websearch_to_tsquery accepts any text (quotes, OR, -word) without raising,
          // so whatever a reader types is a search, never a syntax error or SQL.
          search ? sql`${bestPractices.search} @@ websearch_to_tsquery('simple', ${search})` : undefined,
        ),
      )
      .orderBy(...orderBy)
      .limit(limit);
  }

  knowledgeEventsByIds(ids: readonly string[]): Promise<KnowledgeEventRow[]> {
    return this.db.select().from(knowledgeEvents).where(inArray(knowledgeEvents.id, [...ids]));
  }

  listKnowledgeEvents(page: PageRequest): Promise<KnowledgeEventRow[]> {
    const { where, orderBy, limit } = keyset(knowledgeEvents.date, knowledgeEvents.id, page);
    return this.db.select().from(knowledgeEvents).where(where).orderBy(...orderBy).limit(limit);
  }

  /** Ids of practices tagged with the topic or one of its sub-topics (the taxonomy has two levels). */
  private practicesOnTopicOrBelow(code: string) {
    return this.db
      .select({ id: bestPracticeTopics.bestPracticeId })
      .from(bestPracticeTopics)
      .innerJoin(topics, eq(topics.code, bestPracticeTopics.topicCode))
      .where(or(eq(topics.code, code), eq(topics.parentCode, code)));
  }
}
