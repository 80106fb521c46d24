// Erasure is final. Once an official is erased, no service accepts an action by them
// (their token still verifies until it expires) or for them (staff naming them in an
// update, a proposal or an exchange plan). Each service remembers erased ids in its own
// `erased_official` table: municipalities writes it in the transaction that erases, the
// others when OfficialErased arrives (in the inbox transaction). Checking is one
// primary-key read: once per request for the viewer, before any mutation runs; once per
// mutation for the officials it names.
//
// The two refusals differ on purpose. An erased official acting is a permission matter:
// a GraphQLError with code OFFICIAL_ERASED, like FORBIDDEN. Staff naming an erased
// official is a rule of the domain refusing that input: a userError with code
// OFFICIAL_ERASED, like NOT_FOUND, and nothing is written.
import { inArray } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import type { Executor } from './database.ts';
import type { ServiceTables } from './events/tables.ts';
import { refuse } from './mutation.ts';
import type { Viewer } from './viewer.ts';

export const OFFICIAL_ERASED = 'OFFICIAL_ERASED';

type ErasedOfficials = ServiceTables['erasedOfficials'];

/** An erased official's token tried to act. */
export class OfficialErasedError extends GraphQLError {
  constructor() {
    super('This official has been erased from the directory; their token no longer acts on CONNECT', {
      extensions: { code: OFFICIAL_ERASED },
    });
  }
}

/** Remembers an erasure (idempotent: a second delivery changes nothing). */
export async function recordErasure(tx: Executor, table: ErasedOfficials, officialId: string, at = new Date()): Promise<void> {
  await tx.insert(table).values({ officialId: officialId.toLowerCase(), erasedAt: at }).onConflictDoNothing();
}

/** Which of these officials are erased. */
export async function erasedAmong(db: Executor, table: ErasedOfficials, officialIds: readonly string[]): Promise<Set<string>> {
  const ids = [...new Set(officialIds.map((id) => id.toLowerCase()))];
  if (ids.length === 0) return new Set();
  const rows = await db.select({ officialId: table.officialId }).from(table).where(inArray(table.officialId, ids));
  return new Set(rows.map((r) => r.officialId));
}

/** Every erased official this service knows of (the gateway's starting point in one process). */
export async function allErased(db: Executor, table: ErasedOfficials): Promise<string[]> {
  return (await db.select({ officialId: table.officialId }).from(table)).map((r) => r.officialId);
}

/** Inside a mutation's work: refuses (userError OFFICIAL_ERASED, nothing written) when it names an erased official. */
export async function refuseErasedOfficials(tx: Executor, table: ErasedOfficials, officialIds: readonly string[], field: string): Promise<void> {
  const erased = await erasedAmong(tx, table, officialIds);
  if (erased.size === 0) return;
  const [first] = erased;
  refuse(OFFICIAL_ERASED, `Official ${first} has been erased from the directory; nothing can be done for them any more`, field);
}

/** Per request: whether the viewer is an erased official, asked of the database at most once. */
export interface ViewerErasure {
  /** Throws OfficialErasedError when the viewer is an erased official. */
  refuseErasedViewer(): Promise<void>;
}

export function viewerErasure(db: Executor, table: ErasedOfficials, viewer: Viewer): ViewerErasure {
  let erased: Promise<boolean> | undefined;
  return {
    async refuseErasedViewer() {
      if (viewer.role !== 'OFFICIAL' || !viewer.officialId) return;
      erased ??= erasedAmong(db, table, [viewer.officialId]).then((ids) => ids.size > 0);
      if (await erased) throw new OfficialErasedError();
    },
  };
}
