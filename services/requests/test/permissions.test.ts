// Who may call each mutation, and that every other caller is refused with a coded
// GraphQL error before anything is written: the request reads the same afterwards and
// no event is recorded.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import { anonymous, association, donor, draftInput, official, requestsSuite, staff, type MutationName } from './fixtures/requests.ts';

const client = requestsSuite();

const r = demo.requests;
const unknownOfficial: Viewer = { role: 'OFFICIAL', officialId: randomUUID() };
const officialWithoutId: Viewer = { role: 'OFFICIAL' };
const unknownAssociation: Viewer = { role: 'ASSOCIATION', associationId: randomUUID() };

interface Refusal {
  who: string;
  viewer: Viewer;
  code: 'UNAUTHENTICATED' | 'FORBIDDEN';
}

const everyoneBut = (...allowed: string[]): Refusal[] =>
  [
    { who: 'an anonymous caller', viewer: anonymous, code: 'UNAUTHENTICATED' as const },
    { who: 'a donor', viewer: donor, code: 'FORBIDDEN' as const },
    { who: 'the secretariat', viewer: staff, code: 'FORBIDDEN' as const },
    { who: 'an association', viewer: association('nalag'), code: 'FORBIDDEN' as const },
    { who: 'an official', viewer: official('georgeFreeman'), code: 'FORBIDDEN' as const },
  ].filter((refusal) => !allowed.some((role) => refusal.who.includes(role)));

// Agona West's storm-water request is SUBMITTED: every mutation but drafting and
// changing could apply to it, so a refusal is for who calls, not for where it stands.
const submitted = r.agonaWestDrainage;

const cases: { mutation: MutationName; requestId: string | null; input: Record<string, unknown>; refusals: Refusal[] }[] = [
  {
    mutation: 'draftRequest',
    requestId: null,
    input: draftInput(),
    refusals: [
      ...everyoneBut('an official'),
      { who: 'an official the directory never announced', viewer: unknownOfficial, code: 'FORBIDDEN' },
      { who: 'an official token without an official id', viewer: officialWithoutId, code: 'FORBIDDEN' },
    ],
  },
  ...(['updateRequest', 'submitRequest', 'withdrawRequest'] as const).map((mutation) => ({
    mutation,
    requestId: submitted,
    input: { requestId: submitted, ...(mutation === 'updateRequest' ? { title: 'Taken over' } : {}) },
    refusals: [
      ...everyoneBut('an official'),
      { who: 'an official of another municipality', viewer: official('sokhaChan'), code: 'FORBIDDEN' as const },
      { who: 'an official the directory never announced', viewer: unknownOfficial, code: 'FORBIDDEN' as const },
    ],
  })),
  {
    mutation: 'endorseRequest',
    requestId: submitted,
    input: { requestId: submitted, note: 'We back it.' },
    refusals: [
      ...everyoneBut('an association'),
      { who: 'an association the municipality is no member of', viewer: association('vng'), code: 'FORBIDDEN' },
      { who: 'an association the directory never announced', viewer: unknownAssociation, code: 'FORBIDDEN' },
      { who: 'an association token without an association id', viewer: { role: 'ASSOCIATION' }, code: 'FORBIDDEN' },
    ],
  },
  {
    mutation: 'validateRequest',
    requestId: submitted,
    input: { requestId: submitted, criteriaChecked: ['DEMAND_DRIVEN'], note: 'Looks fine.' },
    refusals: everyoneBut('the secretariat'),
  },
  {
    mutation: 'rejectRequest',
    requestId: submitted,
    input: { requestId: submitted, reason: 'Not for us.' },
    refusals: everyoneBut('the secretariat'),
  },
];

describe('who may call each mutation', () => {
  for (const { mutation, requestId, input, refusals } of cases) {
    describe(mutation, () => {
      it.each(refusals.map((refusal) => [refusal.who, refusal] as const))('is refused to %s, and nothing changes', async (_, refusal) => {
        await client.expectNothingChanged(requestId, async () => {
          expect(await client.denied(mutation, input, refusal.viewer)).toBe(refusal.code);
        });
      });
    });
  }

  it('names what the caller may not do', async () => {
    const { errors } = await client.call('validateRequest', { requestId: submitted, criteriaChecked: ['DEMAND_DRIVEN'] }, official('georgeFreeman'));
    expect(errors?.[0]?.message).toBe('Only staff may validate requests');
    const anonymousDraft = await client.call('draftRequest', draftInput(), anonymous);
    expect(anonymousDraft.errors?.[0]?.message).toBe('Sign in to draft requests');
  });

  it('checks the role before it looks at the request: a donor learns nothing of an unknown id', async () => {
    expect(await client.denied('submitRequest', { requestId: randomUUID() }, donor)).toBe('FORBIDDEN');
  });

  it("answers another municipality's official about a draft as if it did not exist", async () => {
    // Battambang's heritage request is a DRAFT: Agona West's official may not even see it.
    for (const mutation of ['updateRequest', 'submitRequest', 'withdrawRequest'] as const) {
      await client.expectNothingChanged(r.battambangHeritage, async () => {
        const errors = await client.refused(mutation, { requestId: r.battambangHeritage }, official('georgeFreeman'));
        expect(errors).toEqual([{ code: 'NOT_FOUND', message: `Request ${r.battambangHeritage} was not found`, field: 'requestId' }]);
      });
    }
    // ... and so does the association of Battambang, which may endorse only submitted requests.
    await client.expectNothingChanged(r.battambangHeritage, async () => {
      const errors = await client.refused('endorseRequest', { requestId: r.battambangHeritage }, association('nlcs'));
      expect(errors[0]?.code).toBe('NOT_FOUND');
    });
  });

  it('refuses unknown and malformed request ids as input, for every mutation on a request', async () => {
    const callers: [MutationName, Viewer, Record<string, unknown>][] = [
      ['updateRequest', official('georgeFreeman'), { title: 'x' }],
      ['submitRequest', official('georgeFreeman'), {}],
      ['withdrawRequest', official('georgeFreeman'), {}],
      ['endorseRequest', association('nalag'), {}],
      ['validateRequest', staff, { criteriaChecked: ['DEMAND_DRIVEN'] }],
      ['rejectRequest', staff, { reason: 'No.' }],
    ];
    for (const [mutation, viewer, rest] of callers) {
      const before = await client.eventCount();
      const unknown = randomUUID();
      expect(await client.refused(mutation, { requestId: unknown, ...rest }, viewer)).toEqual([
        { code: 'NOT_FOUND', message: `Request ${unknown} was not found`, field: 'requestId' },
      ]);
      expect(await client.refused(mutation, { requestId: 'REQ-2026-0004', ...rest }, viewer)).toEqual([
        { code: 'INVALID_INPUT', message: 'requestId must be a UUID, got "REQ-2026-0004"', field: 'requestId' },
      ]);
      expect(await client.eventCount()).toBe(before);
    }
  });
});
