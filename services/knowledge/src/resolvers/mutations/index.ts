// The knowledge service's mutations, one file each under mutations/.
import type { MutationResolvers } from '../../generated/resolvers.ts';
import { cancelKnowledgeEvent } from './cancelKnowledgeEvent.ts';
import { documentBestPractice } from './documentBestPractice.ts';
import { publishBestPractice } from './publishBestPractice.ts';
import { returnBestPracticeToDraft } from './returnBestPracticeToDraft.ts';
import { scheduleKnowledgeEvent } from './scheduleKnowledgeEvent.ts';
import { submitBestPracticeForReview } from './submitBestPracticeForReview.ts';
import { updateBestPractice } from './updateBestPractice.ts';
import { updateKnowledgeEvent } from './updateKnowledgeEvent.ts';

export const Mutation: MutationResolvers = {
  documentBestPractice,
  submitBestPracticeForReview,
  publishBestPractice,
  returnBestPracticeToDraft,
  scheduleKnowledgeEvent,
  updateBestPractice,
  updateKnowledgeEvent,
  cancelKnowledgeEvent,
};
