// What municipalities learns from other services: who shares an exchange with whom, so
// that exchange partners may see each other's contact details; and what each official
// and association must be told, for their inbox. Each handler runs in the inbox
// transaction (each event applied once) and is idempotent on its own as well: the
// projections are unions or the latest value, and a notification is unique per
// recipient, event and kind, so a replayed event notifies nobody twice.
import { erasedAmong, type EventEnvelope, type EventHandlers, type EventPayloads, type Transaction } from '@connect/kit';
import { InboxRepository, type NewNotification } from './db/inbox.ts';
import { ProjectionRepository } from './db/projections.ts';
import { erasedOfficials } from './db/tables.ts';
import type { NotificationKind } from './generated/resolvers.ts';
import { followUpMonths, monthsAfter } from './notifications.ts';

type Subjects = Pick<NewNotification, 'requestId' | 'exchangeId' | 'matchId' | 'bestPracticeId'>;

interface Message extends Subjects {
  kind: NotificationKind;
  title: string;
  summary: string;
}

const officialRecipient = (id: string) => `OFFICIAL:${id}`;
const associationRecipient = (id: string) => `ASSOCIATION:${id}`;

/** Officials' and associations' recipient ids, without officials who were erased. */
async function recipients(tx: Transaction, officialIds: readonly (string | null | undefined)[], associationIds: readonly string[] = []): Promise<string[]> {
  const officials = [...new Set(officialIds.filter((id): id is string => !!id))];
  const erased = await erasedAmong(tx, erasedOfficials, officials);
  return [
    ...officials.filter((id) => !erased.has(id.toLowerCase())).map(officialRecipient),
    ...[...new Set(associationIds)].map(associationRecipient),
  ];
}

async function notify(tx: Transaction, event: EventEnvelope, to: string[], message: Message): Promise<void> {
  const createdAt = new Date();
  await new InboxRepository(tx).deliver(to.map((recipient) => ({ recipient, source: event.id, createdAt, ...message })));
}

async function recordParticipants(event: { payload: Pick<EventPayloads['ExchangeStarted'], 'exchangeId' | 'participantOfficialIds'> }, tx: Transaction) {
  await new ProjectionRepository(tx).recordExchangeParticipants(event.payload.exchangeId, event.payload.participantOfficialIds);
}

/** Keeps who speaks for a request, when the event says (older events do not). */
async function recordContact(event: EventEnvelope<'RequestStatusChanged' | 'RequestValidated'>, tx: Transaction) {
  const { requestId, contactOfficialId } = event.payload;
  if (contactOfficialId !== undefined) await new ProjectionRepository(tx).recordRequestContact(requestId, contactOfficialId);
}

async function proposalAnswered(event: EventEnvelope<'ProposalAccepted' | 'ProposalDeclined'>, tx: Transaction) {
  const { matchId, requestId } = event.payload;
  const accepted = event.type === 'ProposalAccepted';
  const contact = await new ProjectionRepository(tx).requestContact(requestId);
  await notify(tx, event, await recipients(tx, [contact]), {
    kind: accepted ? 'PROPOSAL_ACCEPTED' : 'PROPOSAL_DECLINED',
    title: accepted ? 'A proposed peer accepted' : 'A proposed peer declined',
    summary: accepted
      ? 'A peer the secretariat proposed for your request accepted; an exchange can now be planned.'
      : 'A peer the secretariat proposed for your request declined; the secretariat will look for another.',
    requestId,
    matchId,
  });
}

async function exchangeChanged(event: EventEnvelope<'ExchangePlanned' | 'ExchangeUpdated'>, tx: Transaction) {
  const { exchangeId, requestId, participantOfficialIds, associationIds, startsOn, endsOn } = event.payload;
  await new ProjectionRepository(tx).recordExchangeAssociations(exchangeId, associationIds);
  const planned = event.type === 'ExchangePlanned';
  const changed = 'changed' in event.payload ? event.payload.changed.join(', ') : '';
  await notify(tx, event, await recipients(tx, participantOfficialIds, associationIds), {
    kind: planned ? 'EXCHANGE_PLANNED' : 'EXCHANGE_CHANGED',
    title: planned ? 'An exchange was planned' : 'A planned exchange changed',
    summary: planned
      ? `An exchange you take part in is planned from ${startsOn} to ${endsOn}.`
      : `An exchange you take part in changed (${changed || 'details'}); it runs from ${startsOn} to ${endsOn}.`,
    requestId,
    exchangeId,
  });
}

