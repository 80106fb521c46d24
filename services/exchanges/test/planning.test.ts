import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPayloads } from '@connect/kit';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import { exchanges, type Context } from '../src/server.ts';
import { envelope, inventory, official, recordedEvents, refusedWithoutWriting, staff, succeed, type Payload } from './support.ts';

// Planning answers to the request and the peer (format, window, availability) and
// involves an association, unless the secretariat overrides with a reason; a planned
// exchange changes in place under the same rules; a withdrawn request cancels its planned
// exchange, and an exchange under way refuses the withdrawal.
let subgraph: TestSubgraph<Context>;

const requester = randomUUID();
const host = randomUUID();
const peer = randomUUID();
const association = randomUUID();

/** A validated request asking for a study visit between March and June 2027, and its match accepted by a peer free in April and May. */
async function acceptedMatch(): Promise<{ requestId: string; matchId: string }> {
  const requestId = randomUUID();
  const matchId = randomUUID();
  const change: EventPayloads['RequestStatusChanged'] = {
    requestId,
    reference: 'REQ-2027-0042',
    municipalityId: requester,
    title: 'Guided tours',
    challenge: 'Visitors come but stay one day.',
    topics: ['ecotourism'],
    preferredFormats: ['STUDY_VISIT', 'WORK_PLACEMENT'],
    languages: ['en'],
    earliestStart: '2027-03-01',
    latestEnd: '2027-06-30',
    from: 'MATCHED',
    to: 'MATCHED',
    at: '2027-02-01T09:00:00.000Z',
    submittedAt: '2027-01-10T09:00:00.000Z',
    validatedAt: '2027-01-20T09:00:00.000Z',
  };
  await subgraph.events.deliver(envelope('RequestStatusChanged', change, 'requests'));
  await subgraph.events.deliver(
    envelope('ProposalAccepted', { matchId, requestId, officialId: peer, at: '2027-02-01T10:00:00.000Z', availability: [{ from: '2027-04-01', to: '2027-05-31' }] }, 'matching'),
  );
  return { requestId, matchId };
}

function plan(matchId: string, overrides: Record<string, unknown> = {}) {
  return {
    matchId,
    title: 'Study visit to the guiding cooperative',
    format: 'STUDY_VISIT',
    startsOn: '2027-04-12',
    endsOn: '2027-04-16',
    hostMunicipalityId: host,
    participants: [
      { officialId: peer, role: 'HOST' },
      { officialId: requester, role: 'PARTICIPANT' },
    ],
    associationIds: [association],
    ...overrides,
  };
}

const exchangeFields = `exchange { id status format startsOn endsOn location participants { role official { id } } associations { id } history { from to reason changed } }`;
const updateMutation = `mutation($id: ID!, $input: UpdateExchangeInput!, $key: String) { updateExchange(id: $id, input: $input, idempotencyKey: $key) { ${exchangeFields} userErrors { code message field } } }`;

async function update(id: string, input: Record<string, unknown>, key?: string) {
  const result = await subgraph.execute<{ updateExchange: Payload }>({ query: updateMutation, variables: { id, input, key } }, staff);
  expect(result.errors).toBeUndefined();
  return result.data!.updateExchange;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(exchanges);
  await subgraph.events.deliver(envelope('MunicipalityRegistered', { municipalityId: host, name: 'Host', countryCode: 'ES', kind: 'CITY', population: null, languages: ['es'] }));
  await subgraph.events.deliver(envelope('MunicipalityRegistered', { municipalityId: requester, name: 'Requester', countryCode: 'CO', kind: 'CITY', population: null, languages: ['es'] }));
});
afterAll(() => subgraph?.dispose());

