// The end of a request: the secretariat closes it (closeRequest), and the withdrawal
// saga with the exchanges service: no withdrawal once an exchange is known to run, and
// a withdrawal the exchanges service refused (its exchange had started) is undone.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { envelope } from './fixtures/directory.ts';
import { official, requestsSuite, staff, type RequestView } from './fixtures/requests.ts';

const client = requestsSuite();
const george = official('georgeFreeman');

/** A new request of Agona West, validated by the secretariat. */
async function validated(): Promise<RequestView> {
  const draft = await client.draft(george);
  await client.succeed('submitRequest', { requestId: draft.id }, george);
  return client.succeed('validateRequest', { requestId: draft.id, criteriaChecked: ['DEMAND_DRIVEN'] }, staff);
}

async function deliver(event: ReturnType<typeof envelope>) {
  return client.subgraph.events.deliver(event);
}

const exchangeEvent = (type: 'ExchangeStarted' | 'ExchangeCompleted', requestId: string, exchangeId: string) =>
  type === 'ExchangeStarted'
    ? envelope('ExchangeStarted', { exchangeId, requestId, participantOfficialIds: [], at: new Date().toISOString() }, 'exchanges')
    : envelope(
        'ExchangeCompleted',
        { exchangeId, requestId, title: 't', hostMunicipalityId: randomUUID(), municipalityIds: [], participantOfficialIds: [], topics: [], at: new Date().toISOString() },
        'exchanges',
      );

async function matched(): Promise<RequestView> {
  const request = await validated();
  await deliver(envelope('ProposalAccepted', { matchId: randomUUID(), requestId: request.id, officialId: randomUUID(), at: new Date().toISOString() }, 'matching'));
  expect((await client.request(request.id))!.status).toBe('MATCHED');
  return request;
}

describe('closeRequest', () => {
  it('closes a completed request, with its history and event, and takes an idempotency key', async () => {
    const request = await matched();
    const exchangeId = randomUUID();
    await deliver(exchangeEvent('ExchangeStarted', request.id, exchangeId));
    await deliver(exchangeEvent('ExchangeCompleted', request.id, exchangeId));
    const key = randomUUID();
    const events = await client.eventsOf(async () => {
      const closed = await client.succeed('closeRequest', { requestId: request.id, idempotencyKey: key }, staff);
      expect(closed.status).toBe('CLOSED');
      expect(closed.history.at(-1)).toMatchObject({ from: 'COMPLETED', to: 'CLOSED', actor: 'STAFF', reason: null });
    });
    expect(events).toMatchObject([{ type: 'RequestStatusChanged', payload: { requestId: request.id, from: 'COMPLETED', to: 'CLOSED' } }]);
    // The same key again answers the first result and records nothing more.
    await client.expectNothingChanged(request.id, async () => {
      expect((await client.succeed('closeRequest', { requestId: request.id, idempotencyKey: key }, staff)).status).toBe('CLOSED');
    });
  });

  it('closes a validated or matched request only with a reason', async () => {
    for (const request of [await validated(), await matched()]) {
      await client.expectNothingChanged(request.id, async () => {
        expect(await client.refused('closeRequest', { requestId: request.id }, staff)).toMatchObject([{ code: 'REASON_REQUIRED', field: 'reason' }]);
      });
      const closed = await client.succeed('closeRequest', { requestId: request.id, reason: 'The municipality found help elsewhere.' }, staff);
      expect(closed.history.at(-1)).toMatchObject({ to: 'CLOSED', reason: 'The municipality found help elsewhere.' });
    }
  });

  it('refuses other statuses with a coded userError, and other roles', async () => {
    const draft = await client.draft(george);
    await client.expectNothingChanged(draft.id, async () => {
      expect(await client.refused('closeRequest', { requestId: draft.id, reason: 'x' }, staff)).toMatchObject([{ code: 'TRANSITION_NOT_ALLOWED' }]);
    });
    expect(await client.denied('closeRequest', { requestId: draft.id, reason: 'x' }, george)).toBe('FORBIDDEN');
  });
});

describe('the withdrawal saga', () => {
  it('carries the reason on RequestWithdrawn', async () => {
    const request = await matched();
    const events = await client.eventsOf(() => client.succeed('withdrawRequest', { requestId: request.id, reason: 'Council elections' }, george));
    expect(events.find((e) => e.type === 'RequestWithdrawn')).toMatchObject({ payload: { requestId: request.id, reason: 'Council elections' } });
  });

  it('refuses a withdrawal once an exchange is known to have started: EXCHANGE_UNDER_WAY', async () => {
    const request = await matched();
    await deliver(exchangeEvent('ExchangeStarted', request.id, randomUUID()));
    await client.expectNothingChanged(request.id, async () => {
      expect(await client.refused('withdrawRequest', { requestId: request.id }, george)).toMatchObject([{ code: 'EXCHANGE_UNDER_WAY', field: 'requestId' }]);
    });
  });

  it('refuses a withdrawal when an exchange started but the request did not follow (events out of order)', async () => {
    const request = await validated();
    // The exchange started before the acceptance arrived here: the request stays VALIDATED.
    await deliver(exchangeEvent('ExchangeStarted', request.id, randomUUID()));
    expect((await client.request(request.id))!.status).toBe('VALIDATED');
    expect(await client.refused('withdrawRequest', { requestId: request.id }, george)).toMatchObject([{ code: 'EXCHANGE_UNDER_WAY' }]);
  });

  it('undoes a withdrawal the exchanges service refused, once, to where the exchange stands', async () => {
    const request = await matched();
    await client.succeed('withdrawRequest', { requestId: request.id, reason: 'No budget' }, george);
    const exchangeId = randomUUID();
    // The exchange had started: its start reaches a withdrawn request, which does not follow.
    await deliver(exchangeEvent('ExchangeStarted', request.id, exchangeId));
    expect((await client.request(request.id))!.status).toBe('WITHDRAWN');
    const refusal = envelope(
      'RequestWithdrawalRefused',
      { requestId: request.id, exchangeId, reason: 'The study visit is under way.', at: new Date().toISOString() },
      'exchanges',
    );
    expect(await deliver(refusal)).toBe(true);
    const reinstated = (await client.request(request.id))!;
    expect(reinstated.status).toBe('IN_EXCHANGE');
    expect(reinstated.history.at(-1)).toMatchObject({ from: 'WITHDRAWN', to: 'IN_EXCHANGE', actor: 'SYSTEM' });
    expect(reinstated.history.at(-1)!.reason).toContain('The study visit is under way.');
    await client.expectNothingChanged(request.id, async () => {
      expect(await deliver(refusal)).toBe(false);
      // Another refusal event about a request no longer withdrawn changes nothing either.
      expect(await deliver({ ...refusal, id: randomUUID() })).toBe(true);
    });
  });

  it('returns the request to COMPLETED when its exchange completed meanwhile', async () => {
    const request = await matched();
    await client.succeed('withdrawRequest', { requestId: request.id }, george);
    const exchangeId = randomUUID();
    await deliver(exchangeEvent('ExchangeStarted', request.id, exchangeId));
    await deliver(exchangeEvent('ExchangeCompleted', request.id, exchangeId));
    await deliver(envelope('RequestWithdrawalRefused', { requestId: request.id, exchangeId, reason: 'Done already', at: new Date().toISOString() }, 'exchanges'));
    expect((await client.request(request.id))!.status).toBe('COMPLETED');
  });
});
