// How histories name who did something. A history row stores the actor as `actorOf`
// wrote it: the role and the id the token is bound to (OFFICIAL:<id>,
// ASSOCIATION:<id>), or for staff and donors the token's subject (STAFF:alice@…), so
// that the secretariat can tell its people apart. A subject is an account of the
// identity provider, often an e-mail address: personal data of a member of staff that
// nobody outside the secretariat needs. So only STAFF readers see it; everyone else
// sees the role and a pseudonym, STAFF·3f9a1c2e, the same in every service and every
// history for the same person (an HMAC of the subject, with a key every process
// derives from the shared GATEWAY_SECRET; changing that secret changes the pseudonyms).
import { createHmac } from 'node:crypto';
import type { Viewer } from './viewer.ts';

/** The key pseudonyms are made with, derived from the secret every process shares. */
export function actorPseudonymKey(sharedSecret: string): Buffer {
  return createHmac('sha256', sharedSecret).update('connect/history-actor-pseudonym/v1').digest();
}

/** Eight hex digits naming one subject, stable while the key is. */
export function pseudonymOf(key: Buffer, subject: string): string {
  return createHmac('sha256', key).update(subject, 'utf8').digest('hex').slice(0, 8);
}

const namedPerson = /^(STAFF|DONOR):(.+)$/;

/** How a stored actor is shown to this viewer: staff see it as stored, others see a pseudonym for a named person. */
export function actorShownTo(viewer: Viewer, actor: string, key: Buffer): string {
  if (viewer.role === 'STAFF') return actor;
  const named = namedPerson.exec(actor);
  return named ? `${named[1]}·${pseudonymOf(key, named[2]!)}` : actor;
}
