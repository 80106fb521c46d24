import { Association } from './association.ts';
import { Municipality } from './municipality.ts';
import { Mutation } from './mutations/index.ts';
import { Official } from './official.ts';
import { Query } from './query.ts';

export const resolvers = { Query, Mutation, Municipality, Association, Official };
