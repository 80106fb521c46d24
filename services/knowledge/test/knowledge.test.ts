import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, encodeCursor, MAX_SEARCH_LENGTH, type Viewer } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import { knowledge, type Context } from '../src/server.ts';
import { startWithDemoStory } from './support.ts';

let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startWithDemoStory();
});
afterAll(() => subgraph?.dispose());

const secretariat: Viewer = { role: 'STAFF' };
const readersWithoutDrafts: [string, Viewer | undefined][] = [
  ['an anonymous reader', undefined],
  ['an official', { role: 'OFFICIAL', officialId: demo.officials.andreaGomez }],
  ['an association', { role: 'ASSOCIATION', associationId: demo.associations.fcm }],
  ['a donor', { role: 'DONOR' }],
];

const sanitationPlan = 'Building a joint sanitation management plan with every stakeholder at the table';
const ecotourismDraft = 'Community-run guiding in a historic town';
const unknownId = '00000000-0000-4000-8000-000000000000';

type Titles = { bestPractices: { nodes: { title: string }[] } };

async function titles(filter: Record<string, unknown>, viewer?: Viewer): Promise<string[]> {
  const result = await subgraph.execute<Titles>(
    { query: `query($filter: BestPracticeFilter) { bestPractices(filter: $filter) { nodes { title } } }`, variables: { filter } },
    viewer,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.bestPractices.nodes.map((n) => n.title);
}

describe('best practices', () => {
  it('reads the Agona West sanitation plan with its topics, source exchange and municipalities', async () => {
    const result = await subgraph.execute({
      query: `query($id: ID!) { bestPractice(id: $id) { id title summary body language status publishedAt createdAt
        topics { code label } sourceExchange { id } municipalities { id } } }`,
      variables: { id: demo.bestPractices.agonaWestSanitationPlan },
    });
    expect(result.errors).toBeUndefined();
    const practice = (result.data as { bestPractice: Record<string, unknown> }).bestPractice;
    expect(practice).toMatchObject({
      id: demo.bestPractices.agonaWestSanitationPlan,
      title: sanitationPlan,
      language: 'en',
      status: 'PUBLISHED',
      publishedAt: '2017-09-15T10:00:00.000Z',
      createdAt: '2017-07-10T09:00:00.000Z',
      topics: [
        { code: 'citizen-participation', label: 'Citizen participation' },
        { code: 'public-health', label: 'Public health' },
        { code: 'sanitation', label: 'Sanitation' },
      ],
      sourceExchange: { id: demo.exchanges.agonaWestSanitation },
    });
    expect(practice.body).toContain(
      '"Thanks to CONNECT we brought many stakeholders together and built a joint plan for sanitation management in Agona West." (George Freeman',
    );
    expect(practice.summary).toContain('adopted by the Municipal Assembly');
    expect((practice.municipalities as { id: string }[]).map((x) => x.id).sort()).toEqual(
      [demo.municipalities.agonaWest, demo.municipalities.deventer, demo.municipalities.vitoriaGasteiz].sort(),
    );
  });

  it.each(readersWithoutDrafts)('keeps the ecotourism draft from %s', async (_, viewer) => {
    const result = await subgraph.execute(
      { query: `query($id: ID!) { bestPractice(id: $id) { title } }`, variables: { id: demo.bestPractices.communityEcotourism } },
      viewer,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ bestPractice: null });
    expect(await titles({}, viewer)).toEqual([sanitationPlan]);
    expect(await titles({ status: 'DRAFT' }, viewer)).toEqual([]);
  });

  it('shows the secretariat every status, and the status filter narrows within that', async () => {
    const result = await subgraph.execute(
      {
        query: `query($id: ID!) { bestPractice(id: $id) { title status publishedAt topics { code } sourceExchange { id } } }`,
        variables: { id: demo.bestPractices.communityEcotourism },
      },
      secretariat,
    );
    expect(result.data).toEqual({
      bestPractice: {
        title: ecotourismDraft,
        status: 'DRAFT',
        publishedAt: null,
        topics: [{ code: 'cultural-heritage' }, { code: 'ecotourism' }],
        sourceExchange: { id: demo.exchanges.villaDeLeyvaEcotourism },
      },
    });
    expect(await titles({}, secretariat)).toEqual([sanitationPlan, ecotourismDraft]);
    expect(await titles({ status: 'DRAFT' }, secretariat)).toEqual([ecotourismDraft]);
    expect(await titles({ status: 'PUBLISHED' }, secretariat)).toEqual([sanitationPlan]);
    expect(await titles({ status: 'IN_REVIEW' }, secretariat)).toEqual([]);
  });

  it('filters by topic including its sub-topics', async () => {
    expect(await titles({ topic: 'sanitation' })).toEqual([sanitationPlan]);
    expect(await titles({ topic: 'water' })).toEqual([sanitationPlan]);
    expect(await titles({ topic: 'governance' })).toEqual([sanitationPlan]);
    expect(await titles({ topic: 'environment' })).toEqual([sanitationPlan]);
    expect(await titles({ topic: 'waste' })).toEqual([]);
    expect(await titles({ topic: 'tourism' })).toEqual([]);
    expect(await titles({ topic: 'tourism' }, secretariat)).toEqual([ecotourismDraft]);
    expect(await titles({ topic: 'cultural-heritage' }, secretariat)).toEqual([ecotourismDraft]);
    expect(await titles({ topic: 'no-such-topic' }, secretariat)).toEqual([]);
    expect(await titles({ topic: ' Water ' })).toEqual([sanitationPlan]);
  });

  it('searches the full text of title, summary and body', async () => {
    expect(await titles({ search: 'desludging' })).toEqual([sanitationPlan]);
    expect(await titles({ search: 'Agona West' })).toEqual([sanitationPlan]);
    expect(await titles({ search: '"stakeholders together"' })).toEqual([sanitationPlan]);
    expect(await titles({ search: 'sanitation -ghana' })).toEqual([]);
    expect(await titles({ search: 'guides' })).toEqual([]);
    expect(await titles({ search: 'guides' }, secretariat)).toEqual([ecotourismDraft]);
    expect(await titles({ search: 'ronda or deventer' }, secretariat)).toEqual([sanitationPlan, ecotourismDraft]);
    expect(await titles({ search: 'deventer', topic: 'tourism' }, secretariat)).toEqual([]);
    expect(await titles({ search: '   ' })).toEqual([sanitationPlan]);
  });

  it('treats SQL and query syntax in a search as words to look for', async () => {
    const searches: [string, string[]][] = [
      [`'); drop table knowledge.best_practice; --`, []],
      [`sanitation' OR '1'='1`, [sanitationPlan]], // "sanitation or 1 1": the word still counts
      [`!!(& | :*`, []],
      [`"unbalanced`, []],
      [`\\x00 %s %n`, []],
    ];
    for (const [search, expected] of searches) expect(await titles({ search }), search).toEqual(expected);
    expect(await titles({}, secretariat)).toEqual([sanitationPlan, ecotourismDraft]);
  });

  it('refuses a search holding a NUL, which no text can contain, as bad input before it reaches SQL', async () => {
    const query = `query($filter: BestPracticeFilter) { bestPractices(filter: $filter) { nodes { title } } }`;
    const inVariables = await subgraph.execute({ query, variables: { filter: { search: 'sanitation\u0000' } } });
    expect(inVariables.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter' });
    expect(inVariables.data).toBeUndefined();
    const inDocument = await subgraph.execute({ query: `{ bestPractices(filter: { search: "sanitation\\u0000" }) { nodes { title } } }` });
    expect(inDocument.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(inDocument.data).toBeUndefined();
  });

  it(`refuses a search of more than ${MAX_SEARCH_LENGTH} characters, naming the field, before it reaches SQL`, async () => {
    // Words that are found, padded to the limit: the longest search allowed still answers.
    const longest = `desludging ${'zq '.repeat(MAX_SEARCH_LENGTH)}`.slice(0, MAX_SEARCH_LENGTH);
    expect(await titles({ search: longest })).toEqual([]);
    expect(await titles({ search: `desludging${' '.repeat(MAX_SEARCH_LENGTH - 10)}` })).toEqual([sanitationPlan]);

    subgraph.database.statements.reset();
    for (const search of ['a '.repeat(MAX_SEARCH_LENGTH / 2) + 'a', 'a '.repeat(50_000)]) {
      const result = await subgraph.execute({
        query: `query($filter: BestPracticeFilter) { bestPractices(filter: $filter) { nodes { title } } }`,
        variables: { filter: { search } },
      });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.search' });
      expect(result.errors?.[0]?.message).toBe(`filter.search is at most ${MAX_SEARCH_LENGTH} characters, got ${search.length}`);
      expect(result.data).toBeNull();
    }
    expect(subgraph.database.statements.count).toBe(0);
  });

  it('pages through practices by title with opaque cursors', async () => {
    type Page = { bestPractices: { edges: { cursor: string; node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const query = `query($after: String) { bestPractices(first: 1, after: $after) { edges { cursor node { title } } pageInfo { hasNextPage endCursor } } }`;
    const first = await subgraph.execute<Page>({ query }, secretariat);
    expect(first.data?.bestPractices.edges.map((e) => e.node.title)).toEqual([sanitationPlan]);
    expect(first.data?.bestPractices.pageInfo.hasNextPage).toBe(true);
    expect(first.data?.bestPractices.pageInfo.endCursor).toBe(first.data?.bestPractices.edges[0]?.cursor);

    const second = await subgraph.execute<Page>({ query, variables: { after: first.data?.bestPractices.pageInfo.endCursor } }, secretariat);
    expect(second.data?.bestPractices.edges.map((e) => e.node.title)).toEqual([ecotourismDraft]);
    expect(second.data?.bestPractices.pageInfo.hasNextPage).toBe(false);

    const anonymous = await subgraph.execute<Page>({ query });
    expect(anonymous.data?.bestPractices.pageInfo.hasNextPage).toBe(false);
  });
});

describe('knowledge events', () => {
  it('reads the Brussels donor briefing with its organiser and the practice shared there', async () => {
    const result = await subgraph.execute({
      query: `query($id: ID!) { knowledgeEvent(id: $id) { id title kind date location audiences organiser { id } practicesShared { title } } }`,
      variables: { id: demo.knowledgeEvents.brusselsDonorRoundtable },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      knowledgeEvent: {
        id: demo.knowledgeEvents.brusselsDonorRoundtable,
        title: 'CONNECT: first exchanges, first results',
        kind: 'BRIEFING',
        date: '2017-10-12',
        location: 'Brussels',
        audiences: ['LOCAL_AND_REGIONAL_GOVERNMENT', 'CENTRAL_GOVERNMENT', 'DONOR_COMMUNITY'],
        organiser: { id: demo.associations.vng },
        practicesShared: [{ title: sanitationPlan }],
      },
    });
    const unknown = await subgraph.execute({ query: `query($id: ID!) { knowledgeEvent(id: $id) { title } }`, variables: { id: unknownId } });
    expect(unknown.data).toEqual({ knowledgeEvent: null });
  });

  it('lists events by date and pages on', async () => {
    type Page = { knowledgeEvents: { nodes: { date: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const query = `query($after: String) { knowledgeEvents(first: 1, after: $after) { nodes { date } pageInfo { hasNextPage endCursor } } }`;
    const first = await subgraph.execute<Page>({ query });
    expect(first.data?.knowledgeEvents.nodes).toEqual([{ date: '2017-10-12' }]);
    expect(first.data?.knowledgeEvents.pageInfo.hasNextPage).toBe(false);
    const after = await subgraph.execute<Page>({ query, variables: { after: first.data?.knowledgeEvents.pageInfo.endCursor } });
    expect(after.errors).toBeUndefined();
    expect(after.data?.knowledgeEvents.nodes).toEqual([]);
  });
});

describe('topics', () => {
  it('reads a topic with labels in five languages, falling back to English', async () => {
    const result = await subgraph.execute({
      query: `{ topic(code: "sanitation") { code label es: label(language: "es") pt: label(language: "pt") nl: label(language: "NL")
        fr: label(language: "fr-BE") km: label(language: "km") labels { language text } parent { code label } children { code } } }`,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      topic: {
        code: 'sanitation',
        label: 'Sanitation',
        es: 'Saneamiento',
        pt: 'Saneamento',
        nl: 'Sanitatie',
        fr: 'Assainissement',
        km: 'Sanitation',
        labels: [
          { language: 'en', text: 'Sanitation' },
          { language: 'es', text: 'Saneamiento' },
          { language: 'fr', text: 'Assainissement' },
          { language: 'nl', text: 'Sanitatie' },
          { language: 'pt', text: 'Saneamento' },
        ],
        parent: { code: 'water', label: 'Water' },
        children: [],
      },
    });
    const unknown = await subgraph.execute({ query: `{ topic(code: "no-such-topic") { code } }` });
    expect(unknown.data).toEqual({ topic: null });
  });

  it('lists the top of the taxonomy with children, or every topic', async () => {
    type Topics = { topics: { code: string; parent: { code: string } | null; children: { code: string }[] }[] };
    const roots = await subgraph.execute<Topics>({ query: `{ topics { code parent { code } children { code } } }` });
    expect(roots.data?.topics.map((t) => t.code)).toEqual([
      'economic-development', 'environment', 'governance', 'rural-planning', 'social-services', 'tourism', 'urban-planning', 'waste', 'water',
    ]);
    expect(roots.data?.topics.every((t) => t.parent === null)).toBe(true);
    expect(roots.data?.topics.find((t) => t.code === 'water')?.children).toEqual([
      { code: 'drainage' }, { code: 'sanitation' }, { code: 'water-supply' },
    ]);
    const every = await subgraph.execute<Topics>({ query: `{ topics(roots: false) { code parent { code } children { code } } }` });
    const codes = every.data!.topics.map((t) => t.code);
    expect(codes).toHaveLength(32);
    expect(codes).toEqual([...codes].sort());
  });
});

describe('contributions to other services\' entities', () => {
  it('gives an exchange and a municipality the practices their readers may see', async () => {
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Exchange { bestPractices { title } } ... on Municipality { bestPractices { title } } } }`;
    const variables = {
      reps: [
        { __typename: 'Exchange', id: demo.exchanges.agonaWestSanitation },
        { __typename: 'Exchange', id: demo.exchanges.villaDeLeyvaEcotourism },
        { __typename: 'Municipality', id: demo.municipalities.deventer },
        { __typename: 'Municipality', id: demo.municipalities.ronda },
        { __typename: 'Municipality', id: demo.municipalities.jinja },
      ],
    };
    const anonymous = await subgraph.execute({ query, variables });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?._entities).toEqual([
      { bestPractices: [{ title: sanitationPlan }] },
      { bestPractices: [] },
      { bestPractices: [{ title: sanitationPlan }] },
      { bestPractices: [] },
      { bestPractices: [] },
    ]);
    const staff = await subgraph.execute({ query, variables }, secretariat);
    expect(staff.data?._entities).toEqual([
      { bestPractices: [{ title: sanitationPlan }] },
      { bestPractices: [{ title: ecotourismDraft }] },
      { bestPractices: [{ title: sanitationPlan }] },
      { bestPractices: [{ title: ecotourismDraft }] },
      { bestPractices: [] },
    ]);
  });
});

describe('entity resolution', () => {
  it('resolves every key through _entities, in the order asked, with null for unknown or malformed keys', async () => {
    const result = await subgraph.execute({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Topic { code label } ... on BestPractice { title } ... on KnowledgeEvent { title }
        ... on Exchange { id bestPractices { title } } ... on Municipality { id bestPractices { title } } } }`,
      variables: {
        reps: [
          { __typename: 'KnowledgeEvent', id: demo.knowledgeEvents.brusselsDonorRoundtable },
          { __typename: 'Topic', code: 'ecotourism' },
          { __typename: 'BestPractice', id: demo.bestPractices.agonaWestSanitationPlan.toUpperCase() },
          { __typename: 'Municipality', id: demo.municipalities.agonaWest },
          { __typename: 'Exchange', id: demo.exchanges.agonaWestSanitation },
          { __typename: 'BestPractice', id: demo.bestPractices.communityEcotourism },
          { __typename: 'Topic', code: 'no-such-topic' },
          { __typename: 'Topic', code: 42 },
          { __typename: 'BestPractice', id: unknownId },
          { __typename: 'KnowledgeEvent', id: unknownId },
          { __typename: 'KnowledgeEvent', id: 'not-a-uuid' },
          { __typename: 'Exchange', id: unknownId },
          { __typename: 'Exchange', id: 'not-a-uuid' },
          { __typename: 'Municipality', id: 'not-a-uuid' },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { title: 'CONNECT: first exchanges, first results' },
      { code: 'ecotourism', label: 'Ecotourism' },
      { title: sanitationPlan },
      { id: demo.municipalities.agonaWest, bestPractices: [{ title: sanitationPlan }] },
      { id: demo.exchanges.agonaWestSanitation, bestPractices: [{ title: sanitationPlan }] },
      null, // a draft, to an anonymous reader
      null,
      null,
      null,
      null,
      null,
      { id: unknownId, bestPractices: [] },
      null,
      null,
    ]);
  });

  it('refuses representations holding a NUL as bad input, since no stored key can contain one', async () => {
    const result = await subgraph.execute({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Topic { code } } }`,
      variables: { reps: [{ __typename: 'Topic', code: 'ecotourism' }, { __typename: 'Topic', code: 'wa\u0000ter' }] },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves a draft for the secretariat', async () => {
    const result = await subgraph.execute(
      {
        query: `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on BestPractice { title status } } }`,
        variables: { reps: [{ __typename: 'BestPractice', id: demo.bestPractices.communityEcotourism }] },
      },
      secretariat,
    );
    expect(result.data?._entities).toEqual([{ title: ecotourismDraft, status: 'DRAFT' }]);
  });

  it('batches references: statements do not grow with the number of representations', async () => {
    async function statementsFor(reps: object[], query: string): Promise<number> {
      subgraph.database.statements.reset();
      const result = await subgraph.execute({ query, variables: { reps } }, secretariat);
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities).toHaveLength(reps.length);
      return subgraph.database.statements.count;
    }
    const topicQuery = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Topic { code label labels { text } parent { code label } children { code label } } } }`;
    const every = await subgraph.execute<{ topics: { code: string }[] }>({ query: `{ topics(roots: false) { code } } ` });
    const allTopics = every.data!.topics.map(({ code }) => ({ __typename: 'Topic', code }));
    // One statement per loader round (topic, labels, parent and children, their labels),
    // however many topics are asked for; asking for all of them even finds parents cached.
    const fewTopics = await statementsFor(allTopics.slice(0, 2), topicQuery);
    const manyTopics = await statementsFor(allTopics, topicQuery);
    expect(fewTopics).toBeLessThanOrEqual(5);
    expect(manyTopics).toBeLessThanOrEqual(fewTopics);

    const practiceQuery = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Municipality { bestPractices { title topics { label } municipalities { id } } } ... on Exchange { bestPractices { title } }
      ... on BestPractice { title } ... on KnowledgeEvent { practicesShared { title } } } }`;
    const places = Object.values(demo.municipalities).map((id) => ({ __typename: 'Municipality', id }));
    const others = [
      ...Object.values(demo.exchanges).map((id) => ({ __typename: 'Exchange', id })),
      ...Object.values(demo.bestPractices).map((id) => ({ __typename: 'BestPractice', id })),
      ...Object.values(demo.knowledgeEvents).map((id) => ({ __typename: 'KnowledgeEvent', id })),
    ];
    const few = await statementsFor([{ __typename: 'Municipality', id: demo.municipalities.agonaWest }, ...others], practiceQuery);
    const many = await statementsFor([...places, ...others], practiceQuery);
    expect(few).toBeLessThanOrEqual(8); // one per loader: 4 entity loaders, then topics, municipalities, practices shared, labels
    expect(many).toBeLessThanOrEqual(few);
  });
});

describe('refusals', () => {
  it('refuses pages over 100, foreign or forged cursors and malformed ids with BAD_USER_INPUT', async () => {
    const refused = [
      `{ bestPractices(first: 101) { nodes { title } } }`,
      `{ bestPractices(first: 0) { nodes { title } } }`,
      `{ knowledgeEvents(first: 101) { nodes { title } } }`,
      `{ bestPractices(after: "bogus") { nodes { title } } }`,
      `{ knowledgeEvents(after: "bogus") { nodes { title } } }`,
      `{ bestPractices(after: "${encodeCursor('A title', 'not-a-uuid')}") { nodes { title } } }`,
      `{ knowledgeEvents(after: "${encodeCursor('yesterday', unknownId)}") { nodes { title } } }`,
      `{ bestPractices(after: "${encodeCursor('A\u0000title', unknownId)}") { nodes { title } } }`,
      `{ bestPractices(filter: { topic: "water; drop table" }) { nodes { title } } }`,
      `{ bestPractices(filter: { topic: "wa\\u0000ter" }) { nodes { title } } }`,
      `{ topic(code: "Sanitation!") { code } }`,
      `{ bestPractice(id: "42") { title } }`,
      `{ knowledgeEvent(id: "42") { title } }`,
    ];
    for (const query of refused) {
      const result = await subgraph.execute({ query });
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a status that is not a review state', async () => {
    const result = await subgraph.execute({ query: `{ bestPractices(filter: { status: ARCHIVED }) { nodes { title } } }` });
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('demo seed', () => {
  it('seeds the demo story only once', async () => {
    expect(await knowledge.seedDemo!(subgraph.database.db)).toBe(false);
  });
});
