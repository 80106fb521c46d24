// The directory's history (table directory_change): written by every mutation in its own
// transaction, read a page at a time, newest first, as Municipality.history and
// Association.history. Rows hold ids and field names only, never a value.
import { and, count, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Executor, PageRequest } from '@connect/kit';
import { directoryChanges, type DirectoryChangeRow } from './tables.ts';

/** What a change did: the GraphQL enum DirectoryChangeKind. */
export type DirectoryChangeKind =
  | 'REGISTERED'
  | 'UPDATED'
  | 'JOINED_ASSOCIATION'
  | 'LEFT_ASSOCIATION'
  | 'OFFICIAL_REGISTERED'
  | 'OFFICIAL_UPDATED'
  | 'OFFICIAL_ERASED';

export interface DirectoryChange {
  kind: DirectoryChangeKind;
  actor: string;
  municipalityId?: string;
  associationId?: string;
  officialId?: string;
  /** Names of the fields changed, as the mutation's input names them. */
  fields?: string[];
}

/** Whose history to read: a municipality's or an association's. */
export type HistoryOwner = { municipalityId: string } | { associationId: string };

export class DirectoryHistory {
  constructor(private readonly db: Executor) {}

  async record(...changes: DirectoryChange[]): Promise<void> {
    if (changes.length === 0) return;
    await this.db.insert(directoryChanges).values(changes.map((c) => ({ ...c, fields: [...(c.fields ?? [])].sort() })));
  }

  /** A page of the owner's history, newest first. */
  page(owner: HistoryOwner, page: PageRequest): Promise<DirectoryChangeRow[]> {
    const after = page.after
      ? or(
          lt(directoryChanges.at, new Date(page.after.sort)),
          and(eq(directoryChanges.at, new Date(page.after.sort)), lt(directoryChanges.id, page.after.id)),
        )
      : undefined;
    return this.db
      .select()
      .from(directoryChanges)
      .where(and(ownedBy(owner), after))
      .orderBy(desc(directoryChanges.at), desc(directoryChanges.id))
      .limit(page.limit + 1);
  }

  async count(owner: HistoryOwner): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(directoryChanges).where(ownedBy(owner));
    return row?.n ?? 0;
  }
}

function ownedBy(owner: HistoryOwner): SQL {
  return 'municipalityId' in owner
    ? eq(directoryChanges.municipalityId, owner.municipalityId)
    : eq(directoryChanges.associationId, owner.associationId);
}

/** Of the fields an update set, the names of those whose value it changed. */
export function changedFields<T extends object>(before: T, after: T, changes: Partial<T>): string[] {
  const keys = Object.keys(changes) as (keyof T)[];
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map(String);
}
