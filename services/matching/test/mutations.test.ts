import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@connect/kit/testing';
import type { Context } from '../src/server.ts';
import {
  envelope,
  everyViewer,
  matchById,
  matchesOf,
  mt,
  o,
  official,
  picture,
  r,
  recordedEvents,
  run,
  staff,
  succeed,
  unknownId,
  World,
  type MatchShape,
  type UserErrorShape,
  type ViewerName,
  startDemoMatching,
} from './support.ts';

let subgraph: TestSubgraph<Context>;
/** A world of its own for the test that uses it. */
const world = () => new World(subgraph);
/** A declaration that is valid, for refusals that are not about the input. */
const aDeclaration = () => world().declaration();

beforeAll(async () => {
  subgraph = await startDemoMatching();
});
afterAll(() => subgraph?.dispose());

type RunPayload = { request: { id: string; matches: MatchShape[] } | null; userErrors: UserErrorShape[] };
type MatchPayload = { match: MatchShape | null; userErrors: UserErrorShape[] };
type DeclarePayload = {
  official: {
    id: string;
    expertise: { topic: { code: string }; level: string; yearsOfExperience: number; summary: string | null }[];
    expertProfile: {
      summary: string | null;
      languages: string[];
      availability: { from: string; to: string }[];
      formatsAccepted: string[];
      maxConcurrentEngagements: number;
      declaredAt: string;
    } | null;
  } | null;
  userErrors: UserErrorShape[];
};

