import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageRequest, toConnection } from '../src/pagination.ts';
import { isCalendarDay } from '../src/scalars.ts';

const exchangeId = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';
const forge = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

function refusalOf(run: () => unknown): { code: unknown; field: unknown; message: string } | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const { code, field } = (error as GraphQLError).extensions;
    return { code, field, message: (error as GraphQLError).message };
  }
  return undefined;
}

describe('cursors', () => {
  it('reads back the sort value and id of a cursor this API issued', () => {
    expect(decodeCursor(encodeCursor('2017-04-03', exchangeId))).toEqual({ sort: '2017-04-03', id: exchangeId });
    expect(decodeCursor(encodeCursor('Agona West', exchangeId.toUpperCase()))).toEqual({ sort: 'Agona West', id: exchangeId.toUpperCase() });
  });

  it.each([
    ['text that is not base64 JSON', 'bogus'],
    ['an empty cursor', forge([])],
    ['a lone value', forge('2017-04-03')],
    ['three values', forge(['2017-04-03', exchangeId, 'more'])],
    ['a number for a sort value', forge([42, exchangeId])],
    ['an id that is not a UUID', forge(['2017-04-03', 'not-a-uuid'])],
    ['an id with SQL in it', forge(['2017-04-03', `${exchangeId}' or '1'='1`])],
    ['a sort value with a NUL in it', forge(['A\u0000title', exchangeId])],
  ])('refuses a forged cursor holding %s as bad input for "after"', (_, cursor) => {
    expect(refusalOf(() => decodeCursor(cursor))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
      message: 'after is not a cursor this API issued',
    });
  });
});

describe('page requests', () => {
  it('reads 20 rows by default and up to 100 when asked', () => {
    expect(pageRequest({})).toEqual({ limit: 20 });
    expect(pageRequest({ first: 100, after: null })).toEqual({ limit: 100 });
    expect(pageRequest({ first: 1, after: encodeCursor('Ronda', exchangeId) })).toEqual({
      limit: 1,
      after: { sort: 'Ronda', id: exchangeId },
    });
  });

  it.each([0, -1, 101, 1.5])('refuses first: %s as bad input for "first"', (first) => {
    expect(refusalOf(() => pageRequest({ first }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('checks the sort value of a cursor with the validator of its column', () => {
    const byStartDate = { sort: isCalendarDay };
    expect(pageRequest({ after: encodeCursor('2017-04-03', exchangeId) }, byStartDate).after).toEqual({ sort: '2017-04-03', id: exchangeId });
    for (const sort of ['yesterday', '2017-02-30', '2017-4-3', '0000-01-01', '2017-04-03T00:00:00Z']) {
      expect(refusalOf(() => pageRequest({ after: encodeCursor(sort, exchangeId) }, byStartDate)), sort).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    }
  });

  it('takes any text without a NUL as the sort value of a text column', () => {
    expect(pageRequest({ after: encodeCursor(`'; drop table x; --`, exchangeId) }).after?.sort).toBe(`'; drop table x; --`);
  });
});

describe('connections', () => {
  it('turns limit + 1 rows into a page that says another follows', () => {
    const rows = ['a', 'b', 'c'].map((name, i) => ({ id: `00000000-0000-4000-8000-00000000000${i}`, name }));
    const connection = toConnection(rows, { limit: 2 }, (row) => row.name);
    expect(connection.nodes.map((n) => n.name)).toEqual(['a', 'b']);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor('b', rows[1]!.id) });
    expect(decodeCursor(connection.pageInfo.endCursor!)).toEqual({ sort: 'b', id: rows[1]!.id });
    expect(toConnection(rows, { limit: 3 }, (row) => row.name).pageInfo.hasNextPage).toBe(false);
    expect(toConnection([], { limit: 3 }, () => '').pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
