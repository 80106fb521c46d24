// The knowledge service's mutations, one file each under mutations/.
import { documentBestPractice } from './mutations/documentBestPractice.ts';
import { publishBestPractice } from './mutations/publishBestPractice.ts';
import { returnBestPracticeToDraft } from './mutations/returnBestPracticeToDraft.ts';
import { scheduleKnowledgeEvent } from './mutations/scheduleKnowledgeEvent.ts';
import { submitBestPracticeForReview } from './mutations/submitBestPracticeForReview.ts';

export const Mutation = {
  documentBestPractice,
  submitBestPracticeForReview,
  publishBestPractice,
  returnBestPracticeToDraft,
  scheduleKnowledgeEvent,
};