const codeFor = (name: ViewerName) => (name === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');

/** Runs a mutation that must be refused as a GraphQL error, and proves nothing changed. */
async function expectRefusedTo(name: ViewerName, mutation: Parameters<typeof run>[1], input: object, viewer = everyViewer[name]) {
  const before = await picture(subgraph);
  const { payload, errors } = await run(subgraph, mutation, input, viewer);
  expect(errors?.[0]?.extensions?.code).toBe(codeFor(name));
  expect(payload ?? null).toBeNull();
  expect(await picture(subgraph)).toEqual(before);
}

/** Runs a mutation that must come back with userErrors, and proves nothing changed. */
async function expectUserErrors(mutation: Parameters<typeof run>[1], input: object, viewer: Parameters<typeof run>[3]) {
  const before = await picture(subgraph);
  const { payload, errors } = await run<{ userErrors: UserErrorShape[] } & Record<string, unknown>>(subgraph, mutation, input, viewer);
  expect(errors).toBeUndefined();
  expect(await picture(subgraph)).toEqual(before);
  return payload!;
}

describe('declareExpertise', () => {
  const graceDeclares = {
    topics: [
      { topic: 'solid-waste', level: 'EXPERT', yearsOfExperience: 11, summary: 'Runs market collection rounds in Jinja.' },
      { topic: 'recycling', level: 'PRACTITIONER', yearsOfExperience: 3 },
    ],
    summary: '  Organises solid-waste collection and sorting in the markets of Jinja with the vendors.  ',
    languages: ['SW', 'lg', 'sw'],
    availability: [
      { from: '2027-09-01', to: '2027-12-15' },
      { from: '2027-03-01', to: '2027-04-30' },
    ],
    formatsAccepted: ['ROUNDTABLE', 'STUDY_VISIT', 'ROUNDTABLE'],
    maxConcurrentEngagements: 2,
  };

  it.each(['staff', 'donor', 'association', 'anonymous'] as const)('is refused to %s, and nothing changes', async (name) => {
    await expectRefusedTo(name, 'declareExpertise', graceDeclares);
  });

  it('is refused to an official sign-in bound to no official', async () => {
    const before = await picture(subgraph);
    const { errors } = await run(subgraph, 'declareExpertise', graceDeclares, { role: 'OFFICIAL' });
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await picture(subgraph)).toEqual(before);
  });

  it('stores what Grace Namutebi declares about herself and returns it, records no event', async () => {
    const eventsBefore = (await recordedEvents(subgraph)).length;
    const payload = await succeed<DeclarePayload>(subgraph, 'declareExpertise', graceDeclares, official(o.graceNamutebi));
    expect(payload.official).toEqual({
      id: o.graceNamutebi,
      expertise: [
        { topic: { code: 'solid-waste' }, level: 'EXPERT', yearsOfExperience: 11, summary: 'Runs market collection rounds in Jinja.' },
        { topic: { code: 'recycling' }, level: 'PRACTITIONER', yearsOfExperience: 3, summary: null },
      ],
      expertProfile: {
        summary: 'Organises solid-waste collection and sorting in the markets of Jinja with the vendors.',
        languages: ['sw', 'lg'],
        availability: [
          { from: '2027-03-01', to: '2027-04-30' },
          { from: '2027-09-01', to: '2027-12-15' },
        ],
        formatsAccepted: ['ROUNDTABLE', 'STUDY_VISIT'],
        maxConcurrentEngagements: 2,
        declaredAt: expect.any(String),
      },
    });
    expect(await recordedEvents(subgraph)).toHaveLength(eventsBefore);
  });

  it('replaces the whole declaration when she declares again, with one engagement by default', async () => {
    const payload = await succeed<DeclarePayload>(
      subgraph,
      'declareExpertise',
      { topics: [{ topic: 'recycling', level: 'EXPERIENCED', yearsOfExperience: 4 }], languages: [], availability: [], formatsAccepted: ['EXPERT_ASSIGNMENT'] },
      official(o.graceNamutebi),
    );
    expect(payload.official?.expertise).toEqual([{ topic: { code: 'recycling' }, level: 'EXPERIENCED', yearsOfExperience: 4, summary: null }]);
    expect(payload.official?.expertProfile).toMatchObject({ summary: null, languages: [], availability: [], formatsAccepted: ['EXPERT_ASSIGNMENT'], maxConcurrentEngagements: 1 });
  });

  it('refuses an official the expert pool has not heard of, storing nothing', async () => {
    const payload = await expectUserErrors('declareExpertise', aDeclaration(), official(unknownId));
    expect(payload).toEqual({ official: null, userErrors: [{ code: 'NOT_IN_POOL', message: expect.stringContaining('does not know this official'), field: null }] });
  });

  it('refuses invalid input with every problem at once, naming each field, storing nothing', async () => {
    const payload = await expectUserErrors(
      'declareExpertise',
      {
        topics: [
          { topic: 'Sanitation!', level: 'EXPERT', yearsOfExperience: 5 },
          { topic: 'drainage', level: 'EXPERT', yearsOfExperience: -1 },
          { topic: 'drainage', level: 'EXPERT', yearsOfExperience: 61, summary: 'x'.repeat(1_001) },
        ],
        summary: 'y'.repeat(2_001),
        // A code of the right shape that is no language is refused like one of the wrong shape.
        languages: ['english', 'xx'],
        availability: [
          { from: '2027-05-01', to: '2027-04-01' },
          { from: '2027-06-01', to: '2027-08-31' },
          { from: '2027-08-01', to: '2027-09-30' },
        ],
        formatsAccepted: ['ROUNDTABLE'],
        maxConcurrentEngagements: 0,
      },
      official(o.pieterVanDijk),
    );
    expect(payload.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', 'topics[0].topic'],
      ['INVALID_INPUT', 'topics[1].yearsOfExperience'],
      ['INVALID_INPUT', 'topics[2].topic'],
      ['INVALID_INPUT', 'topics[2].yearsOfExperience'],
      ['INVALID_INPUT', 'topics[2].summary'],
      ['INVALID_INPUT', 'summary'],
      ['INVALID_INPUT', 'languages[0]'],
      ['INVALID_INPUT', 'languages[1]'],
      ['INVALID_INPUT', 'availability[0].to'],
      ['INVALID_INPUT', 'availability'],
      ['INVALID_INPUT', 'maxConcurrentEngagements'],
    ]);
    expect(payload.userErrors[2]!.message).toBe('The topic drainage is declared twice.');
    expect(payload.userErrors[9]!.message).toBe('The availability windows 2027-06-01..2027-08-31 and 2027-08-01..2027-09-30 overlap; join them into one.');
  });

  it('refuses a declaration without any topic', async () => {
    const payload = await expectUserErrors('declareExpertise', { ...aDeclaration(), topics: [] }, official(o.pieterVanDijk));
    expect(payload.userErrors).toEqual([{ code: 'INVALID_INPUT', message: 'Declare at least one topic.', field: 'topics' }]);
  });

  it('refuses a topic code with a digit, which matching once took and no topic of the taxonomy has', async () => {
    const topics = [{ topic: 'sdg6', level: 'EXPERT', yearsOfExperience: 5 }];
    const payload = await expectUserErrors('declareExpertise', { ...aDeclaration(), topics }, official(o.pieterVanDijk));
    expect(payload.userErrors).toEqual([
      { code: 'INVALID_INPUT', message: 'topics[0].topic must be a topic code such as sanitation or solid-waste, got "sdg6"', field: 'topics[0].topic' },
    ]);
  });
});

