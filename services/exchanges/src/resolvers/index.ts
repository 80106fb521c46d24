import { jsonScalarResolvers, scalarResolvers } from '@connect/kit';
import type { Resolvers } from '../generated/resolvers.ts';
import { PersonalDataExport } from './personal-data-export.ts';
import { Evaluation } from './evaluation.ts';
import { Exchange } from './exchange.ts';
import { Impact } from './impact.ts';
import { Me } from './me.ts';
import { Municipality } from './municipality.ts';
import { Mutation } from './mutations/index.ts';
import { Official } from './official.ts';
import { Outcome } from './outcome.ts';
import { Query } from './query.ts';
import { Request } from './request.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...jsonScalarResolvers,
  Query,
  Mutation,
  Exchange,
  Evaluation,
  Outcome,
  Impact,
  Request,
  Official,
  Municipality,
  PersonalDataExport,
  Me,
};
