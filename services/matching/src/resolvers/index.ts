import { jsonScalarResolvers, scalarResolvers } from '@connect/kit';
import type { Resolvers } from '../generated/resolvers.ts';
import { PersonalDataExport } from './personal-data-export.ts';
import { ExpertProfile } from './expert-profile.ts';
import { Expertise } from './expertise.ts';
import { Match, MatchConnection, MatchTransition } from './match.ts';
import { Me } from './me.ts';
import { Mutation } from './mutations/index.ts';
import { Official } from './official.ts';
import { PeerConnection, PeerSuggestion } from './find-peers.ts';
import { Query } from './query.ts';
import { Request } from './request.ts';

export const resolvers: Resolvers = { ...scalarResolvers, ...jsonScalarResolvers, Query, Mutation, Match, MatchConnection, MatchTransition, Request, Me, Official, Expertise, ExpertProfile, PersonalDataExport, PeerConnection, PeerSuggestion };
