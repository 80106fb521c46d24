// Handling an event exactly once per service: the inbox row and whatever the handler
// writes commit together, so a redelivered event finds its id and changes nothing.
import type { Database, Transaction } from '../database.ts';
import type { EventEnvelope } from './catalogue.ts';
import type { EventTables } from './tables.ts';

/** Runs `handle` in a transaction unless this event was handled before; true when it ran. */
export async function handleOnce(
  db: Database,
  tables: EventTables,
  envelope: EventEnvelope,
  handle: (tx: Transaction) => Promise<void>,
): Promise<boolean> {
  return db.transaction((tx) => handleOnceWithin(tx, tables, envelope, handle));
}

/** The same inside the caller's transaction, which handles several events together. */
export async function handleOnceWithin(
  tx: Transaction,
  tables: EventTables,
  envelope: EventEnvelope,
  handle: (tx: Transaction) => Promise<void>,
): Promise<boolean> {
  const inserted = await tx
    .insert(tables.inbox)
    .values({ eventId: envelope.id, type: envelope.type, source: envelope.source })
    .onConflictDoNothing()
    .returning({ eventId: tables.inbox.eventId });
  if (inserted.length === 0) return false;
  await handle(tx);
  return true;
}
