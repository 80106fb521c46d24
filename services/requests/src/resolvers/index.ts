import { scalarResolvers } from '@connect/kit';
import { Municipality } from './municipality.ts';
import { Query } from './query.ts';
import { Mutation } from './mutations/index.ts';
import { Endorsement, Request } from './request.ts';

export const resolvers = { ...scalarResolvers, Query, Mutation, Request, Endorsement, Municipality };