describe('planning answers to the request and the peer', () => {
  it('refuses a format not asked for, days outside the window and the availability, and no association: all at once, nothing written', async () => {
    const { matchId } = await acceptedMatch();
    const errors = await refusedWithoutWriting(
      subgraph,
      'planExchange',
      plan(matchId, { format: 'ROUNDTABLE', startsOn: '2027-01-10', endsOn: '2027-01-20', associationIds: [] }),
      staff,
    );
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['FORMAT_NOT_REQUESTED', 'format'],
      ['OUTSIDE_REQUEST_WINDOW', 'startsOn'],
      ['OUTSIDE_PEER_AVAILABILITY', 'startsOn'],
      ['ASSOCIATION_REQUIRED', 'associationIds'],
    ]);
  });

  it('refuses days inside the request’s window but outside the peer’s availability', async () => {
    const { matchId } = await acceptedMatch();
    const errors = await refusedWithoutWriting(subgraph, 'planExchange', plan(matchId, { startsOn: '2027-05-24', endsOn: '2027-06-04' }), staff);
    expect(errors.map((e) => e.code)).toEqual(['OUTSIDE_PEER_AVAILABILITY']);
  });

  it('lets the secretariat override with a reason, which the history keeps, and tells ExchangePlanned', async () => {
    const { matchId, requestId } = await acceptedMatch();
    const planned = await succeed(
      subgraph,
      'planExchange',
      plan(matchId, { format: 'EXPERT_ASSIGNMENT', associationIds: [], overrideReason: 'The requester agreed by phone; no association in the country yet.' }),
      staff,
    );
    expect(planned.exchange!.history).toEqual([
      {
        from: null,
        to: 'PLANNED',
        actor: 'STAFF',
        reason: 'Staff override of FORMAT_NOT_REQUESTED, ASSOCIATION_REQUIRED: The requester agreed by phone; no association in the country yet.',
      },
    ]);
    const announced = (await recordedEvents(subgraph, 'ExchangePlanned')).find((e) => e.exchangeId === planned.exchange!.id);
    expect(announced).toEqual({
      exchangeId: planned.exchange!.id,
      requestId,
      format: 'EXPERT_ASSIGNMENT',
      startsOn: '2027-04-12',
      endsOn: '2027-04-16',
      hostMunicipalityId: host,
      participantOfficialIds: [peer, requester],
      associationIds: [],
      at: expect.any(String),
    });
  });
});

