import { DateTime } from '@connect/kit';
import { Expertise } from './expertise.ts';
import { Match } from './match.ts';
import { Official } from './official.ts';
import { Query } from './query.ts';
import { Request } from './request.ts';

// Only DateTime: the SDL declares no Date, and buildSubgraphSchema refuses resolvers for unknown types.
export const resolvers = { DateTime, Query, Match, Request, Official, Expertise };
