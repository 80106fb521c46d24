// Associations schedule the events where they share published practices; the
// secretariat schedules them for an association.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import { schedulableDays } from '../src/resolvers/mutations/scheduleKnowledgeEvent.ts';
import type { Context } from '../src/server.ts';
import { association, mutate, mutations, recordedEvents, secretariat, snapshot, unknownId, type UserError, startWithDemoStory } from './support.ts';

let subgraph: TestSubgraph<Context>;
beforeAll(async () => {
  subgraph = await startWithDemoStory();
});
afterAll(() => subgraph?.dispose());

const vng = association('vng');
const plan = demo.bestPractices.agonaWestSanitationPlan;

interface EventPayload {
  knowledgeEvent: {
    id: string;
    title: string;
    kind: string;
    date: string;
    location: string | null;
    audiences: string[];
    organiser: { id: string } | null;
    practicesShared: { id: string; title: string }[];
  } | null;
  userErrors: UserError[];
}

function eventInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Sanitation planning with every stakeholder',
    kind: 'WORKSHOP',
    date: '2031-05-20',
    location: 'Deventer',
    audiences: ['LOCAL_AND_REGIONAL_GOVERNMENT', 'CENTRAL_GOVERNMENT', 'LOCAL_AND_REGIONAL_GOVERNMENT'],
    practiceIds: [plan, plan.toUpperCase()],
    ...overrides,
  };
}

const schedule = (input: object, viewer = vng) => mutate<EventPayload>(subgraph, mutations.scheduleKnowledgeEvent, input, viewer);

describe('scheduling a knowledge event', () => {
  it('lets an association organise one that shares a published practice', async () => {
    const payload = await schedule(eventInput());
    expect(payload).toEqual({
      knowledgeEvent: {
        id: expect.any(String),
        title: 'Sanitation planning with every stakeholder',
        kind: 'WORKSHOP',
        date: '2031-05-20',
        location: 'Deventer',
        audiences: ['LOCAL_AND_REGIONAL_GOVERNMENT', 'CENTRAL_GOVERNMENT'],
        organiser: { id: demo.associations.vng },
        practicesShared: [{ id: plan, title: expect.stringContaining('joint sanitation management plan') }],
        status: 'SCHEDULED',
        cancellationReason: null,
        cancelledAt: null,
        history: [{ kind: 'SCHEDULED', actor: `ASSOCIATION:${demo.associations.vng}`, reason: null, at: expect.any(String) }],
      },
      userErrors: [],
    });
    // Naming itself as organiser is the same.
    const named = await schedule(eventInput({ title: 'A second workshop', organiserAssociationId: demo.associations.vng.toUpperCase(), practiceIds: [] }));
    expect(named.knowledgeEvent).toMatchObject({ organiser: { id: demo.associations.vng }, practicesShared: [], location: 'Deventer' });
  });

  it('lets the secretariat schedule one for an association it names, online', async () => {
    const payload = await schedule(eventInput({ organiserAssociationId: demo.associations.femp, kind: 'WEBINAR', location: ' ' }), secretariat);
    expect(payload.userErrors).toEqual([]);
    expect(payload.knowledgeEvent).toMatchObject({ organiser: { id: demo.associations.femp }, kind: 'WEBINAR', location: null });
  });

  it('refuses invalid input field by field, writing nothing', async () => {
    const today = schedulableDays(new Date()).earliest;
    const refused: [Record<string, unknown>, typeof secretariat, { code: string; field: string }[]][] = [
      [{ title: '  ' }, vng, [{ code: 'INVALID_INPUT', field: 'title' }]],
      [{ location: 'x'.repeat(201) }, vng, [{ code: 'INVALID_INPUT', field: 'location' }]],
      [{ date: '2017-10-12' }, vng, [{ code: 'DATE_IN_PAST', field: 'date' }]],
      [{ date: '2099-01-01' }, vng, [{ code: 'INVALID_INPUT', field: 'date' }]],
      [{ audiences: [] }, vng, [{ code: 'INVALID_INPUT', field: 'audiences' }]],
      [{ practiceIds: ['not-a-practice'] }, vng, [{ code: 'INVALID_INPUT', field: 'practiceIds' }]],
      [{ practiceIds: Array.from({ length: 51 }, () => plan) }, vng, [{ code: 'INVALID_INPUT', field: 'practiceIds' }]],
      [{ practiceIds: [plan, unknownId] }, vng, [{ code: 'NOT_FOUND', field: 'practiceIds' }]],
      [{ practiceIds: [plan, demo.bestPractices.communityEcotourism] }, vng, [{ code: 'PRACTICE_NOT_PUBLISHED', field: 'practiceIds' }]],
      [{}, secretariat, [{ code: 'INVALID_INPUT', field: 'organiserAssociationId' }]],
      [{ organiserAssociationId: 'vng' }, secretariat, [{ code: 'INVALID_INPUT', field: 'organiserAssociationId' }]],
      [{ organiserAssociationId: unknownId }, secretariat, [{ code: 'NOT_FOUND', field: 'organiserAssociationId' }]],
      [
        { title: '', audiences: [], date: '2000-01-01' },
        vng,
        [{ code: 'INVALID_INPUT', field: 'title' }, { code: 'DATE_IN_PAST', field: 'date' }, { code: 'INVALID_INPUT', field: 'audiences' }],
      ],
    ];
    for (const [overrides, viewer, errors] of refused) {
      const before = await snapshot(subgraph);
      const payload = await schedule(eventInput(overrides), viewer);
      expect(payload.knowledgeEvent, JSON.stringify(overrides)).toBeNull();
      expect(payload.userErrors.map(({ code, field }) => ({ code, field })), JSON.stringify(overrides)).toEqual(errors);
      expect(await snapshot(subgraph)).toEqual(before);
    }
    // Today is fine, and a day that does not exist never reaches the resolver.
    expect((await schedule(eventInput({ date: today, title: 'Today' }))).userErrors).toEqual([]);
    const result = await subgraph.execute({ query: mutations.scheduleKnowledgeEvent, variables: { input: eventInput({ date: '2031-02-30' }) } }, vng);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('returns the first event for a retry under the same key, and refuses the key for another input', async () => {
    const input = eventInput({ title: 'Donor briefing 2031', kind: 'BRIEFING', audiences: ['DONOR_COMMUNITY'], idempotencyKey: 'donor-briefing-2031' });
    const first = await schedule(input);
    const afterFirst = await snapshot(subgraph);
    const retry = await schedule(input);
    expect(retry).toEqual(first);
    expect(await snapshot(subgraph)).toEqual(afterFirst);
    const different = await schedule({ ...input, date: '2031-06-01' });
    expect(different.knowledgeEvent).toBeNull();
    expect(different.userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(await snapshot(subgraph)).toEqual(afterFirst);
  });

  it('records no event: no other service needs to know of a scheduled event', async () => {
    expect(await recordedEvents(subgraph)).toEqual([]);
  });
});

describe('the days an event may be scheduled on', () => {
  it('start at the day it still is somewhere on Earth and end ten years ahead', () => {
    expect(schedulableDays(new Date('2026-03-10T05:00:00Z'))).toEqual({ earliest: '2026-03-09', latest: '2036-03-10' });
    expect(schedulableDays(new Date('2026-03-10T13:00:00Z'))).toEqual({ earliest: '2026-03-10', latest: '2036-03-10' });
  });
});
