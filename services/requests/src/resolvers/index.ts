import { scalarResolvers } from '@connect/kit';
import { Municipality } from './municipality.ts';
import { Query } from './query.ts';
import { Request } from './request.ts';

export const resolvers = { ...scalarResolvers, Query, Request, Municipality };