describe('runMatching', () => {
  it.each(['official', 'donor', 'association', 'anonymous'] as const)('is refused to %s, and nothing changes', async (name) => {
    await expectRefusedTo(name, 'runMatching', { requestId: r.jinjaWaste });
  });

  it('ranks the demo pool for the Jinja waste request: Pieter keeps his match, Marta and Anouk join him, nobody from Uganda', async () => {
    const eventsBefore = (await recordedEvents(subgraph)).length;
    const before = await matchesOf(subgraph, r.jinjaWaste);
    expect(before.map((m) => m.id)).toEqual([mt.jinjaPieter]);

    const payload = await succeed<RunPayload>(subgraph, 'runMatching', { requestId: r.jinjaWaste }, staff);
    const ranked = payload.request!.matches;
    // Sigrún accepts no expert assignment, Javier is busy in Ronda, Grace and the requester are in Uganda.
    expect(new Set(ranked.map((m) => m.official.id))).toEqual(new Set([o.pieterVanDijk, o.martaIbanez, o.anoukJansen]));
    expect(ranked.find((m) => m.official.id === o.pieterVanDijk)?.id).toBe(mt.jinjaPieter);
    expect(ranked.map((m) => m.rank)).toEqual([1, 2, 3]);
    expect(ranked.every((m) => m.status === 'SUGGESTED' && m.history.length === 0)).toBe(true);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.score).toBeLessThanOrEqual(ranked[i - 1]!.score);
    const pieter = ranked.find((m) => m.official.id === o.pieterVanDijk)!;
    expect(pieter.factors?.find((f) => f.factor === 'EXPERIENCE')?.explanation).toBe(
      'Took part in 1 completed exchange on the platform, rated 5.0 of 5 on average in 2 evaluations.',
    );
    expect(pieter.factors?.find((f) => f.factor === 'TOPIC_FIT')?.explanation).toBe('Declares none of the topics of the request (solid-waste, recycling).');
    expect(await matchesOf(subgraph, r.jinjaWaste)).toEqual(ranked);
    expect(await recordedEvents(subgraph)).toHaveLength(eventsBefore);
  });

  it('leaves matches already put to officials as they are, never suggests their officials again, and ranks all by score', async () => {
    const payload = await succeed<RunPayload>(subgraph, 'runMatching', { requestId: r.battambangUrbanPlanning }, staff);
    const ranked = payload.request!.matches;
    expect(ranked.find((m) => m.id === mt.battambangAnouk)).toMatchObject({ status: 'ACCEPTED', official: { id: o.anoukJansen } });
    expect(ranked.find((m) => m.id === mt.battambangMarta)).toMatchObject({ status: 'DECLINED', official: { id: o.martaIbanez } });
    expect(ranked.filter((m) => m.status === 'SUGGESTED').map((m) => m.official.id).sort()).toEqual([o.pieterVanDijk, o.sigrunArnadottir].sort());
    expect(ranked.map((m) => m.rank)).toEqual([1, 2, 3, 4]);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.score).toBeLessThanOrEqual(ranked[i - 1]!.score);
  });

  it('replaces earlier suggestions: a peer who no longer qualifies drops out, one still suggested keeps the match', async () => {
    const w = world();
    const stays = await w.registerPeer();
    const leaves = await w.registerPeer();
    const requestId = await w.validateRequest();
    const first = await matchesOf(subgraph, requestId);
    expect(first.map((m) => m.official.id).sort()).toEqual([stays.officialId, leaves.officialId].sort());

    const nextYear = `${w.year + 1}`;
    await succeed(subgraph, 'declareExpertise', w.declaration({ availability: [{ from: `${nextYear}-01-01`, to: `${nextYear}-12-31` }] }), official(leaves.officialId));
    const payload = await succeed<RunPayload>(subgraph, 'runMatching', { requestId }, staff);
    expect(payload.request!.matches.map((m) => [m.id, m.official.id, m.rank])).toEqual([
      [first.find((m) => m.official.id === stays.officialId)!.id, stays.officialId, 1],
    ]);
  });

  it('keeps no more suggestions than the limit', async () => {
    const w = world();
    await w.registerPeer();
    await w.registerPeer();
    const requestId = await w.validateRequest();
    const payload = await succeed<RunPayload>(subgraph, 'runMatching', { requestId, limit: 1 }, staff);
    expect(payload.request!.matches).toHaveLength(1);
  });

  it('with an idempotency key, a retry returns the first result and ranks nothing again; another input under the key is refused', async () => {
    const w = world();
    await w.registerPeer();
    const requestId = await w.validateRequest();
    const key = `run-${requestId}`;
    const first = await succeed<RunPayload>(subgraph, 'runMatching', { requestId, idempotencyKey: key }, staff);

    await w.registerPeer(); // a fresh run would now suggest two
    const before = await picture(subgraph);
    const retry = await succeed<RunPayload>(subgraph, 'runMatching', { requestId, idempotencyKey: key }, staff);
    expect(retry).toEqual(first);
    expect(retry.request!.matches).toHaveLength(1);
    expect(await picture(subgraph)).toEqual(before);

    const other = await expectUserErrors('runMatching', { requestId, limit: 5, idempotencyKey: key }, staff);
    expect(other).toEqual({ request: null, userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String), field: 'idempotencyKey' }] });
  });

  it('refuses malformed ids, unknown and withdrawn requests, unknown municipalities and limits out of range', async () => {
    const refusal = async (input: object) => (await expectUserErrors('runMatching', input, staff)).userErrors;
    expect(await refusal({ requestId: 'REQ-1' })).toEqual([{ code: 'INVALID_INPUT', message: 'requestId must be a UUID, got "REQ-1"', field: 'requestId' }]);
    expect(await refusal({ requestId: unknownId })).toEqual([{ code: 'NOT_FOUND', message: expect.stringContaining(unknownId), field: 'requestId' }]);
    expect(await refusal({ requestId: r.jinjaWaste, limit: 0 })).toEqual([{ code: 'INVALID_INPUT', message: 'limit must be a whole number from 1 to 50, got 0', field: 'limit' }]);
    expect((await refusal({ requestId: r.jinjaWaste, limit: 51 }))[0]?.field).toBe('limit');

    const withdrawn = await world().validateRequest();
    await subgraph.events.deliver(envelope('RequestWithdrawn', { requestId: withdrawn, at: new Date().toISOString() }, 'requests'));
    expect((await refusal({ requestId: withdrawn }))[0]?.code).toBe('REQUEST_CLOSED');

    const nowhere = await world().validateRequest({ municipalityId: unknownId });
    expect((await refusal({ requestId: nowhere }))[0]?.code).toBe('MUNICIPALITY_UNKNOWN');
  });
});

