// Personal data across the graph: contact details refused field by field, the personal
// data export assembled from all five services, and erasure followed by every service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.ts';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
  await platform.settle();
});
afterAll(() => platform?.dispose());

const o = demo.officials;
const official = (officialId: string): Viewer => ({ role: 'OFFICIAL', officialId });
const staff: Viewer = { role: 'STAFF' };

const exportQuery = `{ exportMyData { officialId exportedAt municipalities requests matching exchanges knowledge } }`;
type Export = { exportMyData: Record<string, unknown> | null };

describe('contact details through the gateway', () => {
  it('come back null with FORBIDDEN at their path for an official of another exchange, the rest resolving', async () => {
    const result = await platform.query(
      `query($id: ID!) { official(id: $id) { fullName email phone municipality { name } } }`,
      { id: o.georgeFreeman },
      official(o.andreaGomez),
    );
    expect(result.data).toEqual({ official: { fullName: 'George Freeman', email: null, phone: null, municipality: { name: 'Agona West' } } });
    expect(result.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['official.email', 'FORBIDDEN'],
      ['official.phone', 'FORBIDDEN'],
    ]);
  });

  it('are shown to an exchange partner', async () => {
    const result = await platform.query(`query($id: ID!) { official(id: $id) { email } }`, { id: o.georgeFreeman }, official(o.martaIbanez));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ official: { email: 'george.freeman@agonawest.example' } });
  });
});

describe('exportMyData through the gateway', () => {
  it('assembles what all five services hold about the official', async () => {
    const result = await platform.query<Export>(exportQuery, {}, official(o.pieterVanDijk));
    expect(result.errors).toBeUndefined();
    const data = result.data!.exportMyData!;
    expect(data.officialId).toBe(o.pieterVanDijk);
    expect(data.municipalities).toMatchObject({ official: { fullName: 'Pieter van Dijk', email: 'p.vandijk@deventer.example' } });
    expect(data.matching).toMatchObject({ poolOfficial: { officialId: o.pieterVanDijk } });
    expect(data.exchanges).toMatchObject({ participations: [{ exchangeId: demo.exchanges.agonaWestSanitation, role: 'EXPERT' }] });
    expect(data.knowledge).toMatchObject({ knownMunicipalityId: demo.municipalities.deventer });
    expect(data.requests).toMatchObject({ knownMunicipalityId: demo.municipalities.deventer });
  });

  it.each([
    ['staff', staff, 'FORBIDDEN'],
    ['a donor', { role: 'DONOR' } as Viewer, 'FORBIDDEN'],
    ['an anonymous caller', undefined, 'UNAUTHENTICATED'],
  ])('is refused to %s', async (_, viewer, code) => {
    const result = await platform.query<Export>(exportQuery, {}, viewer);
    expect(result.data?.exportMyData ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });
});

describe('eraseOfficial through the gateway', () => {
  it('anonymises the official everywhere: their token is refused, and no service keeps anything personal', async () => {
    const erased = await platform.query<{ eraseOfficial: { userErrors: unknown[] } }>(
      `mutation($input: EraseOfficialInput!) { eraseOfficial(input: $input) { official { fullName } userErrors { code } } }`,
      { input: { officialId: o.javierMoreno } },
      staff,
    );
    expect(erased.errors).toBeUndefined();
    expect(erased.data?.eraseOfficial.userErrors).toEqual([]);
    await platform.settle();

    // The erased official's token no longer acts, reads included (tests/erasure.test.ts).
    const refused = await platform.query<Export>(exportQuery, {}, official(o.javierMoreno));
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['OFFICIAL_ERASED']);

    // What each service still holds, asked of it directly as the export would.
    const parts: Record<string, unknown> = {};
    for (const service of ['municipalities', 'requests', 'matching', 'exchanges', 'knowledge'] as const) {
      const result = await platform.subgraph(service).execute<{ _entities: Record<string, unknown>[] }>(
        {
          query: `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalDataExport { ${service} } } }`,
          variables: { reps: [{ __typename: 'PersonalDataExport', officialId: o.javierMoreno }] },
        },
        official(o.javierMoreno),
      );
      expect(result.errors).toBeUndefined();
      parts[service] = result.data!._entities[0]![service];
    }
    const text = JSON.stringify(parts);
    for (const personal of ['Javier', 'Moreno', 'javier.moreno@ronda.example', '+34 952 000 202', 'Tourism Officer', 'guiding cooperative']) {
      expect(text).not.toContain(personal);
    }
    expect(parts.matching).toMatchObject({ poolOfficial: null });
    expect(parts.knowledge).toMatchObject({ knownMunicipalityId: null });
  });
});
