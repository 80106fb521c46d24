// Personal data in the requests service: an official's part of their personal data
// export, before and after the directory erases them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import { requests, type Context } from '../src/server.ts';

let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(requests, { seedDemo: true });
});
afterAll(() => subgraph?.dispose());

const o = demo.officials;
const official = (officialId: string): Viewer => ({ role: 'OFFICIAL', officialId });
const exportOf = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalDataExport { requests } } }`;
type ExportPart = { knownMunicipalityId: string | null; requests: { id: string; contactOfficialId: string | null; role: string }[]; transitions: { actor: string }[] };

async function exportPart(officialId: string, viewer: Viewer = official(officialId)) {
  const result = await subgraph.execute<{ _entities: ({ requests: ExportPart } | null)[] }>(
    { query: exportOf, variables: { reps: [{ __typename: 'PersonalDataExport', officialId }] } },
    viewer,
  );
  return { errors: result.errors, part: result.data?._entities[0]?.requests ?? null };
}

describe('the requests part of exportMyData', () => {
  it('holds the requests an official speaks for and the transitions they made', async () => {
    const { errors, part } = await exportPart(o.georgeFreeman);
    expect(errors).toBeUndefined();
    expect(part!.requests.filter((r) => r.role === 'CONTACT').length).toBeGreaterThan(0);
    expect(part!.requests.every((r) => r.role === 'ACTOR' || r.contactOfficialId === o.georgeFreeman)).toBe(true);
    expect(part!.transitions.every((t) => t.actor === `OFFICIAL:${o.georgeFreeman}`)).toBe(true);
  });

  it.each([
    ['another official', official(o.pieterVanDijk), 'FORBIDDEN'],
    ['staff', { role: 'STAFF' } as Viewer, 'FORBIDDEN'],
    ['an anonymous caller', { role: 'ANONYMOUS' } as Viewer, 'UNAUTHENTICATED'],
  ])('is refused to %s even when the gateway asks for it', async (_, viewer, code) => {
    const { errors, part } = await exportPart(o.georgeFreeman, viewer);
    expect(part).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe(code);
  });

  it('no longer names an erased official as anybody\'s contact', async () => {
    const erased = { id: randomUUID(), type: 'OfficialErased' as const, source: 'municipalities', occurredAt: new Date().toISOString(), payload: { officialId: o.georgeFreeman } };
    expect(await subgraph.events.deliver(erased)).toBe(true);
    const { part } = await exportPart(o.georgeFreeman);
    expect(part!.knownMunicipalityId).toBeNull();
    expect(part!.requests.filter((r) => r.role === 'CONTACT')).toEqual([]);
  });
});
