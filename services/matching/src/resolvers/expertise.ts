import type { ExpertiseResolvers } from '../generated/resolvers.ts';

export const Expertise: ExpertiseResolvers = {
  // Topics belong to the knowledge service: a stub by code is all this subgraph gives.
  topic: (e) => ({ code: e.topicCode }),
};
