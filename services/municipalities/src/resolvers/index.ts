import { Association } from './association.ts';
import { Municipality } from './municipality.ts';
import { Official } from './official.ts';
import { Query } from './query.ts';

export const resolvers = { Query, Municipality, Association, Official };
