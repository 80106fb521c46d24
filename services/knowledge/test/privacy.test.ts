// Personal data in the knowledge service: an official's part of their personal data
// export, and forgetting an erased official in the projections.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import { lessonsToDocument, officialMunicipalities } from '../src/db/tables.ts';
import type { Context } from '../src/server.ts';
import { startWithDemoStory } from './support.ts';

let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startWithDemoStory();
});
afterAll(() => subgraph?.dispose());

const o = demo.officials;
const official = (officialId: string): Viewer => ({ role: 'OFFICIAL', officialId });
const exportOf = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalDataExport { knowledge } } }`;
type ExportPart = { knownMunicipalityId: string | null; lessonsTakenPartIn: { exchangeId: string }[]; bestPracticeTransitionsMade: unknown[] };

async function exportPart(officialId: string, viewer: Viewer = official(officialId)) {
  const result = await subgraph.execute<{ _entities: ({ knowledge: ExportPart } | null)[] }>(
    { query: exportOf, variables: { reps: [{ __typename: 'PersonalDataExport', officialId }] } },
    viewer,
  );
  return { errors: result.errors, part: result.data?._entities[0]?.knowledge ?? null };
}

describe('the knowledge part of exportMyData', () => {
  it('holds where the official works and the lessons of the exchanges they took part in', async () => {
    const { errors, part } = await exportPart(o.martaIbanez);
    expect(errors).toBeUndefined();
    expect(part).toEqual({
      knownMunicipalityId: demo.municipalities.vitoriaGasteiz,
      lessonsTakenPartIn: [expect.objectContaining({ exchangeId: demo.exchanges.agonaWestSanitation })],
      bestPracticeTransitionsMade: [],
    });
  });

  it.each([
    ['another official', official(o.georgeFreeman), 'FORBIDDEN'],
    ['staff', { role: 'STAFF' } as Viewer, 'FORBIDDEN'],
    ['an anonymous caller', { role: 'ANONYMOUS' } as Viewer, 'UNAUTHENTICATED'],
  ])('is refused to %s even when the gateway asks for it', async (_, viewer, code) => {
    const { errors, part } = await exportPart(o.martaIbanez, viewer);
    expect(part).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe(code);
  });
});

describe('OfficialErased', () => {
  it('drops the official from its projections, and a second delivery changes nothing', async () => {
    const erased = { id: randomUUID(), type: 'OfficialErased' as const, source: 'municipalities', occurredAt: new Date().toISOString(), payload: { officialId: o.martaIbanez } };
    expect(await subgraph.events.deliver(erased)).toBe(true);
    const state = async () => ({
      officials: await subgraph.database.db.select().from(officialMunicipalities),
      lessons: await subgraph.database.db.select().from(lessonsToDocument),
    });
    const after = await state();
    expect(after.officials.some((r) => r.officialId === o.martaIbanez)).toBe(false);
    expect(after.lessons.some((l) => l.participantOfficialIds.includes(o.martaIbanez))).toBe(false);
    // The other participants stay.
    expect(after.lessons.find((l) => l.exchangeId === demo.exchanges.agonaWestSanitation)?.participantOfficialIds).toEqual([o.georgeFreeman, o.pieterVanDijk]);
    expect(await subgraph.events.deliver(erased)).toBe(false);
    expect(await state()).toEqual(after);

    expect((await exportPart(o.martaIbanez)).part).toEqual({ knownMunicipalityId: null, lessonsTakenPartIn: [], bestPracticeTransitionsMade: [] });
  });
});
