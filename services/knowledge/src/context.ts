// The per-request loaders of the knowledge service: every entity reference and every
// field that reads another row goes through one of these. Best-practice loaders are
// bound to what this request's viewer may see.
import { loaderByKey, loaderOfMany, type RequestScope } from '@connect/kit';
import { LessonRepository } from './db/projections.ts';
import { KnowledgeRepository } from './db/repository.ts';
import { visibilityFor, type Visibility } from './access.ts';

function createLoaders(repository: KnowledgeRepository, visible: Visibility) {
  return {
    topic: loaderByKey((codes: readonly string[]) => repository.topicsByCodes(codes), (t) => t.code),
    // Rows are selected by parent code and source exchange, so those keys are never null here.
    childrenOfTopic: loaderOfMany((codes: readonly string[]) => repository.childrenOfTopics(codes), (t) => t.parentCode!),
    labelsOfTopic: loaderOfMany((codes: readonly string[]) => repository.labelsOfTopics(codes), (l) => l.topicCode),
    bestPractice: loaderByKey((ids: readonly string[]) => repository.bestPracticesByIds(ids, visible), (p) => p.id),
    topicsOfBestPractice: loaderOfMany(
      (ids: readonly string[]) => repository.topicsOfBestPractices(ids),
      (row) => row.bestPracticeId,
    ),
    municipalitiesOfBestPractice: loaderOfMany(
      (ids: readonly string[]) => repository.municipalitiesOfBestPractices(ids),
      (row) => row.bestPracticeId,
    ),
    historyOfBestPractice: loaderOfMany(
      (ids: readonly string[]) => repository.historyOfBestPractices(ids),
      (row) => row.bestPracticeId,
    ),
    bestPracticesOfExchange: loaderOfMany(
      (ids: readonly string[]) => repository.bestPracticesOfExchanges(ids, visible),
      (p) => p.sourceExchangeId!,
    ),
    bestPracticesOfMunicipality: loaderOfMany(
      (ids: readonly string[]) => repository.bestPracticesOfMunicipalities(ids, visible),
      (row) => row.municipalityId,
    ),
    practicesSharedAtEvent: loaderOfMany(
      (ids: readonly string[]) => repository.bestPracticesOfEvents(ids, visible),
      (row) => row.eventId,
    ),
    historyOfKnowledgeEvent: loaderOfMany(
      (ids: readonly string[]) => repository.historyOfKnowledgeEvents(ids),
      (row) => row.eventId,
    ),
    knowledgeEvent: loaderByKey((ids: readonly string[]) => repository.knowledgeEventsByIds(ids), (e) => e.id),
  };
}

export interface Context extends RequestScope {
  knowledge: KnowledgeRepository;
  lessons: LessonRepository;
  /** The best practices this request's viewer may read. */
  visibility: Visibility;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(scope: RequestScope): Context {
  const knowledge = new KnowledgeRepository(scope.db);
  const visibility = visibilityFor(scope.viewer);
  return {
    ...scope,
    knowledge,
    lessons: new LessonRepository(scope.db),
    visibility,
    loaders: createLoaders(knowledge, visibility),
  };
}
