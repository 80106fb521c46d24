// The knowledge service's part of `Me`: the best practices waiting on the viewer. The
// municipalities service owns `me`; here the reference resolver is asked directly, as
// the gateway would, and answers only the viewer's own Me.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, meId, type Viewer } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import type { Context } from '../src/server.ts';
import { association, donor, georgeFreeman, mutate, mutations, nalag, openLesson, practiceInput, secretariat, type PracticePayload, startWithDemoStory } from './support.ts';

let subgraph: TestSubgraph<Context>;
beforeAll(async () => {
  subgraph = await startWithDemoStory();
});
afterAll(() => subgraph?.dispose());

interface Page {
  totalCount: number;
  nodes: { id?: string; title: string; exchange?: { id: string } }[];
}
interface MyWork {
  id: string;
  bestPracticeDrafts: Page;
  bestPracticesToDocument: Page;
  bestPracticesToReview: Page;
}

const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Me { id
  bestPracticeDrafts { totalCount nodes { id title } }
  bestPracticesToDocument { totalCount nodes { title exchange { id } } }
  bestPracticesToReview { totalCount nodes { id title } } } } }`;

async function me(viewer: Viewer, id: string | null = meId(viewer)): Promise<MyWork | null> {
  const result = await subgraph.execute<{ _entities: (MyWork | null)[] }>({ query, variables: { reps: [{ __typename: 'Me', id }] } }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data!._entities[0]!;
}

const exchanges = (page: Page) => page.nodes.map((n) => n.exchange!.id);

describe('Me in the knowledge service', () => {
  it("resolves only the viewer's own Me; anyone else's is null", async () => {
    expect((await me(nalag))?.id).toBe(`ASSOCIATION:${demo.associations.nalag}`);
    expect(await me(nalag, meId(association('vng')))).toBeNull();
    expect(await me(association('vng'), meId(nalag))).toBeNull();
    expect(await me(secretariat, 'STAFF:someone-else')).toBeNull();
  });

  it("lists an association's drafts, sent-back ones included, and the completed exchanges it has yet to document", async () => {
    const ulga = association('ulga');
    const exchangeId = await openLesson(subgraph, { hostMunicipalityId: demo.municipalities.jinja, municipalityIds: [demo.municipalities.jinja], participantOfficialIds: [] });
    const before = await me(ulga);
    expect(exchanges(before!.bestPracticesToDocument)).toContain(exchangeId);
    expect(before!.bestPracticesToDocument.totalCount).toBe(before!.bestPracticesToDocument.nodes.length);
    expect(before!.bestPracticeDrafts).toEqual({ totalCount: 0, nodes: [] });

    const documented = await mutate<PracticePayload>(subgraph, mutations.documentBestPractice, practiceInput({ exchangeId, title: 'Harbour clean-ups' }), ulga);
    const id = documented.bestPractice!.id;
    await mutate(subgraph, mutations.submitBestPracticeForReview, { bestPracticeId: id }, ulga);
    expect((await me(ulga))!.bestPracticeDrafts.totalCount).toBe(0);
    await mutate(subgraph, mutations.returnBestPracticeToDraft, { bestPracticeId: id, reason: 'Add photos' }, secretariat);

    const after = await me(ulga);
    expect(after!.bestPracticeDrafts).toEqual({ totalCount: 1, nodes: [{ id, title: 'Harbour clean-ups' }] });
    expect(exchanges(after!.bestPracticesToDocument)).not.toContain(exchangeId);
    expect(after!.bestPracticesToReview).toEqual({ totalCount: 0, nodes: [] });
    // NALAG's drafts are not ULGA's.
    expect((await me(nalag))!.bestPracticeDrafts.nodes.map((n) => n.id)).not.toContain(id);
  });

  it('lists for the secretariat what waits for review, and every undocumented exchange', async () => {
    const exchangeId = await openLesson(subgraph);
    const documented = await mutate<PracticePayload>(subgraph, mutations.documentBestPractice, practiceInput({ exchangeId, title: 'Waiting for review' }), nalag);
    const id = documented.bestPractice!.id;
    expect((await me(secretariat))!.bestPracticesToReview.nodes.map((n) => n.id)).not.toContain(id);
    await mutate(subgraph, mutations.submitBestPracticeForReview, { bestPracticeId: id }, nalag);

    const work = await me(secretariat);
    expect(work!.bestPracticesToReview.nodes.map((n) => n.id)).toContain(id);
    expect(work!.bestPracticesToReview.totalCount).toBe(work!.bestPracticesToReview.nodes.length);
    // The demo's secretariat draft of the Villa de Leyva practice.
    expect(work!.bestPracticeDrafts.nodes.map((n) => n.id)).toContain(demo.bestPractices.communityEcotourism);
    expect(exchanges(work!.bestPracticesToDocument)).not.toContain(exchangeId);
    expect((await me(nalag))!.bestPracticesToReview.totalCount).toBe(0);
  });

  it('lists for an official the completed exchanges they took part in that nobody documented yet', async () => {
    const taken = await openLesson(subgraph);
    const notTheirs = await openLesson(subgraph, { participantOfficialIds: [demo.officials.pieterVanDijk] });
    const work = await me(georgeFreeman);
    expect(exchanges(work!.bestPracticesToDocument)).toContain(taken);
    expect(exchanges(work!.bestPracticesToDocument)).not.toContain(notTheirs);
    expect(work!.bestPracticeDrafts.totalCount).toBe(0);
    expect((await me(donor))!.bestPracticesToDocument).toEqual({ totalCount: 0, nodes: [] });
  });
});
