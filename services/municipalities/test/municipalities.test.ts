import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, MAX_SEARCH_LENGTH } from '@connect/kit';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import { municipalities, type Context } from '../src/server.ts';

let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(municipalities, { seedDemo: true });
});
afterAll(() => subgraph?.dispose());

describe('municipalities subgraph', () => {
  it('reads a municipality with its associations and officials', async () => {
    const result = await subgraph.execute({
      query: `query($id: ID!) { municipality(id: $id) { name countryCode kind population languages
        associations { acronym } officials { fullName position mandate functionArea } } }`,
      variables: { id: demo.municipalities.agonaWest },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      municipality: {
        name: 'Agona West',
        countryCode: 'GH',
        kind: 'DISTRICT',
        population: 115_000,
        languages: ['en'],
        associations: [{ acronym: 'NALAG' }],
        officials: [
          { fullName: 'George Freeman', position: 'Municipal Environmental Health Officer', mandate: 'STAFF', functionArea: 'ENVIRONMENT_AND_HEALTH' },
        ],
      },
    });
  });

  it('resolves every key through _entities, in the order asked, whatever the case of the id, with null for unknown ids', async () => {
    const result = await subgraph.execute({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Municipality { name } ... on Association { acronym } ... on Official { fullName } } }`,
      variables: {
        reps: [
          { __typename: 'Official', id: demo.officials.pieterVanDijk },
          { __typename: 'Municipality', id: demo.municipalities.sandgerdi },
          { __typename: 'Association', id: demo.associations.vng },
          { __typename: 'Municipality', id: '00000000-0000-4000-8000-000000000000' },
          { __typename: 'Official', id: 'not-a-uuid' },
          { __typename: 'Official', id: demo.officials.graceNamutebi.toUpperCase() },
          { __typename: 'Municipality', id: demo.municipalities.jinja.toUpperCase() },
          { __typename: 'Association', id: demo.associations.fcm.toUpperCase() },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { fullName: 'Pieter van Dijk' },
      { name: 'Sandgerði' },
      { acronym: 'VNG' },
      null,
      null,
      { fullName: 'Grace Namutebi' },
      { name: 'Jinja' },
      { acronym: 'FCM' },
    ]);
  });

  it('batches entity references: many officials cost one statement per table', async () => {
    const reps = Object.values(demo.officials).map((id) => ({ __typename: 'Official', id }));
    subgraph.database.statements.reset();
    const result = await subgraph.execute({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Official { fullName municipality { name } } } }`,
      variables: { reps },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toHaveLength(reps.length);
    expect(subgraph.database.statements.count).toBe(2);
  });

  it('pages through the directory with opaque cursors and filters by country and search', async () => {
    const first = await subgraph.execute<{ municipalities: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>({
      query: `{ municipalities(first: 4) { nodes { name } pageInfo { hasNextPage endCursor } } }`,
    });
    expect(first.data?.municipalities.nodes.map((n) => n.name)).toEqual(['Agona West', 'Battambang', 'Deventer', 'Hoorn']);
    expect(first.data?.municipalities.pageInfo.hasNextPage).toBe(true);

    const second = await subgraph.execute<{ municipalities: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean } } }>({
      query: `query($after: String) { municipalities(first: 100, after: $after) { nodes { name } pageInfo { hasNextPage } } }`,
      variables: { after: first.data?.municipalities.pageInfo.endCursor },
    });
    expect(second.data?.municipalities.nodes.map((n) => n.name)).toEqual(['Jinja', 'Ronda', 'Sandgerði', 'Villa de Leyva', 'Vitoria-Gasteiz']);
    expect(second.data?.municipalities.pageInfo.hasNextPage).toBe(false);

    const spain = await subgraph.execute({ query: `{ municipalities(filter: { countryCode: "es" }) { nodes { name } } }` });
    expect(spain.data).toEqual({ municipalities: { nodes: [{ name: 'Ronda' }, { name: 'Vitoria-Gasteiz' }] } });

    const search = await subgraph.execute({ query: `{ municipalities(filter: { search: "basque" }) { nodes { name } } }` });
    expect(search.data).toEqual({ municipalities: { nodes: [{ name: 'Vitoria-Gasteiz' }] } });

    const wildcard = await subgraph.execute({ query: `{ municipalities(filter: { search: "%" }) { nodes { name } } }` });
    expect(wildcard.data).toEqual({ municipalities: { nodes: [] } });
  });

  it('filters officials by municipality and by words of name or position', async () => {
    const byMunicipality = await subgraph.execute({
      query: `query($m: ID!) { officials(filter: { municipalityId: $m }) { nodes { fullName } } }`,
      variables: { m: demo.municipalities.sandgerdi },
    });
    expect(byMunicipality.data).toEqual({ officials: { nodes: [{ fullName: 'Sigrún Árnadóttir' }] } });
    const bySearch = await subgraph.execute({ query: `{ officials(filter: { search: "sanitation" }) { nodes { fullName } } }` });
    expect(bySearch.data).toEqual({ officials: { nodes: [{ fullName: 'Marta Ibáñez Ruiz' }, { fullName: 'Pieter van Dijk' }] } });
  });

  it.each([
    ['municipalities', 'MunicipalityFilter', 'name'],
    ['officials', 'OfficialFilter', 'fullName'],
  ])(`refuses a %s search of more than ${MAX_SEARCH_LENGTH} characters, naming the field, before it reaches SQL`, async (field, filterType, name) => {
    const query = `query($filter: ${filterType}) { ${field}(filter: $filter) { nodes { ${name} } } }`;
    const longest = await subgraph.execute({ query, variables: { filter: { search: 'x'.repeat(MAX_SEARCH_LENGTH) } } });
    expect(longest.errors).toBeUndefined();
    expect(longest.data).toEqual({ [field]: { nodes: [] } });

    subgraph.database.statements.reset();
    const tooLong = await subgraph.execute({ query, variables: { filter: { search: 'x'.repeat(MAX_SEARCH_LENGTH + 1) } } });
    expect(tooLong.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    expect(tooLong.errors?.[0]?.message).toBe(`filter.search is at most ${MAX_SEARCH_LENGTH} characters, got ${MAX_SEARCH_LENGTH + 1}`);
    expect(tooLong.data).toBeNull();
    expect(subgraph.database.statements.count).toBe(0);
  });

  it('refuses pages over 100, foreign cursors and malformed ids with a code', async () => {
    const tooMany = await subgraph.execute({ query: `{ municipalities(first: 101) { nodes { name } } }` });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await subgraph.execute({ query: `{ municipalities(after: "bogus") { nodes { name } } }` });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badId = await subgraph.execute({ query: `{ official(id: "42") { fullName } }` });
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows contact details to staff and to the official, and refuses them to anonymous readers with FORBIDDEN', async () => {
    const query = `query($id: ID!) { official(id: $id) { fullName email phone } }`;
    const variables = { id: demo.officials.georgeFreeman };
    const anonymous = await subgraph.execute({ query, variables });
    expect(anonymous.data).toEqual({ official: { fullName: 'George Freeman', email: null, phone: null } });
    expect(anonymous.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['official.email', 'FORBIDDEN'],
      ['official.phone', 'FORBIDDEN'],
    ]);
    const staff = await subgraph.execute({ query, variables }, { role: 'STAFF' });
    expect(staff.data).toEqual({ official: { fullName: 'George Freeman', email: 'george.freeman@agonawest.example', phone: '+233 32 000 707' } });
    const self = await subgraph.execute({ query, variables }, { role: 'OFFICIAL', officialId: demo.officials.georgeFreeman });
    expect((self.data as { official: { email: string } }).official.email).toBe('george.freeman@agonawest.example');
  });

  it('seeds the demo story only once', async () => {
    expect(await municipalities.seedDemo!(subgraph.database.db)).toBe(false);
  });
});
