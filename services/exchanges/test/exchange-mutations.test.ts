import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import { exchangeTransitions as allowedMoves } from '../src/lifecycle.ts';
import type { Context } from '../src/server.ts';
import { a, battambangPlan, envelope, inventory, m, o, official, recordedEvents, refusedWithoutWriting, staff, succeed, x, type MutationName, startDemoExchanges } from './support.ts';

// Planning, starting, completing and cancelling exchanges through the mutations, on the
// demo story: Battambang's accepted match with Anouk Jansen has no exchange yet.
let subgraph: TestSubgraph<Context>;
const unknownId = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  subgraph = await startDemoExchanges();
});
afterAll(() => subgraph?.dispose());

/** A mutation staff makes that must be refused, writing nothing. */
const refused = (name: MutationName, input: Record<string, unknown>) => refusedWithoutWriting(subgraph, name, input, staff);

/** A match accepted by a peer, as matching would tell it, for a request this service knows. */
async function acceptedMatch(requestId: string, officialId: string): Promise<string> {
  const matchId = crypto.randomUUID();
  await subgraph.events.deliver(envelope('ProposalAccepted', { matchId, requestId, officialId, at: new Date().toISOString() }, 'matching'));
  return matchId;
}

describe('planning an exchange', () => {
  it('refuses input it cannot plan from, naming every field at once', async () => {
    const errors = await refused(
      'planExchange',
      battambangPlan({
        matchId: 'match-1',
        title: '   ',
        startsOn: '2027-02-19',
        endsOn: '2027-01-11',
        hostMunicipalityId: 'battambang',
        location: 'x'.repeat(201),
        participants: [
          { officialId: o.sokhaChan, role: 'HOST' },
          { officialId: o.sokhaChan, role: 'EXPERT' },
        ],
        associationIds: ['vng'],
      }),
    );
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', 'matchId'],
      ['INVALID_INPUT', 'title'],
      ['INVALID_INPUT', 'endsOn'],
      ['INVALID_INPUT', 'hostMunicipalityId'],
      ['INVALID_INPUT', 'location'],
      ['INVALID_INPUT', 'participants'],
      ['INVALID_INPUT', 'associationIds'],
    ]);
    expect(errors[2]!.message).toBe('endsOn (2027-01-11) must not come before startsOn (2027-02-19)');
  });

  it('asks for exactly one host and for the match’s peer as host or expert', async () => {
    const noHost = await refused('planExchange', battambangPlan({ participants: [{ officialId: o.anoukJansen, role: 'EXPERT' }] }));
    expect(noHost).toEqual([{ code: 'INVALID_INPUT', message: 'participants must have exactly one HOST, got 0', field: 'participants' }]);
    const twoHosts = await refused(
      'planExchange',
      battambangPlan({ participants: [{ officialId: o.sokhaChan, role: 'HOST' }, { officialId: o.anoukJansen, role: 'HOST' }] }),
    );
    expect(twoHosts[0]!.message).toBe('participants must have exactly one HOST, got 2');
    expect(await refused('planExchange', battambangPlan({ participants: [] }))).toEqual([
      { code: 'INVALID_INPUT', message: 'participants must name at least the host and the match’s official', field: 'participants' },
    ]);
    const withoutPeer = await refused('planExchange', battambangPlan({ participants: [{ officialId: o.sokhaChan, role: 'HOST' }] }));
    expect(withoutPeer).toEqual([
      { code: 'INVALID_INPUT', message: `participants must include the match’s official ${o.anoukJansen}, as HOST or EXPERT`, field: 'participants' },
    ]);
    const peerAsParticipant = await refused(
      'planExchange',
      battambangPlan({ participants: [{ officialId: o.sokhaChan, role: 'HOST' }, { officialId: o.anoukJansen, role: 'PARTICIPANT' }] }),
    );
    expect(peerAsParticipant[0]!.field).toBe('participants');
  });

  it('plans only from a match accepted by its peer, for an open request, hosted by a known municipality', async () => {
    expect(await refused('planExchange', battambangPlan({ matchId: demo.matches.jinjaPieter }))).toEqual([
      { code: 'MATCH_NOT_ACCEPTED', message: `Match ${demo.matches.jinjaPieter} is not known here as accepted by its peer`, field: 'matchId' },
    ]);
    expect(await refused('planExchange', battambangPlan({ hostMunicipalityId: unknownId }))).toEqual([
      { code: 'UNKNOWN_MUNICIPALITY', message: `Municipality ${unknownId} is not known here`, field: 'hostMunicipalityId' },
    ]);
    // Marta Ibáñez accepted Agona West's request too, but that request is COMPLETED.
    const agona = await refused(
      'planExchange',
      battambangPlan({
        matchId: demo.matches.agonaWestMarta,
        hostMunicipalityId: m.agonaWest,
        participants: [{ officialId: o.georgeFreeman, role: 'HOST' }, { officialId: o.martaIbanez, role: 'EXPERT' }],
      }),
    );
    expect(agona).toEqual([
      { code: 'REQUEST_NOT_OPEN', message: 'The request of this match is COMPLETED; no exchange is planned for it any more', field: 'matchId' },
    ]);
    // The Villa de Leyva match already has its study visit.
    const second = await refused('planExchange', battambangPlan({ matchId: demo.matches.villaDeLeyvaJavier, participants: [{ officialId: o.javierMoreno, role: 'HOST' }] }));
    expect(second).toEqual([
      { code: 'EXCHANGE_ALREADY_PLANNED', message: `Match ${demo.matches.villaDeLeyvaJavier} already has an exchange (${x.villaDeLeyvaEcotourism}, IN_PROGRESS)`, field: 'matchId' },
    ]);
  });

  it('plans the Battambang exchange from Anouk Jansen’s accepted match, once per idempotency key', async () => {
    const before = await inventory(subgraph);
    const input = battambangPlan({ idempotencyKey: 'battambang-riverside', location: '  Battambang, Cambodia  ' });
    const first = await succeed(subgraph, 'planExchange', input, staff);
    expect(first.exchange).toEqual({
      id: expect.any(String),
      title: 'Riverside land-use planning with Hoorn',
      status: 'PLANNED',
      format: 'EXPERT_ASSIGNMENT',
      hostCountryCode: 'KH',
      startsOn: '2027-01-11',
      endsOn: '2027-02-19',
      location: 'Battambang, Cambodia',
      request: { id: demo.requests.battambangUrbanPlanning },
      match: { id: demo.matches.battambangAnouk },
      hostMunicipality: { id: m.battambang },
      participants: [
        { role: 'HOST', official: { id: o.sokhaChan } },
        { role: 'EXPERT', official: { id: o.anoukJansen } },
      ],
      associations: [a.nlcs, a.vng].sort().map((id) => ({ id })),
      history: [{ from: null, to: 'PLANNED', actor: 'STAFF', reason: null }],
    });
    const after = await inventory(subgraph);
    expect(after.exchanges).toBe((before.exchanges as number) + 1);
    expect(after.exchangeParticipants).toBe((before.exchangeParticipants as number) + 2);
    expect(after.exchangeAssociations).toBe((before.exchangeAssociations as number) + 2);
    expect(after.exchangeTransitions).toBe((before.exchangeTransitions as number) + 1);
    // Planning tells the others what was planned: ExchangePlanned.
    expect(after.outbox).toBe((before.outbox as number) + 1);
    expect((await recordedEvents(subgraph, 'ExchangePlanned')).at(-1)).toEqual({
      exchangeId: first.exchange!.id,
      requestId: demo.requests.battambangUrbanPlanning,
      format: 'EXPERT_ASSIGNMENT',
      startsOn: '2027-01-11',
      endsOn: '2027-02-19',
      hostMunicipalityId: m.battambang,
      participantOfficialIds: [o.sokhaChan, o.anoukJansen],
      associationIds: [a.nlcs, a.vng].sort(),
      at: expect.any(String),
    });

    // The same key and input: the first exchange again, nothing more written.
    const retry = await succeed(subgraph, 'planExchange', input, staff);
    expect(retry.exchange!.id).toBe(first.exchange!.id);
    expect(await inventory(subgraph)).toEqual(after);

    // The same key with another input is a mistake, not a retry.
    const reused = await refused('planExchange', { ...input, title: 'Another title' });
    expect(reused).toEqual([
      { code: 'IDEMPOTENCY_KEY_REUSED', message: 'This idempotencyKey was already used with a different input; use a new key for a new request', field: 'idempotencyKey' },
    ]);
    // Without the key, a second planning of the match is refused by the rule instead.
    expect((await refused('planExchange', battambangPlan()))[0]!.code).toBe('EXCHANGE_ALREADY_PLANNED');
  });
});

