// Every mutation refused to every caller who may not make it: anonymous callers are
// told to sign in, others are forbidden, and nothing is written (no row, no event).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import type { Context } from '../src/server.ts';
import {
  anonymous,
  association,
  donor,
  errorCode,
  georgeFreeman,
  mutate,
  mutations,
  nalag,
  openLesson,
  practiceInput,
  secretariat,
  snapshot,
  type PracticePayload,
  startWithDemoStory,
} from './support.ts';

let subgraph: TestSubgraph<Context>;
/** A practice NALAG documented and submitted: what publish and return would act on. */
let inReview: string;

beforeAll(async () => {
  subgraph = await startWithDemoStory();
  const documented = await mutate<PracticePayload>(subgraph, mutations.documentBestPractice, practiceInput({ exchangeId: await openLesson(subgraph) }), nalag);
  inReview = documented.bestPractice!.id;
  await mutate(subgraph, mutations.submitBestPracticeForReview, { bestPracticeId: inReview }, nalag);
});
afterAll(() => subgraph?.dispose());

const signIn = 'UNAUTHENTICATED';
const forbidden = 'FORBIDDEN';
const unbound: Viewer = { role: 'ASSOCIATION' };

type Refusal = [who: string, viewer: Viewer | undefined, code: string];
const everyoneButAssociationsAndSecretariat: Refusal[] = [
  ['an anonymous caller', anonymous, signIn],
  ['an official', georgeFreeman, forbidden],
  ['a donor', donor, forbidden],
  ['an association account bound to no association', unbound, forbidden],
];
const everyoneButTheSecretariat: Refusal[] = [
  ['an anonymous caller', anonymous, signIn],
  ['an official', georgeFreeman, forbidden],
  ['a donor', donor, forbidden],
  ['the association that documented it', nalag, forbidden],
];

const cases: [mutation: keyof typeof mutations, input: () => object, refusals: Refusal[]][] = [
  [
    'documentBestPractice',
    () => practiceInput({ idempotencyKey: 'refused-documentation' }),
    [...everyoneButAssociationsAndSecretariat, ['ULGA, none of whose members took part in the exchange', association('ulga'), forbidden]],
  ],
  [
    'submitBestPracticeForReview',
    () => ({ bestPracticeId: demo.bestPractices.communityEcotourism }),
    [...everyoneButAssociationsAndSecretariat, ['FCM, which did not document the draft', association('fcm'), forbidden]],
  ],
  ['publishBestPractice', () => ({ bestPracticeId: inReview }), everyoneButTheSecretariat],
  ['returnBestPracticeToDraft', () => ({ bestPracticeId: inReview, reason: 'Add the costs' }), everyoneButTheSecretariat],
  [
    'scheduleKnowledgeEvent',
    () => ({
      title: 'Sanitation planning with every stakeholder',
      kind: 'WORKSHOP',
      date: '2031-05-20',
      audiences: ['LOCAL_AND_REGIONAL_GOVERNMENT'],
      practiceIds: [demo.bestPractices.agonaWestSanitationPlan],
      organiserAssociationId: demo.associations.femp,
      idempotencyKey: 'refused-event',
    }),
    [...everyoneButAssociationsAndSecretariat, ['VNG, naming FEMP as organiser', association('vng'), forbidden]],
  ],
  [
    'updateBestPractice',
    () => ({ bestPracticeId: demo.bestPractices.communityEcotourism, title: 'Guides from the neighbourhoods', idempotencyKey: 'refused-edit' }),
    [...everyoneButAssociationsAndSecretariat, ['FCM, which did not document the draft', association('fcm'), forbidden]],
  ],
  [
    'updateKnowledgeEvent',
    () => ({ knowledgeEventId: demo.knowledgeEvents.brusselsDonorRoundtable, location: 'Online', idempotencyKey: 'refused-event-edit' }),
    [...everyoneButAssociationsAndSecretariat, ['FEMP, which does not organise it', association('femp'), forbidden]],
  ],
  [
    'cancelKnowledgeEvent',
    () => ({ knowledgeEventId: demo.knowledgeEvents.brusselsDonorRoundtable, reason: 'No room', idempotencyKey: 'refused-cancel' }),
    [...everyoneButAssociationsAndSecretariat, ['FEMP, which does not organise it', association('femp'), forbidden]],
  ],
];

describe.each(cases)('%s', (mutation, input, refusals) => {
  it.each(refusals)('is refused to %s, and nothing changes', async (_, viewer, code) => {
    const before = await snapshot(subgraph);
    expect(await errorCode(subgraph, mutations[mutation], { input: input() }, viewer)).toBe(code);
    expect(await snapshot(subgraph)).toEqual(before);
  });
});

describe('lessons to document', () => {
  const query = `{ lessonsToDocument { nodes { title } } }`;
  it.each(everyoneButAssociationsAndSecretariat)('are not listed to %s', async (_, viewer, code) => {
    expect(await errorCode(subgraph, query, {}, viewer)).toBe(code);
  });

  it('are listed to the secretariat and associations', async () => {
    for (const viewer of [secretariat, nalag]) {
      const result = await subgraph.execute({ query }, viewer);
      expect(result.errors).toBeUndefined();
    }
  });
});
