import { declareExpertise } from './declareExpertise.ts';
import { proposeMatch } from './proposeMatch.ts';
import { respondToProposal } from './respondToProposal.ts';
import { runMatching } from './runMatching.ts';

export const Mutation = { declareExpertise, runMatching, proposeMatch, respondToProposal };
