// The notifications inbox: what events tell each official and association, once. A
// notification is keyed by (recipient, source, kind): the same event delivered twice, or
// replayed, adds nothing, and a replay never removes what was delivered. Follow-up
// evaluations are scheduled on completion and become notifications when they come due.
import { and, asc, count, desc, eq, inArray, isNull, isNotNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Executor, PageRequest } from '@connect/kit';
import { followUps, notifications, type NotificationRow } from './tables.ts';

export type NewNotification = Omit<typeof notifications.$inferInsert, 'id' | 'readAt'>;
export type NewFollowUp = Omit<typeof followUps.$inferInsert, 'id' | 'notifiedAt'>;

/** Only unread (true), only read (false), or all (null). */
export type ReadFilter = boolean | null | undefined;

function readCondition(unread: ReadFilter) {
  if (unread === true) return isNull(notifications.readAt);
  if (unread === false) return isNotNull(notifications.readAt);
  return undefined;
}

export class InboxRepository {
  constructor(private readonly db: Executor) {}

  /** Delivers notifications; one already delivered for the same recipient, source and kind is left as it is. */
  async deliver(rows: NewNotification[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.insert(notifications).values(rows).onConflictDoNothing();
  }

  /** Schedules follow-ups; one already scheduled for the same recipient, exchange and month is left as it is. */
  async schedule(rows: NewFollowUp[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.insert(followUps).values(rows).onConflictDoNothing();
  }

  /**
   * Turns the recipient's follow-ups due at `now` into notifications, each once: the
   * schedule row is marked in the same statement batch, and the notification's source
   * is the schedule row, so two readers at once still deliver one.
   */
  async deliverDueFollowUps(recipient: string, now: Date): Promise<number> {
    const due = await this.db
      .update(followUps)
      .set({ notifiedAt: now })
      .where(and(eq(followUps.recipient, recipient), isNull(followUps.notifiedAt), lte(followUps.dueAt, now)))
      .returning();
    await this.deliver(
      due.map((f) => ({
        recipient: f.recipient,
        source: f.id,
        kind: 'FOLLOW_UP_DUE',
        title: `Follow-up evaluation due: ${f.title}`,
        summary: `${f.months} months have passed since the exchange was completed; its ${f.months}-month follow-up evaluation is due.`,
        requestId: f.requestId,
        exchangeId: f.exchangeId,
        createdAt: f.dueAt,
      })),
    );
    return due.length;
  }

  /** A page of the recipient's notifications, newest first. */
  page(recipient: string, unread: ReadFilter, page: PageRequest): Promise<NotificationRow[]> {
    const after = page.after
      ? or(
          lt(notifications.createdAt, new Date(page.after.sort)),
          and(eq(notifications.createdAt, new Date(page.after.sort)), lt(notifications.id, page.after.id)),
        )
      : undefined;
    return this.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipient, recipient), readCondition(unread), after))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(page.limit + 1);
  }

  async count(recipient: string, unread: ReadFilter): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.recipient, recipient), readCondition(unread)));
    return row?.n ?? 0;
  }

  /** Of `ids`, the recipient's own notifications. */
  async ownAmong(recipient: string, ids: readonly string[]): Promise<NotificationRow[]> {
    if (ids.length === 0) return [];
    return this.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipient, recipient), inArray(notifications.id, [...ids])))
      .orderBy(desc(notifications.createdAt), asc(notifications.id));
  }

  /** Marks the recipient's notifications read (those of `ids`, or every unread one); returns the ids marked. */
  async markRead(recipient: string, ids: readonly string[] | 'all', at: Date): Promise<string[]> {
    const rows = await this.db
      .update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
      .where(
        and(
          eq(notifications.recipient, recipient),
          ids === 'all' ? isNull(notifications.readAt) : inArray(notifications.id, [...ids]),
        ),
      )
      .returning({ id: notifications.id });
    return rows.map((r) => r.id);
  }

  byIds(ids: readonly string[]): Promise<NotificationRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(notifications)
      .where(inArray(notifications.id, [...ids]))
      .orderBy(desc(notifications.createdAt), asc(notifications.id));
  }
}
