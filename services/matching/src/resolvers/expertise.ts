import type { ExpertiseRow } from '../db/tables.ts';

export const Expertise = {
  // Topics belong to the knowledge service: a stub by code is all this subgraph gives.
  topic: (e: ExpertiseRow) => ({ code: e.topicCode }),
};