describe('updateExchange', () => {
  it('changes dates, location, format and associations in place, names the fields in the history and tells ExchangeUpdated', async () => {
    const { matchId } = await acceptedMatch();
    const id = (await succeed(subgraph, 'planExchange', plan(matchId), staff)).exchange!.id;
    const other = randomUUID();
    const changed = await update(id, { startsOn: '2027-05-03', endsOn: '2027-05-07', location: 'Ronda', format: 'WORK_PLACEMENT', associationIds: [association, other] }, `move-${id}`);
    expect(changed.userErrors).toEqual([]);
    expect(changed.exchange).toMatchObject({ status: 'PLANNED', format: 'WORK_PLACEMENT', startsOn: '2027-05-03', endsOn: '2027-05-07', location: 'Ronda' });
    expect((changed.exchange!.associations as { id: string }[]).map((a) => a.id).sort()).toEqual([association, other].sort());
    const fields = ['format', 'startsOn', 'endsOn', 'location', 'associationIds'];
    expect(changed.exchange!.history.at(-1)).toEqual({ from: 'PLANNED', to: 'PLANNED', reason: `Changed ${fields.join(', ')}`, changed: fields });
    const [event] = (await recordedEvents(subgraph, 'ExchangeUpdated')).filter((e) => e.exchangeId === id);
    expect(event).toMatchObject({ changed: fields, format: 'WORK_PLACEMENT', startsOn: '2027-05-03', endsOn: '2027-05-07', participantOfficialIds: [peer, requester] });
    // A retry with the same key changes nothing more.
    const before = await inventory(subgraph);
    await update(id, { startsOn: '2027-05-03', endsOn: '2027-05-07', location: 'Ronda', format: 'WORK_PLACEMENT', associationIds: [association, other] }, `move-${id}`);
    expect(await inventory(subgraph)).toEqual(before);
  });

  it('replaces the participants, keeping the match’s official as host or expert', async () => {
    const { matchId } = await acceptedMatch();
    const id = (await succeed(subgraph, 'planExchange', plan(matchId), staff)).exchange!.id;
    const colleague = randomUUID();
    const people = [
      { officialId: requester, role: 'HOST' },
      { officialId: peer, role: 'EXPERT' },
      { officialId: colleague, role: 'PARTICIPANT' },
    ];
    const changed = await update(id, { participants: people });
    expect(changed.userErrors).toEqual([]);
    expect(changed.exchange!.history.at(-1)).toMatchObject({ changed: ['participants'] });
    const withoutPeer = await update(id, { participants: [{ officialId: requester, role: 'HOST' }, { officialId: peer, role: 'PARTICIPANT' }] });
    expect(withoutPeer.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
  });

  it('refuses changes outside the rules without an override, all at once, and accepts them with one', async () => {
    const { matchId } = await acceptedMatch();
    const id = (await succeed(subgraph, 'planExchange', plan(matchId), staff)).exchange!.id;
    const before = await inventory(subgraph);
    const refused = await update(id, { format: 'ROUNDTABLE', endsOn: '2027-07-15', associationIds: [] });
    expect(refused.exchange).toBeNull();
    expect(refused.userErrors.map((e) => e.code)).toEqual(['FORMAT_NOT_REQUESTED', 'OUTSIDE_REQUEST_WINDOW', 'OUTSIDE_PEER_AVAILABILITY', 'ASSOCIATION_REQUIRED']);
    expect(await inventory(subgraph)).toEqual(before);
    const overridden = await update(id, { endsOn: '2027-07-15', overrideReason: 'The peer extended their stay.' });
    expect(overridden.exchange!.history.at(-1)).toEqual({
      from: 'PLANNED',
      to: 'PLANNED',
      reason: 'Staff override of OUTSIDE_REQUEST_WINDOW, OUTSIDE_PEER_AVAILABILITY: The peer extended their stay.',
      changed: ['endsOn'],
    });
  });

  it('is refused once the exchange has started', async () => {
    const { matchId } = await acceptedMatch();
    const id = (await succeed(subgraph, 'planExchange', plan(matchId), staff)).exchange!.id;
    await succeed(subgraph, 'recordEvaluation', { exchangeId: id, phase: 'BEFORE', overallRating: 4, respondentRole: 'REQUESTER' }, official(requester));
    await succeed(subgraph, 'startExchange', { exchangeId: id }, staff);
    const before = await inventory(subgraph);
    const refused = await update(id, { location: 'Somewhere else' });
    expect(refused.userErrors.map((e) => [e.code, e.field])).toEqual([['EXCHANGE_NOT_PLANNED', 'id']]);
    expect(await inventory(subgraph)).toEqual(before);
  });
});

describe('the withdrawal saga', () => {
  it('cancels the planned exchange of a withdrawn request with the reason, once per event', async () => {
    const { matchId, requestId } = await acceptedMatch();
    const id = (await succeed(subgraph, 'planExchange', plan(matchId), staff)).exchange!.id;
    const withdrawn = envelope('RequestWithdrawn', { requestId, at: new Date().toISOString(), reason: 'the council changed its priorities' }, 'requests');
    expect(await subgraph.events.deliver(withdrawn)).toBe(true);
    const cancelled = (await recordedEvents(subgraph, 'ExchangeCancelled')).filter((e) => e.exchangeId === id);
    expect(cancelled).toEqual([
      { exchangeId: id, requestId, participantOfficialIds: [peer, requester], reason: 'request withdrawn: the council changed its priorities', at: expect.any(String) },
    ]);
    const before = await inventory(subgraph);
    expect(await subgraph.events.deliver(withdrawn)).toBe(false);
    expect(await inventory(subgraph)).toEqual(before);
    const refused = await subgraph.execute<{ startExchange: Payload }>(
      { query: `mutation($id: ID!) { startExchange(input: { exchangeId: $id }) { exchange { id } userErrors { code } } }`, variables: { id } },
      staff,
    );
    expect(refused.data!.startExchange.userErrors.map((e) => e.code)).toEqual(['TRANSITION_NOT_ALLOWED']);
  });

  it('lets an exchange under way go on and answers RequestWithdrawalRefused', async () => {
    const { matchId, requestId } = await acceptedMatch();
    const id = (await succeed(subgraph, 'planExchange', plan(matchId), staff)).exchange!.id;
    await succeed(subgraph, 'recordEvaluation', { exchangeId: id, phase: 'BEFORE', overallRating: 4, respondentRole: 'REQUESTER' }, official(requester));
    await succeed(subgraph, 'startExchange', { exchangeId: id }, staff);
    await subgraph.events.deliver(envelope('RequestWithdrawn', { requestId, at: new Date().toISOString() }, 'requests'));
    expect((await recordedEvents(subgraph, 'RequestWithdrawalRefused')).filter((e) => e.exchangeId === id)).toEqual([
      { requestId, exchangeId: id, reason: expect.stringContaining('under way'), at: expect.any(String) },
    ]);
    expect((await recordedEvents(subgraph, 'ExchangeCancelled')).filter((e) => e.exchangeId === id)).toEqual([]);
    const status = await subgraph.execute<{ exchange: { status: string } }>({ query: `query($id: ID!) { exchange(id: $id) { status } }`, variables: { id } }, staff);
    expect(status.data!.exchange.status).toBe('IN_PROGRESS');
  });
});
