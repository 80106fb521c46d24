// Me belongs to the municipalities service (the viewer and their work); this service adds
// the evaluations the viewer is expected to give. Only the viewer's own Me resolves: a
// representation naming anyone else is nobody here (kit/me.ts).
import { isOwnMe } from '@connect/kit';
import { evaluationsDue } from '../evaluations-due.ts';
import type { MeResolvers } from '../generated/resolvers.ts';

export const Me: MeResolvers = {
  __resolveReference: (ref, ctx) => (isOwnMe(ctx.viewer, ref) ? { id: ref.id } : null),
  evaluationsDue: (_, __, ctx) => evaluationsDue(ctx),
};
