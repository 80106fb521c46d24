import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPayloads } from '@connect/kit';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import { inbox, knownMunicipalities, plannableMatches, requestFacts } from '../src/db/tables.ts';
import { exchanges, type Context } from '../src/server.ts';
import { envelope, inventory, m, recordedEvents, staff, succeed } from './support.ts';

// What this service learns from the others, on an empty database: each event fills a
// projection, a second delivery changes nothing, an event about something unknown or
// malformed is logged and dropped, and a late event never brings back an old status.
let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(exchanges);
});
afterAll(() => subgraph?.dispose());

const tamale = randomUUID();
const utrecht = randomUUID();
const request = randomUUID();
const peer = randomUUID();
const requester = randomUUID();

function municipality(municipalityId: string, countryCode: string): EventPayloads['MunicipalityRegistered'] {
  return { municipalityId, name: 'A municipality', countryCode, kind: 'CITY', population: null, languages: ['en'] };
}

function requestChange(to: string, at: string, dates: { submittedAt?: string; validatedAt?: string } = {}): EventPayloads['RequestStatusChanged'] {
  return {
    requestId: request,
    reference: 'REQ-2027-0001',
    municipalityId: tamale,
    title: 'Faecal sludge treatment',
    challenge: 'Sludge is dumped untreated.',
    topics: ['sanitation', 'public-health'],
    preferredFormats: ['EXPERT_ASSIGNMENT'],
    languages: ['en'],
    earliestStart: null,
    latestEnd: null,
    from: null,
    to,
    at,
    submittedAt: dates.submittedAt ?? null,
    validatedAt: dates.validatedAt ?? null,
  };
}

const factOf = async () => (await subgraph.database.db.select().from(requestFacts).where(eq(requestFacts.requestId, request)))[0];

