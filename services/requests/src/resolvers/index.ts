import { jsonScalarResolvers, scalarResolvers } from '@connect/kit';
import type { Resolvers } from '../generated/resolvers.ts';
import { PersonalDataExport } from './personal-data-export.ts';
import { Me } from './me.ts';
import { Municipality } from './municipality.ts';
import { Query } from './query.ts';
import { Mutation } from './mutations/index.ts';
import { Endorsement, Request, RequestTransition, Validation } from './request.ts';

export const resolvers: Resolvers = { ...scalarResolvers, ...jsonScalarResolvers, Query, Mutation, Request, RequestTransition, Validation, Endorsement, Municipality, PersonalDataExport, Me };
