// Documenting and reviewing best practices through the mutations: drafts from completed
// exchanges, the review's transitions with their history, refusals that change nothing,
// and retries under an idempotency key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf, demo, type Viewer } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import type { Context } from '../src/server.ts';
import {
  anonymous,
  association,
  donor,
  mutate,
  mutations,
  nalag,
  openLesson,
  practiceInput,
  recordedEvents,
  secretariat,
  snapshot,
  unknownId,
  type Practice,
  type PracticePayload,
  startWithDemoStory,
} from './support.ts';

let subgraph: TestSubgraph<Context>;
beforeAll(async () => {
  subgraph = await startWithDemoStory();
});
afterAll(() => subgraph?.dispose());

const m = demo.municipalities;
const nalagActor = actorOf(nalag);
const byId = (ids: { id: string }[]) => ids.map((x) => x.id).sort();

/** The practice as a viewer reads it; `undefined` is the anonymous reader. */
async function readPractice(id: string, viewer: Viewer | undefined): Promise<Practice | null> {
  const result = await subgraph.execute<{ bestPractice: Practice | null }>(
    { query: `query($id: ID!) { bestPractice(id: $id) { id status publishedAt history { from to actor reason at } } }`, variables: { id } },
    viewer,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.bestPractice;
}

/** A draft of a lesson of its own (each author documents an exchange once), unless the test names the exchange. */
async function documentDraft(overrides: Record<string, unknown> = {}, viewer = nalag): Promise<Practice> {
  const exchangeId = overrides.exchangeId ?? (await openLesson(subgraph));
  const payload = await mutate<PracticePayload>(subgraph, mutations.documentBestPractice, practiceInput({ ...overrides, exchangeId }), viewer);
  expect(payload.userErrors).toEqual([]);
  return payload.bestPractice!;
}

const step = (mutation: 'submitBestPracticeForReview' | 'publishBestPractice' | 'returnBestPracticeToDraft', input: object, viewer = secretariat) =>
  mutate<PracticePayload>(subgraph, mutations[mutation], input, viewer);

describe('documenting a best practice', () => {
  it('lets an association of a participating municipality draft one from a completed exchange, with its topics and municipalities', async () => {
    const practice = await documentDraft({ language: ' EN ', title: '  A weekly desludging schedule  ' });
    expect(practice).toMatchObject({
      title: 'A weekly desludging schedule',
      status: 'DRAFT',
      language: 'en',
      publishedAt: null,
      sourceExchange: { id: expect.any(String) },
      documentingAssociation: { id: demo.associations.nalag },
      // Omitted topics are those of the request the exchange answered.
      topics: [{ code: 'public-health' }, { code: 'sanitation' }, { code: 'solid-waste' }],
    });
    expect(byId(practice.municipalities)).toEqual([m.agonaWest, m.deventer, m.vitoriaGasteiz].sort());
    expect(practice.history).toEqual([{ from: null, to: 'DRAFT', actor: nalagActor, reason: null, at: practice.createdAt }]);
  });

  it('keeps the draft between the association that documents it and the secretariat', async () => {
    const practice = await documentDraft();
    expect(await readPractice(practice.id, nalag)).toMatchObject({ status: 'DRAFT' });
    expect(await readPractice(practice.id, secretariat)).toMatchObject({ status: 'DRAFT' });
    for (const viewer of [association('vng'), donor, anonymous]) expect(await readPractice(practice.id, viewer)).toBeNull();
  });

  it('lets the secretariat document one and name its topics', async () => {
    const practice = await documentDraft({ topics: ['Citizen-Participation', 'sanitation', 'sanitation'] }, secretariat);
    expect(practice.topics).toEqual([{ code: 'citizen-participation' }, { code: 'sanitation' }]);
    expect(practice.documentingAssociation).toBeNull();
    expect(practice.history?.map((t) => t.actor)).toEqual(['STAFF']);
  });

  it('refuses an exchange that is not completed, or unknown, as EXCHANGE_NOT_COMPLETED, writing nothing', async () => {
    for (const exchangeId of [demo.exchanges.villaDeLeyvaEcotourism, unknownId]) {
      const before = await snapshot(subgraph);
      const payload = await mutate<PracticePayload>(subgraph, mutations.documentBestPractice, practiceInput({ exchangeId }), secretariat);
      expect(payload).toEqual({
        bestPractice: null,
        userErrors: [{ code: 'EXCHANGE_NOT_COMPLETED', message: expect.stringContaining('has not been completed'), field: 'exchangeId' }],
      });
      expect(await snapshot(subgraph)).toEqual(before);
    }
  });

  it('refuses invalid input field by field, all at once, writing nothing', async () => {
    const refused: [Record<string, unknown>, { code: string; field: string }[]][] = [
      [{ title: '   ' }, [{ code: 'INVALID_INPUT', field: 'title' }]],
      [{ title: 'x'.repeat(201) }, [{ code: 'INVALID_INPUT', field: 'title' }]],
      [{ summary: 'x'.repeat(2001) }, [{ code: 'INVALID_INPUT', field: 'summary' }]],
      [{ body: '' }, [{ code: 'INVALID_INPUT', field: 'body' }]],
      [{ language: 'xx' }, [{ code: 'INVALID_INPUT', field: 'language' }]],
      [{ language: 'english' }, [{ code: 'INVALID_INPUT', field: 'language' }]],
      [{ topics: [] }, [{ code: 'INVALID_INPUT', field: 'topics' }]],
      [{ topics: Array.from({ length: 11 }, (_, i) => `topic-${'abcdefghijk'[i]}`) }, [{ code: 'INVALID_INPUT', field: 'topics' }]],
      [{ topics: ['sanitation', 'no-such-topic'] }, [{ code: 'UNKNOWN_TOPIC', field: 'topics' }]],
      [{ topics: ['water; drop table'] }, [{ code: 'UNKNOWN_TOPIC', field: 'topics' }]],
      [{ exchangeId: 'not-an-exchange' }, [{ code: 'INVALID_INPUT', field: 'exchangeId' }]],
      [
        { title: '', language: 'klingon', exchangeId: '42' },
        [{ code: 'INVALID_INPUT', field: 'exchangeId' }, { code: 'INVALID_INPUT', field: 'title' }, { code: 'INVALID_INPUT', field: 'language' }],
      ],
    ];
    for (const [overrides, errors] of refused) {
      const before = await snapshot(subgraph);
      const payload = await mutate<PracticePayload>(subgraph, mutations.documentBestPractice, practiceInput(overrides), secretariat);
      expect(payload.bestPractice, JSON.stringify(overrides)).toBeNull();
      expect(payload.userErrors.map(({ code, field }) => ({ code, field })), JSON.stringify(overrides)).toEqual(errors);
      expect(await snapshot(subgraph)).toEqual(before);
    }
  });

  it('returns the first draft for a retry under the same key, and refuses the key for another input', async () => {
    const input = practiceInput({ exchangeId: await openLesson(subgraph), title: 'Working with desludging operators', idempotencyKey: 'desludging-operators' });
    const first = await mutate<PracticePayload>(subgraph, mutations.documentBestPractice, input, nalag);
    const afterFirst = await snapshot(subgraph);
    const retry = await mutate<PracticePayload>(subgraph, mutations.documentBestPractice, { ...input }, nalag);
    expect(retry.userErrors).toEqual([]);
    expect(retry.bestPractice?.id).toBe(first.bestPractice?.id);
    expect(await snapshot(subgraph)).toEqual(afterFirst);

    const different = await mutate<PracticePayload>(subgraph, mutations.documentBestPractice, { ...input, title: 'Another practice' }, nalag);
    expect(different).toEqual({
      bestPractice: null,
      userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String), field: 'idempotencyKey' }],
    });
    expect(await snapshot(subgraph)).toEqual(afterFirst);

    // Keys belong to their caller: the secretariat's same key is a new request.
    const other = await mutate<PracticePayload>(subgraph, mutations.documentBestPractice, input, secretariat);
    expect(other.bestPractice?.id).not.toBe(first.bestPractice?.id);
  });
});

