// Personal data in the matching service: an official's part of their personal data
// export, before and after the directory erases them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import type { TestSubgraph } from '@connect/kit/testing';
import type { Context } from '../src/server.ts';
import { startDemoMatching } from './support.ts';

let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startDemoMatching();
});
afterAll(() => subgraph?.dispose());

const o = demo.officials;
const official = (officialId: string): Viewer => ({ role: 'OFFICIAL', officialId });
const exportOf = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalDataExport { matching } } }`;
type ExportPart = {
  poolOfficial: { officialId: string } | null;
  erased: unknown;
  expertise: unknown[];
  profile: unknown;
  availability: unknown[];
  matches: { id: string; officialId: string }[];
  matchTransitions: unknown[];
};

async function exportPart(officialId: string, viewer: Viewer = official(officialId)) {
  const result = await subgraph.execute<{ _entities: ({ matching: ExportPart } | null)[] }>(
    { query: exportOf, variables: { reps: [{ __typename: 'PersonalDataExport', officialId }] } },
    viewer,
  );
  return { errors: result.errors, part: result.data?._entities[0]?.matching ?? null };
}

describe('the matching part of exportMyData', () => {
  it('holds the pool entry, declarations and matches of an official', async () => {
    const { errors, part } = await exportPart(o.anoukJansen);
    expect(errors).toBeUndefined();
    expect(part!.poolOfficial?.officialId).toBe(o.anoukJansen);
    expect(part!.erased).toBeNull();
    expect(part!.matches.map((m) => m.id)).toContain(demo.matches.battambangAnouk);
    expect(part!.matches.every((m) => m.officialId === o.anoukJansen)).toBe(true);
  });

  it.each([
    ['another official', official(o.pieterVanDijk), 'FORBIDDEN'],
    ['staff', { role: 'STAFF' } as Viewer, 'FORBIDDEN'],
    ['an anonymous caller', { role: 'ANONYMOUS' } as Viewer, 'UNAUTHENTICATED'],
  ])('is refused to %s even when the gateway asks for it', async (_, viewer, code) => {
    const { errors, part } = await exportPart(o.anoukJansen, viewer);
    expect(part).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe(code);
  });

  it('holds no pool entry, declarations or languages once the official is erased', async () => {
    const erased = { id: randomUUID(), type: 'OfficialErased' as const, source: 'municipalities', occurredAt: new Date().toISOString(), payload: { officialId: o.anoukJansen } };
    expect(await subgraph.events.deliver(erased)).toBe(true);
    const { part } = await exportPart(o.anoukJansen);
    expect(part!.poolOfficial).toBeNull();
    expect(part!.erased).not.toBeNull();
  });
});
