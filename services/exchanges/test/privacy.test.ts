// Personal data in the exchanges service: an official's part of their personal data
// export, and what an erased official leaves behind (ratings, not their words).
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSubgraph } from '@connect/kit/testing';
import { evaluations } from '../src/db/tables.ts';
import type { Context } from '../src/server.ts';
import { envelope, o, official, staff, x, startDemoExchanges } from './support.ts';

let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startDemoExchanges();
});
afterAll(() => subgraph?.dispose());

const exportOf = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalDataExport { officialId exchanges } } }`;
type ExportPart = { participations: { exchangeId: string; role: string }[]; evaluationsWritten: { overallRating: number; narrative: string | null }[] };

async function exportPart(officialId: string, viewer = official(officialId)) {
  const result = await subgraph.execute<{ _entities: ({ exchanges: ExportPart } | null)[] }>(
    { query: exportOf, variables: { reps: [{ __typename: 'PersonalDataExport', officialId }] } },
    viewer,
  );
  return { errors: result.errors, part: result.data?._entities[0]?.exchanges ?? null };
}

const writtenBy = (officialId: string) =>
  subgraph.database.db.select().from(evaluations).where(eq(evaluations.authorOfficialId, officialId)).orderBy(asc(evaluations.id));

describe('the exchanges part of exportMyData', () => {
  it('holds the exchanges an official takes part in and the evaluations they wrote', async () => {
    const { errors, part } = await exportPart(o.pieterVanDijk);
    expect(errors).toBeUndefined();
    expect(part!.participations).toEqual([{ exchangeId: x.agonaWestSanitation, officialId: o.pieterVanDijk, role: 'EXPERT' }]);
    expect(part!.evaluationsWritten.map((e) => e.overallRating)).toEqual([4, 5]);
  });

  it.each([
    ['another official', official(o.georgeFreeman), 'FORBIDDEN'],
    ['staff', staff, 'FORBIDDEN'],
    ['an anonymous caller', { role: 'ANONYMOUS' as const }, 'UNAUTHENTICATED'],
  ])('is refused to %s even when the gateway asks for it', async (_, viewer, code) => {
    const { errors, part } = await exportPart(o.pieterVanDijk, viewer);
    expect(part).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe(code);
  });
});

describe('OfficialErased', () => {
  it('drops the narratives the official wrote, keeps their ratings, and a second delivery changes nothing', async () => {
    const before = await writtenBy(o.andreaGomez);
    expect(before.every((e) => e.narrative)).toBe(true);
    const erased = envelope('OfficialErased', { officialId: o.andreaGomez }, 'municipalities');
    expect(await subgraph.events.deliver(erased)).toBe(true);
    const after = await writtenBy(o.andreaGomez);
    expect(after.map((e) => e.narrative)).toEqual(before.map(() => null));
    expect(after.map((e) => [e.id, e.overallRating, e.indicators])).toEqual(before.map((e) => [e.id, e.overallRating, e.indicators]));
    // Nobody else's words are touched.
    expect((await writtenBy(o.javierMoreno)).every((e) => e.narrative)).toBe(true);

    expect(await subgraph.events.deliver(erased)).toBe(false);
    expect(await writtenBy(o.andreaGomez)).toEqual(after);

    const { part } = await exportPart(o.andreaGomez);
    expect(part!.evaluationsWritten.every((e) => e.narrative === null)).toBe(true);
  });

  it('takes an unknown or malformed official in its stride', async () => {
    expect(await subgraph.events.deliver(envelope('OfficialErased', { officialId: '00000000-0000-4000-8000-00000000beef' }, 'municipalities'))).toBe(true);
    expect(await subgraph.events.deliver(envelope('OfficialErased', { officialId: 'not-an-id' }, 'municipalities'))).toBe(true);
  });
});
