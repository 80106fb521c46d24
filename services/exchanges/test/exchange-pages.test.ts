import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import { exchangeParticipants, exchanges as exchangeTable, type ExchangeRow } from '../src/db/tables.ts';
import { exchanges, type Context } from '../src/server.ts';

// Many exchanges that start on a handful of days: pages must break ties by id and
// neither lose nor repeat an exchange, and lists contributed to other entities must
// cost one statement however many parents ask.
const days = ['2024-03-04', '2024-03-11', '2024-03-18'];
const statuses = ['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'] as const;
const rows = Array.from({ length: 30 }, (_, i) => ({
  id: randomUUID(),
  title: `Exchange ${i}`,
  requestId: randomUUID(),
  format: 'ROUNDTABLE' as const,
  status: statuses[i % statuses.length]!,
  hostMunicipalityId: randomUUID(),
  hostCountryCode: i % 2 === 0 ? 'NL' : 'KH',
  startsOn: days[i % days.length]!,
  endsOn: '2024-03-29',
}));
const byStartThenId = (a: Pick<ExchangeRow, 'startsOn' | 'id'>, b: Pick<ExchangeRow, 'startsOn' | 'id'>) =>
  a.startsOn.localeCompare(b.startsOn) || a.id.localeCompare(b.id);
const officialId = randomUUID();

let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(exchanges);
  await subgraph.database.db.insert(exchangeTable).values(rows);
  await subgraph.database.db.insert(exchangeParticipants).values(rows.map((r) => ({ exchangeId: r.id, officialId, role: 'EXPERT' as const })));
});
afterAll(() => subgraph?.dispose());

type Page = { exchanges: { nodes: { id: string; startsOn: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

async function readAll(filter: string, first: number): Promise<{ id: string; startsOn: string }[]> {
  const seen: { id: string; startsOn: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const result: { data?: Page | null; errors?: unknown } = await subgraph.execute<Page>({
      query: `query($after: String) { exchanges(filter: ${filter}, first: ${first}, after: $after) { nodes { id startsOn } pageInfo { hasNextPage endCursor } } }`,
      variables: { after },
    });
    expect(result.errors).toBeUndefined();
    seen.push(...result.data!.exchanges.nodes);
    if (!result.data!.exchanges.pageInfo.hasNextPage) return seen;
    after = result.data!.exchanges.pageInfo.endCursor;
  }
}

describe('pages of exchanges that start on the same day', () => {
  it('walks every exchange once, by start date then id', async () => {
    const seen = await readAll('{}', 7);
    expect(seen).toEqual([...rows].sort(byStartThenId).map(({ id, startsOn }) => ({ id, startsOn })));
  });

  it('keeps filters across pages', async () => {
    const seen = await readAll('{ status: CANCELLED, countryCode: "kh" }', 2);
    const expected = rows.filter((r) => r.status === 'CANCELLED' && r.hostCountryCode === 'KH').sort(byStartThenId);
    expect(expected.length).toBeGreaterThan(2);
    expect(seen.map((n) => n.id)).toEqual(expected.map((r) => r.id));
  });

  it('reads the exchanges of thirty requests, hosts and one official in one statement each', async () => {
    const reps = [
      ...rows.map((r) => ({ __typename: 'Request', id: r.requestId })),
      ...rows.map((r) => ({ __typename: 'Municipality', id: r.hostMunicipalityId })),
    ];
    subgraph.database.statements.reset();
    const result = await subgraph.execute<{ _entities: { exchanges: { id: string }[] }[] }>({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Request { exchanges { id } } ... on Municipality { exchanges { id } } } }`,
      variables: { reps },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((e) => e.exchanges.map((x) => x.id))).toEqual([...rows, ...rows].map((r) => [r.id]));
    expect(subgraph.database.statements.count).toBe(2);

    subgraph.database.statements.reset();
    const official = await subgraph.execute<{ _entities: { exchanges: { id: string; startsOn: string }[] }[] }>({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Official { exchanges { id startsOn } } } }`,
      variables: { reps: [{ __typename: 'Official', id: officialId }] },
    });
    expect(official.data!._entities[0]!.exchanges).toEqual([...rows].sort(byStartThenId).map(({ id, startsOn }) => ({ id, startsOn })));
    expect(subgraph.database.statements.count).toBe(1);
  });
});