describe('handling other services’ events', () => {
  it('learns where a request stands, even before its municipality is known', async () => {
    const submitted = envelope('RequestStatusChanged', requestChange('SUBMITTED', '2027-01-11T09:00:00.000Z', { submittedAt: '2027-01-11T09:00:00.000Z' }), 'requests');
    expect(await subgraph.events.deliver(submitted)).toBe(true);
    expect(await factOf()).toEqual({
      requestId: request,
      municipalityId: tamale,
      countryCode: null,
      status: 'SUBMITTED',
      topics: ['sanitation', 'public-health'],
      submittedAt: new Date('2027-01-11T09:00:00Z'),
      validatedAt: null,
      createdAt: new Date('2027-01-11T09:00:00Z'),
      changedAt: new Date('2027-01-11T09:00:00Z'),
      preferredFormats: ['EXPERT_ASSIGNMENT'],
      earliestStart: null,
      latestEnd: null,
    });
    // The same event again: the inbox knows it, nothing changes.
    const before = await inventory(subgraph);
    expect(await subgraph.events.deliver(submitted)).toBe(false);
    expect(await inventory(subgraph)).toEqual(before);
  });

  it('gives the request its country once the municipality is registered, and follows updates', async () => {
    const registered = envelope('MunicipalityRegistered', municipality(tamale, 'gh'), 'municipalities');
    expect(await subgraph.events.deliver(registered)).toBe(true);
    expect(await subgraph.database.db.select().from(knownMunicipalities)).toEqual([{ municipalityId: tamale, countryCode: 'GH' }]);
    expect((await factOf())!.countryCode).toBe('GH');
    expect(await subgraph.events.deliver(registered)).toBe(false);

    await subgraph.events.deliver(envelope('MunicipalityRegistered', municipality(utrecht, 'NL'), 'municipalities'));
    await subgraph.events.deliver(envelope('MunicipalityUpdated', municipality(utrecht, 'BE'), 'municipalities'));
    await subgraph.events.deliver(envelope('MunicipalityUpdated', municipality(utrecht, 'NL'), 'municipalities'));
    const [known] = await subgraph.database.db.select().from(knownMunicipalities).where(eq(knownMunicipalities.municipalityId, utrecht));
    expect(known!.countryCode).toBe('NL');
  });

  it('keeps the newest status when events arrive out of order, and the earliest creation', async () => {
    await subgraph.events.deliver(
      envelope('RequestStatusChanged', requestChange('VALIDATED', '2027-01-25T09:00:00.000Z', { submittedAt: '2027-01-11T09:00:00.000Z', validatedAt: '2027-01-25T09:00:00.000Z' })),
    );
    // The drafting, delivered last.
    await subgraph.events.deliver(envelope('RequestStatusChanged', requestChange('DRAFT', '2027-01-04T09:00:00.000Z')));
    expect(await factOf()).toMatchObject({
      status: 'VALIDATED',
      countryCode: 'GH',
      submittedAt: new Date('2027-01-11T09:00:00Z'),
      validatedAt: new Date('2027-01-25T09:00:00Z'),
      createdAt: new Date('2027-01-04T09:00:00Z'),
      changedAt: new Date('2027-01-25T09:00:00Z'),
    });
  });

  it('remembers accepted matches, the first acceptance standing', async () => {
    const matchId = randomUUID();
    const accepted = envelope('ProposalAccepted', { matchId, requestId: request, officialId: peer, at: '2027-02-01T10:00:00.000Z' }, 'matching');
    expect(await subgraph.events.deliver(accepted)).toBe(true);
    expect(await subgraph.events.deliver(accepted)).toBe(false);
    // Redelivered under another id, as a relay that lost its mark might.
    expect(await subgraph.events.deliver({ ...accepted, id: randomUUID(), payload: { ...accepted.payload, at: '2027-03-01T10:00:00.000Z' } })).toBe(true);
    expect(await subgraph.database.db.select().from(plannableMatches).where(eq(plannableMatches.matchId, matchId))).toEqual([
      { matchId, requestId: request, officialId: peer, acceptedAt: new Date('2027-02-01T10:00:00Z'), availability: null },
    ]);
  });

  it('logs and drops events it cannot use, without failing their delivery', async () => {
    const before = await inventory(subgraph);
    const unusable = [
      envelope('ProposalAccepted', { matchId: 'match-7', requestId: request, officialId: peer, at: '2027-02-01T10:00:00Z' }),
      envelope('ProposalAccepted', { matchId: randomUUID(), requestId: request, officialId: peer, at: 'last week' }),
      envelope('MunicipalityRegistered', municipality(randomUUID(), 'Ghana')),
      envelope('MunicipalityUpdated', municipality('tamale', 'GH')),
      envelope('RequestStatusChanged', { ...requestChange('SUBMITTED', '2027-01-11T09:00:00Z'), requestId: 'REQ-2027-0001' }),
    ];
    for (const event of unusable) expect(await subgraph.events.deliver(event)).toBe(true);
    const after = await inventory(subgraph);
    expect(after).toEqual({ ...before, inbox: (before.inbox as number) + unusable.length });
    // Events it has no handler for are not its business: not even the inbox records them.
    // (OfficialErased and OfficialUpdated, once the examples here, are handled now: erasure
    // drops evaluation narratives, and officials' municipalities name the peers of an exchange.)
    expect(await subgraph.events.deliver(envelope('ProposalDeclined', { matchId: randomUUID(), requestId: request, officialId: peer, at: '2027-02-01T10:00:00Z' }))).toBe(false);
    const [declined] = await subgraph.database.db.select().from(inbox).where(eq(inbox.type, 'ProposalDeclined'));
    expect(declined).toBeUndefined();
  });

  it('plans and completes an exchange from what the events told it', async () => {
    const matchId = randomUUID();
    const association = randomUUID();
    const official = (officialId: string, municipalityId: string) =>
      envelope('OfficialRegistered', { officialId, municipalityId, position: 'Adviser', mandate: 'STAFF', functionArea: 'WATER_AND_SANITATION', languages: ['en'] }, 'municipalities');
    await subgraph.events.deliver(official(peer, m.hoorn));
    await subgraph.events.deliver(official(requester, tamale));
    await subgraph.events.deliver(envelope('ProposalAccepted', { matchId, requestId: request, officialId: peer, at: '2027-02-01T10:00:00Z' }));
    const planned = await succeed(
      subgraph,
      'planExchange',
      {
        matchId,
        title: 'Sludge treatment with Utrecht',
        format: 'EXPERT_ASSIGNMENT',
        startsOn: '2027-03-01',
        endsOn: '2027-03-05',
        hostMunicipalityId: utrecht,
        participants: [{ officialId: peer, role: 'HOST' }, { officialId: requester, role: 'PARTICIPANT' }],
        associationIds: [association],
      },
      staff,
    );
    expect(planned.exchange).toMatchObject({ hostCountryCode: 'NL', request: { id: request } });
    const exchangeId = planned.exchange!.id;
    await succeed(subgraph, 'recordEvaluation', { exchangeId, phase: 'BEFORE', overallRating: 4, respondentRole: 'REQUESTER' }, { role: 'OFFICIAL', officialId: requester });
    // The host is the match's peer: the requester's rating speaks about them.
    expect((await recordedEvents(subgraph, 'EvaluationRecorded'))[0]).toMatchObject({ ratedOfficialIds: [peer] });
    await succeed(subgraph, 'startExchange', { exchangeId }, staff);
    await succeed(subgraph, 'completeExchange', { exchangeId }, staff);
    expect(await recordedEvents(subgraph, 'ExchangeCompleted')).toEqual([
      {
        exchangeId,
        requestId: request,
        title: 'Sludge treatment with Utrecht',
        hostMunicipalityId: utrecht,
        municipalityIds: [utrecht, tamale],
        participantOfficialIds: [peer, requester],
        topics: ['sanitation', 'public-health'],
        // The host's and the participants' municipalities, but the requester's.
        peerMunicipalityIds: [utrecht, m.hoorn],
        associationIds: [association],
        at: expect.any(String),
      },
    ]);
  });
});