describe('proposeMatch and respondToProposal', () => {
  /** A fresh request with one suggested peer. */
  async function suggestion() {
    const w = world();
    const peer = await w.registerPeer();
    const requestId = await w.validateRequest();
    const [match] = await matchesOf(subgraph, requestId);
    expect(match).toMatchObject({ status: 'SUGGESTED', official: { id: peer.officialId } });
    return { ...peer, requestId, matchId: match!.id };
  }

  it.each(['official', 'donor', 'association', 'anonymous'] as const)('proposing is refused to %s, and nothing changes', async (name) => {
    await expectRefusedTo(name, 'proposeMatch', { matchId: mt.agonaWestSigrun });
  });

  it('the secretariat proposes a suggestion: PROPOSED, with the day and who did it, announced as ProposalMade', async () => {
    const { matchId, requestId, officialId } = await suggestion();
    const eventsBefore = (await recordedEvents(subgraph)).length;
    const payload = await succeed<MatchPayload>(subgraph, 'proposeMatch', { matchId }, staff);
    expect(payload.match).toMatchObject({ id: matchId, status: 'PROPOSED', proposedAt: expect.any(String), respondedAt: null });
    expect(payload.match!.history).toEqual([{ from: 'SUGGESTED', to: 'PROPOSED', actor: 'STAFF', reason: null, at: payload.match!.proposedAt }]);
    expect(await matchById(subgraph, matchId)).toEqual(payload.match);
    const events = (await recordedEvents(subgraph)).slice(eventsBefore);
    expect(events.map((e) => [e.type, e.payload])).toEqual([['ProposalMade', { matchId, requestId, officialId, at: payload.match!.proposedAt }]]);
  });

  it.each(['staff', 'donor', 'association', 'anonymous', 'official'] as const)(
    'answering a proposal is refused to %s when not the official of the match, and nothing changes',
    async (name) => {
      const { matchId } = await suggestion();
      await succeed(subgraph, 'proposeMatch', { matchId }, staff);
      // everyViewer.official is Grace, who is not the peer of this match.
      await expectRefusedTo(name, 'respondToProposal', { matchId, accept: true });
    },
  );

  it('the official accepts: ACCEPTED with the note, and ProposalAccepted tells the other services', async () => {
    const { matchId, officialId, requestId } = await suggestion();
    await succeed(subgraph, 'proposeMatch', { matchId }, staff);
    const eventsBefore = (await recordedEvents(subgraph)).length;
    const payload = await succeed<MatchPayload>(
      subgraph,
      'respondToProposal',
      { matchId, accept: true, note: '  Happy to help in the spring.  ' },
      official(officialId),
    );
    expect(payload.match).toMatchObject({ status: 'ACCEPTED', respondedAt: expect.any(String), responseNote: 'Happy to help in the spring.' });
    expect(payload.match!.history.map((h) => [h.from, h.to, h.actor, h.reason])).toEqual([
      ['SUGGESTED', 'PROPOSED', 'STAFF', null],
      ['PROPOSED', 'ACCEPTED', `OFFICIAL:${officialId}`, 'Happy to help in the spring.'],
    ]);
    const events = (await recordedEvents(subgraph)).slice(eventsBefore);
    expect(events.map((e) => [e.type, e.payload])).toEqual([
      ['ProposalAccepted', { matchId, requestId, officialId, at: payload.match!.respondedAt, availability: expect.any(Array) }],
    ]);
  });

  it('the official declines: DECLINED, and ProposalDeclined tells the other services', async () => {
    const { matchId, officialId, requestId } = await suggestion();
    await succeed(subgraph, 'proposeMatch', { matchId }, staff);
    const eventsBefore = (await recordedEvents(subgraph)).length;
    const payload = await succeed<MatchPayload>(subgraph, 'respondToProposal', { matchId, accept: false }, official(officialId.toUpperCase()));
    expect(payload.match).toMatchObject({ status: 'DECLINED', responseNote: null });
    const events = (await recordedEvents(subgraph)).slice(eventsBefore);
    expect(events.map((e) => [e.type, e.payload])).toEqual([
      ['ProposalDeclined', { matchId, requestId, officialId, at: payload.match!.respondedAt }],
    ]);
  });

  it("refuses a demo peer who answers a colleague's proposal, even a final one", async () => {
    const { errors } = await run(subgraph, 'respondToProposal', { matchId: mt.agonaWestMarta, accept: false }, official(o.pieterVanDijk));
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses unknown and malformed match ids and a note over 1,000 characters', async () => {
    expect((await expectUserErrors('proposeMatch', { matchId: unknownId }, staff)).userErrors).toEqual([
      { code: 'NOT_FOUND', message: `Match ${unknownId} does not exist.`, field: 'matchId' },
    ]);
    expect((await expectUserErrors('proposeMatch', { matchId: 'm-1' }, staff)).userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: 'matchId' });
    expect((await expectUserErrors('respondToProposal', { matchId: 'm-1', accept: true }, official(o.pieterVanDijk))).userErrors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'matchId',
    });
    const { matchId, officialId } = await suggestion();
    await succeed(subgraph, 'proposeMatch', { matchId }, staff);
    expect((await expectUserErrors('respondToProposal', { matchId, accept: true, note: 'n'.repeat(1_001) }, official(officialId))).userErrors).toEqual([
      { code: 'INVALID_INPUT', message: 'note is at most 1000 characters, got 1001', field: 'note' },
    ]);
  });

  describe('every transition the lifecycle refuses, through the mutations', () => {
    // Written out again here, on purpose, rather than read from the table under test.
    const allowed: Record<string, string> = {
      SUGGESTED: 'it can only move to PROPOSED or WITHDRAWN',
      PROPOSED: 'it can only move to ACCEPTED, DECLINED or WITHDRAWN',
      ACCEPTED: 'it is final',
      DECLINED: 'it is final',
      WITHDRAWN: 'it is final',
    };

    /** A match of a fresh request in the given status, reached the way the platform gets there. */
    async function matchIn(status: string) {
      const s = await suggestion();
      if (status === 'WITHDRAWN') await succeed(subgraph, 'withdrawMatch', { matchId: s.matchId, reason: 'The peer moved to another post.' }, staff);
      if (['PROPOSED', 'ACCEPTED', 'DECLINED'].includes(status)) await succeed(subgraph, 'proposeMatch', { matchId: s.matchId }, staff);
      if (status === 'ACCEPTED' || status === 'DECLINED') {
        await succeed(subgraph, 'respondToProposal', { matchId: s.matchId, accept: status === 'ACCEPTED' }, official(s.officialId));
      }
      expect((await matchById(subgraph, s.matchId))?.status).toBe(status);
      return s;
    }

    const refused = [
      ...['PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'].map((from) => ['proposeMatch', from, 'PROPOSED'] as const),
      ...['SUGGESTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'].flatMap((from) => [
        ['respondToProposal', from, 'ACCEPTED'] as const,
        ['respondToProposal', from, 'DECLINED'] as const,
      ]),
    ];

    it.each(refused)('%s on a %s match (to %s) is refused, naming where it stands and where it may go', async (mutation, from, to) => {
      const { matchId, officialId } = await matchIn(from);
      const input = mutation === 'proposeMatch' ? { matchId } : { matchId, accept: to === 'ACCEPTED' };
      const viewer = mutation === 'proposeMatch' ? staff : official(officialId);
      const payload = await expectUserErrors(mutation, input, viewer);
      expect(payload).toEqual({
        match: null,
        userErrors: [{ code: 'TRANSITION_NOT_ALLOWED', message: `A match in status ${from} cannot move to ${to}: ${allowed[from]}.`, field: 'status' }],
      });
      expect((await matchById(subgraph, matchId))?.status).toBe(from);
    });
  });
});
