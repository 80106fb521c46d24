// What the requests service does with other services' events: the directory's events
// decide who may act on requests, and the exchange's progress moves the request along
// its lifecycle as SYSTEM. Every event is handled once (a redelivery returns false and
// changes nothing), and events the lifecycle refuses or about unknown requests are
// handled by leaving everything as it is.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { demo, type EventEnvelope } from '@connect/kit';
import { DirectoryProjection } from '../src/db/projections.ts';
import { envelope, learnDemoDirectory, officialRegistered } from './fixtures/directory.ts';
import { association, draftInput, official, requestsSuite, staff, type RequestView } from './fixtures/requests.ts';

const client = requestsSuite({ learnDirectory: false });

const m = demo.municipalities;

/** Delivers an event twice, as an at-least-once transport may: the second changes nothing. */
async function deliverTwice(event: EventEnvelope, requestId?: string): Promise<void> {
  expect(await client.subgraph.events.deliver(event)).toBe(true);
  await client.expectNothingChanged(requestId ?? null, async () => {
    expect(await client.subgraph.events.deliver(event)).toBe(false);
  });
}

describe("the directory's events", () => {
  it('lets an official act only once the directory has announced them, for the municipality it names', async () => {
    const newcomer = { role: 'OFFICIAL' as const, officialId: randomUUID() };
    expect(await client.denied('draftRequest', draftInput(), newcomer)).toBe('FORBIDDEN');

    await deliverTwice(officialRegistered(newcomer.officialId, m.hoorn));
    const draft = await client.draft(newcomer);
    expect(draft.requestingMunicipality.id).toBe(m.hoorn);

    // The official moves to Deventer: new drafts are Deventer's, and Hoorn's drafts are out of sight.
    await deliverTwice(envelope('OfficialUpdated', { ...officialRegistered(newcomer.officialId, m.deventer).payload }));
    expect((await client.draft(newcomer)).requestingMunicipality.id).toBe(m.deventer);
    expect(await client.refused('submitRequest', { requestId: draft.id }, newcomer)).toEqual([
      { code: 'NOT_FOUND', field: 'requestId', message: `Request ${draft.id} was not found` },
    ]);

    // Erased from the directory: the official may do nothing more, and their requests lose their contact.
    await deliverTwice(envelope('OfficialErased', { officialId: newcomer.officialId }));
    expect(await client.denied('draftRequest', draftInput(), newcomer)).toBe('OFFICIAL_ERASED');
    expect((await client.request(draft.id))?.contact).toBeNull();

    // An update overtaken by the erasure (events of NATS may come late) does not bring them back.
    await deliverTwice(envelope('OfficialUpdated', { ...officialRegistered(newcomer.officialId, m.hoorn).payload }));
    expect(await new DirectoryProjection(client.subgraph.database.db).municipalityOfOfficial(newcomer.officialId)).toBeNull();
  });

  it('lets an association endorse only the requests of municipalities that joined it', async () => {
    await client.subgraph.events.deliver(officialRegistered(demo.officials.anoukJansen, m.hoorn));
    const draft = await client.draft(official('anoukJansen'));
    await client.succeed('submitRequest', { requestId: draft.id }, official('anoukJansen'));
    expect(await client.denied('endorseRequest', { requestId: draft.id }, association('vng'))).toBe('FORBIDDEN');

    await deliverTwice(envelope('MunicipalityJoinedAssociation', { associationId: demo.associations.vng, municipalityId: m.hoorn }));
    const endorsed = await client.succeed('endorseRequest', { requestId: draft.id }, association('vng'));
    expect(endorsed.endorsements.map((e) => e.association.id)).toEqual([demo.associations.vng]);
  });

  it('handles directory events with malformed ids by ignoring them', async () => {
    const count = await client.eventCount();
    expect(await client.subgraph.events.deliver(officialRegistered('not-a-uuid', m.hoorn))).toBe(true);
    expect(await client.subgraph.events.deliver(envelope('MunicipalityJoinedAssociation', { associationId: 'vng', municipalityId: m.hoorn }))).toBe(true);
    expect(await client.subgraph.events.deliver(envelope('OfficialErased', { officialId: '42' }))).toBe(true);
    expect(await client.eventCount()).toBe(count);
  });
});

