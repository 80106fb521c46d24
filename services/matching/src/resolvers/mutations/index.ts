import type { MutationResolvers } from '../../generated/resolvers.ts';
import { declareExpertise } from './declareExpertise.ts';
import { proposeMatch } from './proposeMatch.ts';
import { respondToProposal } from './respondToProposal.ts';
import { runMatching } from './runMatching.ts';
import { withdrawMatch } from './withdrawMatch.ts';

export const Mutation: MutationResolvers = { declareExpertise, runMatching, proposeMatch, respondToProposal, withdrawMatch };