export const handlers: EventHandlers = {
  ExchangeStarted: async (event, tx) => {
    await recordParticipants(event, tx);
    const { exchangeId, requestId, participantOfficialIds } = event.payload;
    await notify(tx, event, await recipients(tx, participantOfficialIds), {
      kind: 'EVALUATION_DUE',
      title: 'An exchange started: evaluations are due',
      summary: 'An exchange you take part in has started; record your evaluation before and during the exchange.',
      requestId,
      exchangeId,
    });
  },
  ExchangeCompleted: async (event, tx) => {
    await recordParticipants(event, tx);
    const { exchangeId, requestId, participantOfficialIds, title, at } = event.payload;
    const associationIds = event.payload.associationIds ?? [];
    await new ProjectionRepository(tx).recordExchangeAssociations(exchangeId, associationIds);
    const to = await recipients(tx, participantOfficialIds, associationIds);
    await notify(tx, event, to, {
      kind: 'EVALUATION_DUE',
      title: `Exchange completed: ${title}`,
      summary: 'An exchange you took part in or accompanied was completed; its evaluation after the exchange is due.',
      requestId,
      exchangeId,
    });
    const completedAt = new Date(at);
    if (Number.isNaN(completedAt.getTime())) return;
    await new InboxRepository(tx).schedule(
      to.flatMap((recipient) =>
        followUpMonths.map((months) => ({ recipient, exchangeId, requestId, months, title, dueAt: monthsAfter(completedAt, months) })),
      ),
    );
  },
  // A cancelled exchange still brought its participants together: they keep seeing each other.
  ExchangeCancelled: async (event, tx) => {
    await recordParticipants(event, tx);
    const { exchangeId, requestId, participantOfficialIds, reason } = event.payload;
    const associationIds = await new ProjectionRepository(tx).associationsOfExchange(exchangeId);
    await notify(tx, event, await recipients(tx, participantOfficialIds, associationIds), {
      kind: 'EXCHANGE_CANCELLED',
      title: 'An exchange was cancelled',
      summary: `An exchange you take part in was cancelled: ${reason}`,
      requestId,
      exchangeId,
    });
  },
  ExchangePlanned: exchangeChanged,
  ExchangeUpdated: exchangeChanged,
  ProposalMade: async (event, tx) => {
    const { matchId, requestId, officialId } = event.payload;
    await notify(tx, event, await recipients(tx, [officialId]), {
      kind: 'PROPOSAL_RECEIVED',
      title: 'You were proposed as a peer',
      summary: 'The secretariat proposes you as a peer for a request of a colleague abroad; accept or decline the proposal.',
      requestId,
      matchId,
    });
  },
  ProposalAccepted: proposalAnswered,
  ProposalDeclined: proposalAnswered,
  RequestValidated: recordContact,
  RequestStatusChanged: async (event, tx) => {
    await recordContact(event, tx);
    const { requestId, to, title, contactOfficialId } = event.payload;
    if (to !== 'VALIDATED' && to !== 'REJECTED') return;
    const contact = contactOfficialId === undefined ? await new ProjectionRepository(tx).requestContact(requestId) : contactOfficialId;
    const validated = to === 'VALIDATED';
    await notify(tx, event, await recipients(tx, [contact]), {
      kind: validated ? 'REQUEST_VALIDATED' : 'REQUEST_REJECTED',
      title: validated ? `Request validated: ${title}` : `Request rejected: ${title}`,
      summary: validated
        ? 'The secretariat validated your request; it will now look for peers.'
        : 'The secretariat rejected your request; see its history for the reason.',
      requestId,
    });
  },
  BestPracticeReturned: async (event, tx) => {
    const { bestPracticeId, exchangeId, associationId, title, reason } = event.payload;
    await notify(tx, event, await recipients(tx, [], associationId ? [associationId] : []), {
      kind: 'BEST_PRACTICE_RETURNED',
      title: `Best practice returned: ${title}`,
      summary: `The secretariat returned the draft for changes: ${reason}`,
      bestPracticeId,
      exchangeId,
    });
  },
  BestPracticePublished: async (event, tx) => {
    const { bestPracticeId, exchangeId, associationId, title } = event.payload;
    await notify(tx, event, await recipients(tx, [], associationId ? [associationId] : []), {
      kind: 'BEST_PRACTICE_PUBLISHED',
      title: `Best practice published: ${title}`,
      summary: 'A best practice you documented is published in the knowledge base.',
      bestPracticeId,
      exchangeId,
    });
  },
};
