import { jsonScalarResolvers, scalarResolvers } from '@connect/kit';
import type { Resolvers } from '../generated/resolvers.ts';
import { PersonalDataExport } from './personal-data-export.ts';
import { BestPractice, BestPracticeTransition } from './best-practice.ts';
import { Exchange } from './exchange.ts';
import { KnowledgeEvent, KnowledgeEventChange } from './knowledge-event.ts';
import { Lesson } from './lesson.ts';
import { Me } from './me.ts';
import { Municipality } from './municipality.ts';
import { Mutation } from './mutations/index.ts';
import { Query } from './query.ts';
import { Topic } from './topic.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...jsonScalarResolvers,
  Query,
  Mutation,
  Topic,
  BestPractice,
  BestPracticeTransition,
  Lesson,
  KnowledgeEvent,
  KnowledgeEventChange,
  Me,
  Exchange,
  Municipality,
  PersonalDataExport,
};
