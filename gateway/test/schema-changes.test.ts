// The breaking-change check: on the committed API schema, and on a pair of fixture
// schemas that show each verdict (refused, allowed by a listed reason, passed).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiSchemaPath, composeSupergraph } from '../src/compose.ts';
import { compareApiSchemas, describeRefusedChanges, loadAllowedBreakingChanges } from '../src/schema-changes.ts';

const fixture = (name: string) => new URL(`fixtures/schema-changes/${name}`, import.meta.url);
const schema = (name: string) => readFileSync(fixture(name), 'utf8');

describe('the API schema clients build against', () => {
  it('changes in no breaking way that schema/breaking-changes.json does not allow', async () => {
    const { refused } = await compareApiSchemas(readFileSync(apiSchemaPath, 'utf8'), composeSupergraph().apiSchema, loadAllowedBreakingChanges());
    expect(refused, refused.length ? describeRefusedChanges(refused) : '').toEqual([]);
  });
});

describe('the breaking-change check', () => {
  it('refuses a removed field and an argument made non-null, naming each and the way out', async () => {
    const { refused, allowed } = await compareApiSchemas(schema('before.graphql'), schema('breaking.graphql'), []);
    expect(refused.map((c) => [c.type, c.path])).toEqual(
      expect.arrayContaining([
        ['FIELD_REMOVED', 'Exchange.location'],
        ['FIELD_ARGUMENT_TYPE_CHANGED', 'Query.exchanges.status'],
      ]),
    );
    expect(refused).toHaveLength(2);
    expect(allowed).toEqual([]);
    const explanation = describeRefusedChanges(refused);
    expect(explanation).toContain('FIELD_REMOVED at Exchange.location');
    expect(explanation).toContain('schema/breaking-changes.json');
  });

  it('lets the same changes through once a file lists them with a reason', async () => {
    const { refused, allowed } = await compareApiSchemas(schema('before.graphql'), schema('breaking.graphql'), loadAllowedBreakingChanges(fixture('allowed.json').pathname));
    expect(refused).toEqual([]);
    expect(allowed).toHaveLength(2);
  });

  it('passes safe and dangerous changes without any listing', async () => {
    const changes = await compareApiSchemas(schema('before.graphql'), schema('compatible.graphql'), []);
    expect(changes.refused).toEqual([]);
    expect(changes.safe.map((c) => [c.type, c.path])).toEqual([['FIELD_ADDED', 'Exchange.startsOn']]);
    // GraphQL Inspector counts a new optional argument as dangerous too: a client that
    // sent it to an older server would be refused.
    expect(changes.dangerous.map((c) => [c.type, c.path]).sort()).toEqual([
      ['ENUM_VALUE_ADDED', 'ExchangeStatus.IN_PROGRESS'],
      ['FIELD_ARGUMENT_ADDED', 'Query.exchanges.after'],
      ['FIELD_ARGUMENT_DEFAULT_CHANGED', 'Query.exchanges.first'],
    ]);
  });

  it('wants a reason for every allowed change', () => {
    expect(loadAllowedBreakingChanges()).toBeInstanceOf(Array);
    const path = fixture('allowed.json').pathname.replace('allowed.json', 'before.graphql');
    expect(() => loadAllowedBreakingChanges(path)).toThrow();
  });
});