describe('starting, completing and cancelling an exchange', () => {
  let battambang: string;

  beforeAll(async () => {
    // The exchange planned above, the only one hosted in Cambodia.
    const result = await subgraph.execute<{ exchanges: { nodes: { id: string }[] } }>({ query: `{ exchanges(filter: { countryCode: "KH" }) { nodes { id } } }` });
    [{ id: battambang }] = result.data!.exchanges.nodes as [{ id: string }];
  });

  it('starts an exchange only once it has a baseline', async () => {
    expect(await refused('startExchange', { exchangeId: battambang })).toEqual([
      { code: 'BASELINE_MISSING', message: 'An exchange starts once at least one BEFORE evaluation records its baseline and objectives', field: 'exchangeId' },
    ]);
    await succeed(subgraph, 'recordEvaluation', { exchangeId: battambang, phase: 'BEFORE', overallRating: 4, narrative: 'A plan the city can enforce.' }, official(o.sokhaChan));
    const started = await succeed(subgraph, 'startExchange', { exchangeId: battambang, reason: '  Anouk Jansen arrived in Battambang ' }, staff);
    expect(started.exchange!.status).toBe('IN_PROGRESS');
    expect(started.exchange!.history.at(-1)).toEqual({ from: 'PLANNED', to: 'IN_PROGRESS', actor: 'STAFF', reason: 'Anouk Jansen arrived in Battambang' });
    const event = (await recordedEvents(subgraph, 'ExchangeStarted')).at(-1);
    expect(event).toEqual({
      exchangeId: battambang,
      requestId: demo.requests.battambangUrbanPlanning,
      participantOfficialIds: [o.sokhaChan, o.anoukJansen],
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
  });

  it('completes it, naming the request’s topics and the municipalities taking part', async () => {
    // The directory tells where the peer works.
    await subgraph.events.deliver(
      envelope('OfficialRegistered', { officialId: o.anoukJansen, municipalityId: m.hoorn, position: 'Planner', mandate: 'STAFF', functionArea: 'URBAN_PLANNING', languages: ['nl', 'en'] }, 'municipalities'),
    );
    const completed = await succeed(subgraph, 'completeExchange', { exchangeId: battambang }, staff);
    expect(completed.exchange!.status).toBe('COMPLETED');
    expect(completed.exchange!.history.map((h) => h.to)).toEqual(['PLANNED', 'IN_PROGRESS', 'COMPLETED']);
    const event = (await recordedEvents(subgraph, 'ExchangeCompleted')).at(-1);
    expect(event).toEqual({
      exchangeId: battambang,
      requestId: demo.requests.battambangUrbanPlanning,
      title: 'Riverside land-use planning with Hoorn',
      hostMunicipalityId: m.battambang,
      // Battambang both asked and hosts.
      municipalityIds: [m.battambang],
      participantOfficialIds: [o.sokhaChan, o.anoukJansen],
      topics: ['land-use', 'public-space'],
      peerMunicipalityIds: [m.hoorn],
      associationIds: [a.nlcs, a.vng].sort(),
      at: expect.any(String),
    });
  });

  it('cancels only with a reason, and frees the match to be planned again', async () => {
    const matchId = await acceptedMatch(demo.requests.jinjaWaste, o.pieterVanDijk);
    const plan = {
      matchId,
      title: 'Market waste collection',
      format: 'ROUNDTABLE',
      startsOn: '2027-03-01',
      endsOn: '2027-03-03',
      hostMunicipalityId: m.jinja,
      participants: [{ officialId: o.graceNamutebi, role: 'HOST' }, { officialId: o.pieterVanDijk, role: 'EXPERT' }],
      associationIds: [a.ulga],
    };
    const planned = await succeed(subgraph, 'planExchange', plan, staff);
    const exchangeId = planned.exchange!.id;
    expect(await refused('cancelExchange', { exchangeId, reason: '  ' })).toEqual([
      { code: 'INVALID_INPUT', message: 'reason is required and cannot be blank', field: 'reason' },
    ]);
    const cancelled = await succeed(subgraph, 'cancelExchange', { exchangeId, reason: 'The market was closed for renovation' }, staff);
    expect(cancelled.exchange!.status).toBe('CANCELLED');
    expect(cancelled.exchange!.history.at(-1)).toEqual({ from: 'PLANNED', to: 'CANCELLED', actor: 'STAFF', reason: 'The market was closed for renovation' });
    expect((await recordedEvents(subgraph, 'ExchangeCancelled')).at(-1)).toEqual({
      exchangeId,
      requestId: demo.requests.jinjaWaste,
      participantOfficialIds: [o.graceNamutebi, o.pieterVanDijk],
      reason: 'The market was closed for renovation',
      at: expect.any(String),
    });
    const replanned = await succeed(subgraph, 'planExchange', { ...plan, startsOn: '2027-04-05', endsOn: '2027-04-07' }, staff);
    expect(replanned.exchange!.id).not.toBe(exchangeId);
  });

  it('answers a malformed or unknown exchange id in the payload', async () => {
    expect(await refused('startExchange', { exchangeId: 'agona-west' })).toEqual([
      { code: 'INVALID_INPUT', message: 'exchangeId must be a UUID, got "agona-west"', field: 'exchangeId' },
    ]);
    expect(await refused('completeExchange', { exchangeId: unknownId })).toEqual([
      { code: 'NOT_FOUND', message: `Exchange ${unknownId} was not found`, field: 'exchangeId' },
    ]);
  });
});

describe('every move the lifecycle refuses', () => {
  const moves: { mutation: MutationName; to: string }[] = [
    { mutation: 'startExchange', to: 'IN_PROGRESS' },
    { mutation: 'completeExchange', to: 'COMPLETED' },
    { mutation: 'cancelExchange', to: 'CANCELLED' },
  ];
  /** A planned exchange of its own for each call: Battambang's request gets a new accepted match. */
  const planned = async () => {
    const matchId = await acceptedMatch(demo.requests.battambangUrbanPlanning, o.anoukJansen);
    return (await succeed(subgraph, 'planExchange', battambangPlan({ matchId }), staff)).exchange!.id;
  };
  const exchangeIn: Record<string, () => Promise<string>> = {
    PLANNED: planned,
    IN_PROGRESS: async () => x.villaDeLeyvaEcotourism,
    COMPLETED: async () => x.agonaWestSanitation,
    CANCELLED: async () => {
      const exchangeId = await planned();
      await succeed(subgraph, 'cancelExchange', { exchangeId, reason: 'Called off' }, staff);
      return exchangeId;
    },
  };

  it('refuses each, naming where the exchange stands and where it may go, and writes nothing', async () => {
    let refusals = 0;
    for (const [status, allowed] of Object.entries(allowedMoves)) {
      const exchangeId = await exchangeIn[status]!();
      for (const { mutation, to } of moves.filter((move) => !allowed.includes(move.to as never))) {
        const errors = await refused(mutation, { exchangeId, reason: 'Because' });
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED', field: 'status' });
        expect(errors[0]!.message).toContain(`in status ${status} cannot move to ${to}`);
        for (const next of allowed) expect(errors[0]!.message).toContain(next);
        if (allowed.length === 0) expect(errors[0]!.message).toContain('it is final');
        refusals++;
      }
    }
    // PLANNED → COMPLETED, IN_PROGRESS → IN_PROGRESS, and all three from each final status.
    expect(refusals).toBe(8);
  });
});
