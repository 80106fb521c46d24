// Resolver types from this subgraph's SDL (`pnpm codegen`): each GraphQL type is bound to
// the value its resolvers actually hand on, mostly a drizzle row; an entity another
// service owns is its key alone.
import { subgraphCodegen } from '@connect/kit/codegen';

export default subgraphCodegen(import.meta.url, {
  Topic: '../db/tables.ts#TopicRow',
  LocalizedLabel: '../db/tables.ts#TopicLabelRow',
  BestPractice: '../db/repository.ts#BestPracticeRecord',
  BestPracticeTransition: '../db/tables.ts#BestPracticeTransitionRow',
  Lesson: '../db/tables.ts#LessonRow',
  KnowledgeEvent: '../db/tables.ts#KnowledgeEventRow',
  KnowledgeEventChange: '../db/tables.ts#KnowledgeEventChangeRow',
  Me: '{ id: string }',
  BestPracticeConnection: '../connections.ts#BestPracticePage',
  KnowledgeEventConnection: '../connections.ts#KnowledgeEventPage',
  LessonConnection: '../connections.ts#LessonPage',
  Exchange: '{ id: string }',
  Municipality: '{ id: string }',
  Association: '{ id: string }',
  PersonalDataExport: '{ officialId: string }',
});
