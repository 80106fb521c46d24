import { scalarResolvers } from '@connect/kit';
import { BestPractice } from './best-practice.ts';
import { Exchange } from './exchange.ts';
import { KnowledgeEvent } from './knowledge-event.ts';
import { Municipality } from './municipality.ts';
import { Query } from './query.ts';
import { Topic } from './topic.ts';

export const resolvers = { ...scalarResolvers, Query, Topic, BestPractice, KnowledgeEvent, Exchange, Municipality };
