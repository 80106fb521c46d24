// What the directory holds about one official beyond their directory entry: their inbox
// (notifications and follow-ups still to come), which the export shows and erasure
// deletes in the erasing transaction; and the directory changes they made or that
// concern them, which the export shows too (they hold ids and field names only, so
// erasure leaves them).
import { asc, desc, eq, or } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import { directoryChanges, followUps, notifications } from './tables.ts';

const recipientOf = (officialId: string) => `OFFICIAL:${officialId}`;

export async function inboxOfOfficial(db: Executor, officialId: string) {
  const recipient = recipientOf(officialId);
  return {
    notifications: await db
      .select()
      .from(notifications)
      .where(eq(notifications.recipient, recipient))
      .orderBy(desc(notifications.createdAt), desc(notifications.id)),
    followUpsScheduled: await db.select().from(followUps).where(eq(followUps.recipient, recipient)).orderBy(asc(followUps.dueAt)),
  };
}

/** Deletes the official's notifications and scheduled follow-ups. */
export async function eraseInboxOfOfficial(tx: Executor, officialId: string): Promise<void> {
  const recipient = recipientOf(officialId);
  await tx.delete(notifications).where(eq(notifications.recipient, recipient));
  await tx.delete(followUps).where(eq(followUps.recipient, recipient));
}

/** The directory changes the official made, or that concern them, oldest first. */
export function directoryChangesOfOfficial(db: Executor, officialId: string) {
  return db
    .select()
    .from(directoryChanges)
    .where(or(eq(directoryChanges.actor, recipientOf(officialId)), eq(directoryChanges.officialId, officialId)))
    .orderBy(asc(directoryChanges.at), asc(directoryChanges.id));
}
