// What the directory holds about one official beyond their directory entry: their inbox
// (notifications and follow-ups still to come). The export shows it; erasure deletes it
// in the erasing transaction.
import { asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '@connect/kit';
import { followUps, notifications } from './tables.ts';

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
