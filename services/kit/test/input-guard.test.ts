import { describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { parse } from 'graphql';
import { containsNul, documentContainsNul, refuseNulInput } from '../src/input-guard.ts';

// A search field that records what reached it: a refused operation must not run at all.
const typeDefs = `#graphql
  input PracticeFilter { search: String, topics: [String!] }
  type Query { practices(filter: PracticeFilter, search: String): [String!]! }
`;

async function searchServer() {
  const searches: unknown[] = [];
  const server = new ApolloServer({
    typeDefs,
    resolvers: { Query: { practices: (_: unknown, args: unknown) => (searches.push(args), ['Sanitation plan']) } },
    plugins: [refuseNulInput()],
  });
  await server.start();
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, ...response.body.singleResult };
  };
  return { run, searches, stop: () => server.stop() };
}

describe('operations whose input holds a NUL', () => {
  it('are refused as BAD_USER_INPUT before they execute, naming the variable', async () => {
    const { run, searches, stop } = await searchServer();
    const query = `query($filter: PracticeFilter) { practices(filter: $filter) }`;
    for (const filter of [{ search: 'sanitation\u0000' }, { topics: ['water', 'sani\u0000tation'] }]) {
      const result = await run(query, { filter });
      expect(result.errors).toEqual([
        {
          message: 'Variable "$filter" contains a NUL character (U+0000), which no text can hold',
          extensions: { code: 'BAD_USER_INPUT', field: 'filter' },
        },
      ]);
      expect(result.data).toBeUndefined();
      expect(result.status).toBe(200); // as for bad input a resolver finds: the gateway relays its code
    }
    expect(searches).toEqual([]);
    await stop();
  });

  it('are refused when a string literal of the document holds one, escaped or in a block string', async () => {
    const { run, searches, stop } = await searchServer();
    for (const query of [
      `{ practices(search: "sanitation\\u0000") }`,
      `{ practices(filter: { topics: ["water", "\\u0000"] }) }`,
      `{ practices(search: """sani\u0000tation""") }`,
    ]) {
      const result = await run(query);
      expect(result.errors?.[0]?.extensions, query).toEqual({ code: 'BAD_USER_INPUT' });
      expect(result.data, query).toBeUndefined();
    }
    expect(searches).toEqual([]);
    await stop();
  });

  it('lets every other operation through, unused variables with a NUL refused all the same', async () => {
    const { run, searches, stop } = await searchServer();
    const clean = await run(`query($search: String) { practices(search: $search) }`, { search: 'sanitation \\x00 %00' });
    expect(clean).toMatchObject({ data: { practices: ['Sanitation plan'] } });
    expect(clean.errors).toBeUndefined();
    expect(searches).toEqual([{ search: 'sanitation \\x00 %00' }]);
    const unused = await run(`{ practices }`, { extra: 'a\u0000' });
    expect(unused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await stop();
  });
});

describe('finding a NUL', () => {
  it('looks into strings, keys, lists and objects at any depth', () => {
    expect(containsNul('a\u0000')).toBe(true);
    expect(containsNul({ reps: [{ __typename: 'Topic', code: ['wa\u0000ter'] }] })).toBe(true);
    expect(containsNul({ ['co\u0000de']: 'water' })).toBe(true);
    expect(containsNul({ reps: [{ __typename: 'Topic', code: 'water', n: 42, ok: true, none: null }] })).toBe(false);
    expect(containsNul('\\u0000')).toBe(false);
  });

  it('copes with a value that refers to itself', () => {
    const looped: Record<string, unknown> = { name: 'loop' };
    looped.self = looped;
    expect(containsNul(looped)).toBe(false);
  });

  it('reads string literals, not names or comments, of a document', () => {
    expect(documentContainsNul(parse(`{ practices(search: "\\u0000") }`))).toBe(true);
    expect(documentContainsNul(parse(`# a comment\n{ practices(search: "\\\\u0000") }`))).toBe(false);
  });
});
