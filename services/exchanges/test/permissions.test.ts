import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import type { Context } from '../src/server.ts';
import {
  a,
  association,
  battambangPlan,
  donor,
  envelope,
  inventory,
  m,
  nobody,
  o,
  official,
  run,
  staff,
  succeed,
  x,
  type MutationName,
  startDemoExchanges,
} from './support.ts';

// Every mutation is refused, before anything runs, to every caller who may not make it:
// anonymous callers are told to sign in, others that they may not. Each call below would
// succeed for a caller who may make it (the last test proves it), so the refusal is the
// caller's, not the input's.
let subgraph: TestSubgraph<Context>;
let jinja: string;

beforeAll(async () => {
  subgraph = await startDemoExchanges();
  // A planned exchange with a baseline, ready to start: Pieter van Dijk accepted Jinja's request.
  await subgraph.events.deliver(
    envelope('ProposalAccepted', { matchId: demo.matches.jinjaPieter, requestId: demo.requests.jinjaWaste, officialId: o.pieterVanDijk, at: '2026-11-02T10:00:00Z' }, 'matching'),
  );
  const planned = await succeed(
    subgraph,
    'planExchange',
    {
      matchId: demo.matches.jinjaPieter,
      title: 'Market waste collection with Deventer',
      format: 'EXPERT_ASSIGNMENT',
      startsOn: '2027-01-04',
      endsOn: '2027-02-26',
      hostMunicipalityId: m.jinja,
      participants: [
        { officialId: o.graceNamutebi, role: 'HOST' },
        { officialId: o.pieterVanDijk, role: 'EXPERT' },
      ],
      associationIds: [a.ulga, a.vng],
    },
    staff,
  );
  jinja = planned.exchange!.id;
  await succeed(subgraph, 'recordEvaluation', { exchangeId: jinja, phase: 'BEFORE', overallRating: 4 }, official(o.graceNamutebi));
});
afterAll(() => subgraph?.dispose());

const staffOnly: [string, Viewer, string][] = [
  ['an official', official(o.sokhaChan), 'FORBIDDEN'],
  ['an association', association(a.nlcs), 'FORBIDDEN'],
  ['a donor', donor, 'FORBIDDEN'],
  ['an anonymous caller', nobody, 'UNAUTHENTICATED'],
];

const cases: { mutation: MutationName; input: () => Record<string, unknown>; refusedTo: [string, Viewer, string][]; allowed: Viewer }[] = [
  { mutation: 'planExchange', input: () => battambangPlan(), refusedTo: staffOnly, allowed: staff },
  { mutation: 'startExchange', input: () => ({ exchangeId: jinja }), refusedTo: staffOnly, allowed: staff },
  { mutation: 'completeExchange', input: () => ({ exchangeId: x.villaDeLeyvaEcotourism }), refusedTo: staffOnly, allowed: staff },
  { mutation: 'cancelExchange', input: () => ({ exchangeId: x.villaDeLeyvaEcotourism, reason: 'Postponed' }), refusedTo: staffOnly, allowed: staff },
  {
    mutation: 'recordEvaluation',
    input: () => ({ exchangeId: x.villaDeLeyvaEcotourism, phase: 'DURING', overallRating: 4 }),
    // Staff record one only for its author, with a reason (follow-ups-and-lists.test.ts).
    refusedTo: [
      ['a donor', donor, 'FORBIDDEN'],
      ['an anonymous caller', nobody, 'UNAUTHENTICATED'],
      ['an official who does not take part', official(o.georgeFreeman), 'FORBIDDEN'],
      ['an official token bound to no official', { role: 'OFFICIAL' }, 'FORBIDDEN'],
      ['an association not involved', association(a.nalag), 'FORBIDDEN'],
    ],
    allowed: association(a.fcm),
  },
  {
    mutation: 'recordOutcome',
    input: () => ({ exchangeId: x.villaDeLeyvaEcotourism, kind: 'NEW_IDEA', description: 'A guide training course', sdgTargets: ['8.9'] }),
    refusedTo: [
      ['an association, even one involved', association(a.fcm), 'FORBIDDEN'],
      ['a donor', donor, 'FORBIDDEN'],
      ['an anonymous caller', nobody, 'UNAUTHENTICATED'],
      ['an official who does not take part', official(o.georgeFreeman), 'FORBIDDEN'],
    ],
    allowed: official(o.javierMoreno),
  },
];

describe('who may change exchanges', () => {
  for (const { mutation, input, refusedTo } of cases) {
    it.each(refusedTo)(`refuses ${mutation} to %s, writing nothing`, async (_who, viewer, code) => {
      const before = await inventory(subgraph);
      const { payload, errors } = await run(subgraph, mutation, input(), viewer);
      expect(payload).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe(code);
      expect(await inventory(subgraph)).toEqual(before);
    });
  }

  it.each([
    ['an official', official(o.georgeFreeman), 'FORBIDDEN'],
    ['an association', association(a.nalag), 'FORBIDDEN'],
    ['an anonymous caller', nobody, 'UNAUTHENTICATED'],
  ] as const)('keeps impact figures from %s', async (_who, viewer, code) => {
    const result = await subgraph.execute({ query: `{ impact { requestsByStatus { status count } } }` }, viewer);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('lets donors and staff read impact figures', async () => {
    for (const viewer of [donor, staff]) {
      const result = await subgraph.execute({ query: `{ impact { exchangesByFormat { format count } } }` }, viewer);
      expect(result.errors).toBeUndefined();
    }
  });

  it('lets each mutation through for a caller who may make it', async () => {
    // Cancelling last: the study visit must still be under way for the others.
    const order: MutationName[] = ['planExchange', 'startExchange', 'recordEvaluation', 'recordOutcome', 'cancelExchange'];
    for (const name of order) {
      const { input, allowed } = cases.find((c) => c.mutation === name)!;
      const { payload, errors } = await run(subgraph, name, input(), allowed);
      expect(errors, name).toBeUndefined();
      expect(payload?.userErrors, name).toEqual([]);
    }
  });
});
