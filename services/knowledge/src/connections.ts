// What the connection resolvers hand on: the kit's Connection, whose totalCount is a
// function read only when a client asks for it (GraphQL's default resolver calls it).
import type { Connection } from '@connect/kit';
import type { BestPracticeRecord } from './db/repository.ts';
import type { KnowledgeEventRow, LessonRow } from './db/tables.ts';

export type BestPracticePage = Connection<BestPracticeRecord>;
export type KnowledgeEventPage = Connection<KnowledgeEventRow>;
export type LessonPage = Connection<LessonRow & { id: string }>;
