// `Me` is owned by the municipalities service; knowledge adds the best practices waiting
// on the viewer. A representation resolves only when it is the viewer's own (kit
// isOwnMe): every list is read from the verified viewer, never from what the
// representation claims, and anyone else's Me is null.
import { isOwnMe, pageRequest, toConnection, type Viewer } from '@connect/kit';
import { associationOf } from '../access.ts';
import type { BestPracticeFilter } from '../db/repository.ts';
import type { LessonScope } from '../db/projections.ts';
import type { Context } from '../context.ts';
import type { MeResolvers } from '../generated/resolvers.ts';
import { lessonConnection, lessonPageRequest } from './query.ts';

/** An empty page, for roles a list does not concern. */
const nothing = () => Promise.resolve(0);

async function practices(ctx: Context, args: { first?: number | null; after?: string | null }, filter: BestPracticeFilter | null) {
  const request = pageRequest(args);
  if (!filter) return toConnection([], request, () => '', nothing);
  const rows = await ctx.knowledge.listBestPractices(filter, ctx.visibility, request);
  return toConnection(rows, request, (p) => p.title, () => ctx.knowledge.countBestPractices(filter, ctx.visibility));
}

/** The viewer's drafts: an association's own, the secretariat's every draft; none for other roles. */
function draftsOf(viewer: Viewer): BestPracticeFilter | null {
  if (viewer.role === 'STAFF') return { status: 'DRAFT' };
  const association = viewer.role === 'ASSOCIATION' ? associationOf(viewer) : null;
  return association ? { status: 'DRAFT', documentedBy: association } : null;
}

/** The completed exchanges the viewer could document and has not: null when the role documents none. */
function toDocumentBy(viewer: Viewer): LessonScope | null {
  switch (viewer.role) {
    case 'STAFF':
      return { closedBy: 'anyone' };
    case 'ASSOCIATION': {
      const associationId = associationOf(viewer);
      return associationId ? { associationId, closedBy: 'association' } : null;
    }
    case 'OFFICIAL':
      return viewer.officialId ? { officialId: viewer.officialId.toLowerCase(), closedBy: 'anyone' } : null;
    default:
      return null;
  }
}

export const Me: MeResolvers = {
  __resolveReference: (ref, ctx) => (isOwnMe(ctx.viewer, ref) ? { id: ref.id } : null),
  bestPracticeDrafts: (_, args, ctx) => practices(ctx, args, draftsOf(ctx.viewer)),
  bestPracticesToReview: (_, args, ctx) => practices(ctx, args, ctx.viewer.role === 'STAFF' ? { status: 'IN_REVIEW' } : null),
  async bestPracticesToDocument(_, args, ctx) {
    const request = lessonPageRequest(args);
    const scope = toDocumentBy(ctx.viewer);
    if (!scope) return lessonConnection([], request, nothing);
    const rows = await ctx.lessons.listLessonsToDocument(request, scope);
    return lessonConnection(rows, request, () => ctx.lessons.countLessonsToDocument(scope));
  },
};
