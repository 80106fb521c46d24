import { DateTime, jsonScalarResolvers } from '@connect/kit';
import type { QueryResolvers, Resolvers } from '../generated/resolvers.ts';
import { Association } from './association.ts';
import { DirectoryChange } from './history.ts';
import { Me, me } from './me.ts';
import { Municipality } from './municipality.ts';
import { Mutation } from './mutations/index.ts';
import { Official } from './official.ts';
import { exportMyData, PersonalDataExport } from './personal-data-export.ts';
import { Query as DirectoryQuery } from './query.ts';

const Query: QueryResolvers = { ...DirectoryQuery, exportMyData, me };

export const resolvers: Resolvers = { DateTime, ...jsonScalarResolvers, Query, Mutation, Municipality, Association, Official, PersonalDataExport, Me, DirectoryChange };
