import { scalarResolvers } from '@connect/kit';
import { Evaluation } from './evaluation.ts';
import { Exchange } from './exchange.ts';
import { Municipality } from './municipality.ts';
import { Official } from './official.ts';
import { Outcome } from './outcome.ts';
import { Query } from './query.ts';
import { Request } from './request.ts';

export const resolvers = { ...scalarResolvers, Query, Exchange, Evaluation, Outcome, Request, Official, Municipality };
