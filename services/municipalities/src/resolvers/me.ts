// Me: the signed-in viewer, keyed by the kit's meId. This service answers who the viewer
// is and their inbox; other services extend the same entity with the viewer's work. A
// representation resolves only when it is the viewer's own: nobody reads another's Me.
import { isOwnMe, isUuid, meId, pageRequest, toConnection, type Connection, type Viewer } from '@connect/kit';
import { clock } from '../clock.ts';
import type { Context } from '../context.ts';
import { InboxRepository } from '../db/inbox.ts';
import type { MunicipalityRow, NotificationRow } from '../db/tables.ts';
import type { MeResolvers, QueryResolvers } from '../generated/resolvers.ts';

export interface MeRef {
  id: string;
  viewer: Viewer;
}

/** A page of the inbox: its counts are read only when asked. */
export type NotificationPage = Connection<NotificationRow> & { unreadCount: number | (() => Promise<number>) };

/** The viewer's Me, or null for anonymous callers. */
export function meOf(viewer: Viewer): MeRef | null {
  const id = meId(viewer);
  return id === null ? null : { id, viewer };
}

/** The recipient of the viewer's inbox: officials and associations have one. */
export function inboxOf(me: MeRef): string | null {
  return me.viewer.role === 'OFFICIAL' || me.viewer.role === 'ASSOCIATION' ? me.id : null;
}

export const me: QueryResolvers['me'] = async (_, __, ctx) => {
  await ctx.erasure.refuseErasedViewer();
  return meOf(ctx.viewer);
};

/** The viewer's own official or association id, for those roles; null otherwise. */
function ownId(me: MeRef, role: 'OFFICIAL' | 'ASSOCIATION'): string | null {
  const id = role === 'OFFICIAL' ? me.viewer.officialId : me.viewer.associationId;
  return me.viewer.role === role && id && isUuid(id) ? id : null;
}

const isInstant = (value: string) => !Number.isNaN(Date.parse(value));

async function notifications(
  me: MeRef,
  args: { first?: number | null; after?: string | null; unread?: boolean | null },
  ctx: Context,
): Promise<NotificationPage> {
  const page = pageRequest(args, { sort: isInstant });
  const recipient = inboxOf(me);
  if (!recipient) return { ...toConnection([], page, () => '', async () => 0), unreadCount: 0 };
  await ctx.db.transaction((tx) => new InboxRepository(tx).deliverDueFollowUps(recipient, clock.now()));
  const inbox = new InboxRepository(ctx.db);
  const rows = await inbox.page(recipient, args.unread, page);
  return {
    ...toConnection(rows, page, (n) => n.createdAt.toISOString(), () => inbox.count(recipient, args.unread)),
    unreadCount: () => inbox.count(recipient, true),
  };
}

export const Me: MeResolvers = {
  __resolveReference: (ref, ctx) => (isOwnMe(ctx.viewer, ref) ? meOf(ctx.viewer) : null),
  role: (me) => me.viewer.role as 'STAFF' | 'OFFICIAL' | 'ASSOCIATION' | 'DONOR',
  official: (me, _, ctx) => {
    const id = ownId(me, 'OFFICIAL');
    return id ? ctx.loaders.official.load(id) : null;
  },
  association: (me, _, ctx) => {
    const id = ownId(me, 'ASSOCIATION');
    return id ? ctx.loaders.association.load(id) : null;
  },
  async municipality(me, _, ctx) {
    const id = ownId(me, 'OFFICIAL');
    const official = id ? await ctx.loaders.official.load(id) : null;
    return official ? ((await ctx.loaders.municipality.load(official.municipalityId)) as MunicipalityRow | null) : null;
  },
  notifications: (me, args, ctx) => notifications(me, args, ctx),
};
