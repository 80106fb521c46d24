// Municipality.history and Association.history: the directory changes of an entry, a
// page at a time, newest first, for those access.ts lets read them (null for others).
// Actors are shown by the kit's rules: staff by name to staff only.
import { pageRequest, toConnection, type Connection, type ConnectionArgs } from '@connect/kit';
import type { Context } from '../context.ts';
import { DirectoryHistory, type HistoryOwner } from '../db/history.ts';
import type { DirectoryChangeRow } from '../db/tables.ts';
import type { DirectoryChangeKind, DirectoryChangeResolvers } from '../generated/resolvers.ts';

/** A page of a directory history, its totalCount read only when asked. */
export type DirectoryChangePage = Connection<DirectoryChangeRow>;

const isInstant = (value: string) => !Number.isNaN(Date.parse(value));

export async function historyPage(owner: HistoryOwner, args: ConnectionArgs, ctx: Context): Promise<DirectoryChangePage> {
  const page = pageRequest(args, { sort: isInstant });
  const history = new DirectoryHistory(ctx.db);
  const rows = await history.page(owner, page);
  return toConnection(rows, page, (c) => c.at.toISOString(), () => history.count(owner));
}

export const DirectoryChange: DirectoryChangeResolvers = {
  // Written only from the DirectoryChangeKind of db/history.ts, which is this enum.
  kind: (c) => c.kind as DirectoryChangeKind,
  actor: (c, _, ctx) => ctx.showActor(c.actor),
  municipality: (c, _, ctx) => (c.municipalityId ? ctx.loaders.municipality.load(c.municipalityId) : null),
  association: (c, _, ctx) => (c.associationId ? ctx.loaders.association.load(c.associationId) : null),
  official: (c, _, ctx) => (c.officialId ? ctx.loaders.official.load(c.officialId) : null),
};
