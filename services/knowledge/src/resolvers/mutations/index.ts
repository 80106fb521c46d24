// The knowledge service's mutations, one file each under mutations/.
import { documentBestPractice } from './documentBestPractice.ts';
import { publishBestPractice } from './publishBestPractice.ts';
import { returnBestPracticeToDraft } from './returnBestPracticeToDraft.ts';
import { scheduleKnowledgeEvent } from './scheduleKnowledgeEvent.ts';
import { submitBestPracticeForReview } from './submitBestPracticeForReview.ts';

export const Mutation = {
  documentBestPractice,
  submitBestPracticeForReview,
  publishBestPractice,
  returnBestPracticeToDraft,
  scheduleKnowledgeEvent,
};