describe("the exchange's progress", () => {
  beforeAll(() => learnDemoDirectory(client.subgraph));

  const george = official('georgeFreeman');
  let request: RequestView;

  async function validatedRequest(): Promise<RequestView> {
    const draft = await client.draft(george);
    await client.succeed('submitRequest', { requestId: draft.id }, george);
    return client.succeed('validateRequest', { requestId: draft.id, criteriaChecked: ['DEMAND_DRIVEN'] }, staff);
  }

  const accepted = (requestId: string, at = new Date().toISOString()) =>
    envelope('ProposalAccepted', { matchId: randomUUID(), requestId, officialId: demo.officials.pieterVanDijk, at }, 'matching');
  const started = (requestId: string, at = new Date().toISOString()) =>
    envelope('ExchangeStarted', { exchangeId: randomUUID(), requestId, participantOfficialIds: [demo.officials.pieterVanDijk], at }, 'exchanges');
  const cancelled = (requestId: string, at = new Date().toISOString()) =>
    envelope(
      'ExchangeCancelled',
      { exchangeId: randomUUID(), requestId, participantOfficialIds: [demo.officials.pieterVanDijk], reason: 'The host municipality postponed the work.', at },
      'exchanges',
    );
  const completed = (requestId: string, at = new Date().toISOString()) =>
    envelope(
      'ExchangeCompleted',
      {
        exchangeId: randomUUID(),
        requestId,
        title: 'Drainage planning in Agona West',
        hostMunicipalityId: m.agonaWest,
        municipalityIds: [m.agonaWest, m.deventer],
        participantOfficialIds: [demo.officials.georgeFreeman, demo.officials.pieterVanDijk],
        topics: ['drainage'],
        at,
      },
      'exchanges',
    );

  it('moves a validated request to MATCHED when a peer accepts, as SYSTEM, at the time of acceptance', async () => {
    request = await validatedRequest();
    const event = accepted(request.id);
    const events = await client.eventsOf(() => deliverTwice(event, request.id));
    const matched = (await client.request(request.id))!;
    expect(matched.status).toBe('MATCHED');
    expect(matched.history.at(-1)).toEqual({
      from: 'VALIDATED',
      to: 'MATCHED',
      at: event.payload.at,
      actor: 'SYSTEM',
      reason: `A peer accepted the proposal of match ${event.payload.matchId}.`,
    });
    expect(events).toEqual([
      {
        type: 'RequestStatusChanged',
        payload: expect.objectContaining({
          requestId: request.id,
          reference: request.reference,
          from: 'VALIDATED',
          to: 'MATCHED',
          at: event.payload.at,
          submittedAt: request.submittedAt,
          validatedAt: request.validation!.decidedAt,
        }),
      },
    ]);
  });

  it('leaves a matched request as it is when a second peer accepts', async () => {
    await client.expectNothingChanged(request.id, async () => {
      expect(await client.subgraph.events.deliver(accepted(request.id))).toBe(true);
    });
  });

  it('follows the exchange: IN_EXCHANGE when it starts, COMPLETED when it is completed', async () => {
    const start = started(request.id);
    const startEvents = await client.eventsOf(() => deliverTwice(start, request.id));
    expect(startEvents.map((e) => [e.type, e.payload.from, e.payload.to])).toEqual([['RequestStatusChanged', 'MATCHED', 'IN_EXCHANGE']]);
    const completion = completed(request.id);
    const completionEvents = await client.eventsOf(() => deliverTwice(completion, request.id));
    expect(completionEvents.map((e) => [e.type, e.payload.from, e.payload.to])).toEqual([['RequestStatusChanged', 'IN_EXCHANGE', 'COMPLETED']]);

    const done = (await client.request(request.id))!;
    expect(done.status).toBe('COMPLETED');
    expect(done.history.map((t) => [t.to, t.actor])).toEqual([
      ['DRAFT', `OFFICIAL:${demo.officials.georgeFreeman}`],
      ['SUBMITTED', `OFFICIAL:${demo.officials.georgeFreeman}`],
      ['VALIDATED', 'STAFF'],
      ['MATCHED', 'SYSTEM'],
      ['IN_EXCHANGE', 'SYSTEM'],
      ['COMPLETED', 'SYSTEM'],
    ]);
    expect(done.history.at(-2)!.reason).toBe(`Exchange ${start.payload.exchangeId} started.`);
    expect(done.history.at(-1)!.reason).toBe(`Exchange ${completion.payload.exchangeId} was completed.`);
  });

  it('gives a request whose running exchange is cancelled back to MATCHED, and can start again', async () => {
    const matched = await validatedRequest();
    await client.subgraph.events.deliver(accepted(matched.id));
    await client.subgraph.events.deliver(started(matched.id));
    const cancellation = cancelled(matched.id);
    const events = await client.eventsOf(() => deliverTwice(cancellation, matched.id));
    expect(events.map((e) => [e.type, e.payload.from, e.payload.to])).toEqual([['RequestStatusChanged', 'IN_EXCHANGE', 'MATCHED']]);
    const back = (await client.request(matched.id))!;
    expect(back.status).toBe('MATCHED');
    expect(back.history.at(-1)).toMatchObject({ to: 'MATCHED', actor: 'SYSTEM', reason: `Exchange ${cancellation.payload.exchangeId} was cancelled: The host municipality postponed the work.` });
    // Another exchange may be planned and run for it.
    await client.subgraph.events.deliver(started(matched.id));
    expect((await client.request(matched.id))!.status).toBe('IN_EXCHANGE');
  });

  it('leaves a request whose exchange runs or is done as it is when a peer accepts late', async () => {
    // Matching tells of every acceptance, also one that comes while the exchange runs or
    // arrives after it: an acceptance only ever moves a validated request on.
    const matched = await validatedRequest();
    await client.subgraph.events.deliver(accepted(matched.id));
    await client.subgraph.events.deliver(started(matched.id));
    await client.expectNothingChanged(matched.id, async () => {
      expect(await client.subgraph.events.deliver(accepted(matched.id))).toBe(true);
    });
    expect((await client.request(matched.id))!.status).toBe('IN_EXCHANGE');
    await client.subgraph.events.deliver(completed(matched.id));
    await client.expectNothingChanged(matched.id, async () => {
      expect(await client.subgraph.events.deliver(accepted(matched.id))).toBe(true);
    });
    expect((await client.request(matched.id))!.status).toBe('COMPLETED');
  });

  it('leaves a matched request as it is when an exchange is cancelled before it started', async () => {
    const matched = await validatedRequest();
    await client.subgraph.events.deliver(accepted(matched.id));
    await client.expectNothingChanged(matched.id, async () => {
      expect(await client.subgraph.events.deliver(cancelled(matched.id))).toBe(true);
    });
  });

  it('ignores what the lifecycle refuses: an exchange starting before a match, a withdrawn request accepted', async () => {
    const validated = await validatedRequest();
    await client.expectNothingChanged(validated.id, async () => {
      expect(await client.subgraph.events.deliver(started(validated.id))).toBe(true);
      expect(await client.subgraph.events.deliver(completed(validated.id))).toBe(true);
    });
    // That exchange is known to have started, so this request is not withdrawn (EXCHANGE_UNDER_WAY); another is.
    const withdrawn = await validatedRequest();
    await client.succeed('withdrawRequest', { requestId: withdrawn.id }, george);
    await client.expectNothingChanged(withdrawn.id, async () => {
      expect(await client.subgraph.events.deliver(accepted(withdrawn.id))).toBe(true);
    });
  });

  it('ignores events about requests it does not know or ids that are not ids', async () => {
    await client.expectNothingChanged(null, async () => {
      expect(await client.subgraph.events.deliver(accepted(randomUUID()))).toBe(true);
      expect(await client.subgraph.events.deliver(started('REQ-2026-0004'))).toBe(true);
    });
  });

  it('keeps the history in order when an event says it happened before the last change', async () => {
    const validated = await validatedRequest();
    await client.subgraph.events.deliver(accepted(validated.id, '2017-02-20T09:00:00.000Z'));
    const matched = (await client.request(validated.id))!;
    expect(matched.status).toBe('MATCHED');
    const [previous, last] = matched.history.slice(-2);
    expect(last!.at > previous!.at).toBe(true);
  });

  it('moves the demo story on: Jinja’s validated request is matched when Pieter accepts', async () => {
    await deliverTwice(accepted(demo.requests.jinjaWaste), demo.requests.jinjaWaste);
    expect((await client.request(demo.requests.jinjaWaste))?.status).toBe('MATCHED');
  });
});