describe('the review of a best practice', () => {
  it('goes from draft to review, back with a reason, to review again and to publication, each step in its history', async () => {
    const draft = await documentDraft({ title: 'Stakeholder forums that outlive the experts' });
    const submitted = await step('submitBestPracticeForReview', { bestPracticeId: draft.id }, nalag);
    expect(submitted.bestPractice).toMatchObject({ status: 'IN_REVIEW' });

    const returned = await step('returnBestPracticeToDraft', { bestPracticeId: draft.id, reason: '  Say who chairs the forum  ' });
    expect(returned.bestPractice).toMatchObject({ status: 'DRAFT' });

    await step('submitBestPracticeForReview', { bestPracticeId: draft.id, note: 'The chair is named' }, nalag);
    const published = await step('publishBestPractice', { bestPracticeId: draft.id });
    expect(published.userErrors).toEqual([]);
    const practice = published.bestPractice!;
    expect(practice.status).toBe('PUBLISHED');
    expect(practice.history?.map(({ from, to, actor, reason }) => ({ from, to, actor, reason }))).toEqual([
      { from: null, to: 'DRAFT', actor: nalagActor, reason: null },
      { from: 'DRAFT', to: 'IN_REVIEW', actor: nalagActor, reason: null },
      { from: 'IN_REVIEW', to: 'DRAFT', actor: 'STAFF', reason: 'Say who chairs the forum' },
      { from: 'DRAFT', to: 'IN_REVIEW', actor: nalagActor, reason: 'The chair is named' },
      { from: 'IN_REVIEW', to: 'PUBLISHED', actor: 'STAFF', reason: null },
    ]);
    expect(practice.publishedAt).toBe(practice.history!.at(-1)!.at);
    const times = practice.history!.map((t) => t.at);
    expect(times).toEqual([...times].sort());

    // Now public; its history stays with the secretariat and NALAG.
    expect(await readPractice(draft.id, anonymous)).toEqual({ id: draft.id, status: 'PUBLISHED', publishedAt: practice.publishedAt, history: null });
    expect((await readPractice(draft.id, donor))?.history).toBeNull();
    expect((await readPractice(draft.id, association('vng')))?.history).toBeNull();
    expect((await readPractice(draft.id, nalag))?.history).toHaveLength(5);

    // Each step told the other services, with the catalogue's payloads.
    const base = { bestPracticeId: draft.id, exchangeId: draft.sourceExchange!.id, associationId: demo.associations.nalag, title: draft.title };
    const at = practice.history!.map((t) => t.at);
    expect((await recordedEvents(subgraph)).filter((e) => (e.payload as { bestPracticeId?: string }).bestPracticeId === draft.id)).toEqual([
      { type: 'BestPracticeSubmitted', payload: { ...base, at: at[1] } },
      { type: 'BestPracticeReturned', payload: { ...base, reason: 'Say who chairs the forum', at: at[2] } },
      { type: 'BestPracticeSubmitted', payload: { ...base, at: at[3] } },
      { type: 'BestPracticePublished', payload: { ...base, topics: ['public-health', 'sanitation', 'solid-waste'], at: at[4] } },
    ]);
  });

  it('reads fresh payloads when one operation takes several steps', async () => {
    const draft = await documentDraft({ title: 'Two steps at once' }, secretariat);
    const result = await subgraph.execute<Record<string, PracticePayload>>(
      {
        query: `mutation($id: ID!) {
          submit: submitBestPracticeForReview(input: { bestPracticeId: $id }) { bestPractice { status history { to } } }
          publish: publishBestPractice(input: { bestPracticeId: $id }) { bestPractice { status history { to } } } }`,
        variables: { id: draft.id },
      },
      secretariat,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.submit?.bestPractice).toEqual({ status: 'IN_REVIEW', history: [{ to: 'DRAFT' }, { to: 'IN_REVIEW' }] });
    expect(result.data?.publish?.bestPractice).toEqual({ status: 'PUBLISHED', history: [{ to: 'DRAFT' }, { to: 'IN_REVIEW' }, { to: 'PUBLISHED' }] });
  });

  it('shows the demo plan\'s review to the secretariat and to NALAG, which documented it', async () => {
    const plan = await readPractice(demo.bestPractices.agonaWestSanitationPlan, secretariat);
    expect(plan?.history?.map((t) => `${t.from ?? '-'}>${t.to} ${t.actor}`)).toEqual([
      `->DRAFT ${nalagActor}`,
      `DRAFT>IN_REVIEW ${nalagActor}`,
      'IN_REVIEW>DRAFT STAFF',
      `DRAFT>IN_REVIEW ${nalagActor}`,
      'IN_REVIEW>PUBLISHED STAFF',
    ]);
    expect(plan?.history?.at(-1)?.at).toBe(plan?.publishedAt);
    expect((await readPractice(demo.bestPractices.agonaWestSanitationPlan, nalag))?.history).toHaveLength(5);
    expect((await readPractice(demo.bestPractices.agonaWestSanitationPlan, anonymous))?.history).toBeNull();
  });

  describe('refuses a step the review does not foresee, naming where the practice stands and may go, and changes nothing', () => {
    type Mutation = 'submitBestPracticeForReview' | 'publishBestPractice' | 'returnBestPracticeToDraft';
    const target: Record<Mutation, string> = { submitBestPracticeForReview: 'IN_REVIEW', publishBestPractice: 'PUBLISHED', returnBestPracticeToDraft: 'DRAFT' };
    const allowed: Record<string, string> = { DRAFT: 'it can only move to IN_REVIEW', IN_REVIEW: 'it can only move to PUBLISHED or DRAFT', PUBLISHED: 'it is final' };
    const refused: [Mutation, string][] = [
      ['submitBestPracticeForReview', 'IN_REVIEW'],
      ['submitBestPracticeForReview', 'PUBLISHED'],
      ['publishBestPractice', 'DRAFT'],
      ['publishBestPractice', 'PUBLISHED'],
      ['returnBestPracticeToDraft', 'DRAFT'],
      ['returnBestPracticeToDraft', 'PUBLISHED'],
    ];

    /** A practice of the secretariat, walked to the status asked for. */
    async function practiceIn(status: string): Promise<string> {
      const { id } = await documentDraft({ title: `A practice in ${status}` }, secretariat);
      if (status !== 'DRAFT') await step('submitBestPracticeForReview', { bestPracticeId: id });
      if (status === 'PUBLISHED') await step('publishBestPractice', { bestPracticeId: id });
      return id;
    }

    it.each(refused)('%s of a practice in %s', async (mutation, status) => {
      const id = await practiceIn(status);
      const before = await snapshot(subgraph);
      const payload = await step(mutation, mutation === 'returnBestPracticeToDraft' ? { bestPracticeId: id, reason: 'A reason' } : { bestPracticeId: id });
      expect(payload).toEqual({
        bestPractice: null,
        userErrors: [
          {
            code: 'TRANSITION_NOT_ALLOWED',
            message: `A best practice in status ${status} cannot move to ${target[mutation]}: ${allowed[status]}.`,
            field: 'status',
          },
        ],
      });
      expect(await snapshot(subgraph)).toEqual(before);
      expect((await readPractice(id, secretariat))?.status).toBe(status);
    });
  });

  it('refuses an unknown or malformed practice, and a return without a reason, writing nothing', async () => {
    const { id } = await documentDraft({ title: 'Waiting for review' }, secretariat);
    await step('submitBestPracticeForReview', { bestPracticeId: id });
    const before = await snapshot(subgraph);
    const cases: [Parameters<typeof step>[0], object, string, string][] = [
      ['submitBestPracticeForReview', { bestPracticeId: unknownId }, 'NOT_FOUND', 'bestPracticeId'],
      ['publishBestPractice', { bestPracticeId: unknownId }, 'NOT_FOUND', 'bestPracticeId'],
      ['returnBestPracticeToDraft', { bestPracticeId: unknownId, reason: 'Why' }, 'NOT_FOUND', 'bestPracticeId'],
      ['publishBestPractice', { bestPracticeId: 'not-a-practice' }, 'INVALID_INPUT', 'bestPracticeId'],
      ['returnBestPracticeToDraft', { bestPracticeId: id, reason: '   ' }, 'INVALID_INPUT', 'reason'],
      ['returnBestPracticeToDraft', { bestPracticeId: id, reason: 'x'.repeat(2001) }, 'INVALID_INPUT', 'reason'],
      ['publishBestPractice', { bestPracticeId: id, note: 'x'.repeat(2001) }, 'INVALID_INPUT', 'note'],
    ];
    for (const [mutation, input, code, field] of cases) {
      const payload = await step(mutation, input);
      expect(payload.bestPractice).toBeNull();
      expect(payload.userErrors.map((e) => ({ code: e.code, field: e.field })), `${mutation} ${JSON.stringify(input)}`).toEqual([{ code, field }]);
    }
    expect(await snapshot(subgraph)).toEqual(before);
  });

  it('reads histories in one statement however many practices are listed', async () => {
    const query = `query($first: Int) { bestPractices(first: $first) { nodes { history { actor } documentingAssociation { id } } } }`;
    async function statementsFor(first: number): Promise<number> {
      subgraph.database.statements.reset();
      const result = await subgraph.execute<{ bestPractices: { nodes: unknown[] } }>({ query, variables: { first } }, secretariat);
      expect(result.errors).toBeUndefined();
      expect(result.data!.bestPractices.nodes).toHaveLength(first);
      return subgraph.database.statements.count;
    }
    expect(await statementsFor(1)).toBe(2);
    expect(await statementsFor(10)).toBe(2);
  });

  it('records an event only for a step taken: a refused one and documenting a draft record none', async () => {
    const before = (await recordedEvents(subgraph)).length;
    const draft = await documentDraft({ title: 'Nothing to tell yet' });
    expect(await step('publishBestPractice', { bestPracticeId: draft.id })).toMatchObject({ userErrors: [{ code: 'TRANSITION_NOT_ALLOWED' }] });
    expect(await recordedEvents(subgraph)).toHaveLength(before);
  });
});
