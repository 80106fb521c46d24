// Keeping the directory: updateMunicipality, leaveAssociation, and the paged lists of a
// municipality's officials and an association's members.
import { asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import * as tables from '../src/db/tables.ts';
import { municipalities, type Context } from '../src/server.ts';

let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(municipalities, { seedDemo: true });
});
afterAll(() => subgraph?.dispose());

const m = demo.municipalities;
const a = demo.associations;
const o = demo.officials;
const staff: Viewer = { role: 'STAFF' };
const george: Viewer = { role: 'OFFICIAL', officialId: o.georgeFreeman };
const pieter: Viewer = { role: 'OFFICIAL', officialId: o.pieterVanDijk };

const update = `mutation($id: ID!, $input: UpdateMunicipalityInput!, $key: String) {
  updateMunicipality(id: $id, input: $input, idempotencyKey: $key) {
    municipality { id name region kind population languages } userErrors { code field } } }`;
const leave = `mutation($municipalityId: ID!, $associationId: ID!, $key: String) {
  leaveAssociation(municipalityId: $municipalityId, associationId: $associationId, idempotencyKey: $key) {
    municipality { associations { acronym } } association { acronym } userErrors { code field } } }`;

async function lastEventPosition(): Promise<number> {
  const events = await subgraph.database.db.select({ position: tables.outbox.position }).from(tables.outbox);
  return Math.max(0, ...events.map((e) => e.position));
}

async function eventsAfter(position: number) {
  return subgraph.database.db
    .select({ type: tables.outbox.type, payload: tables.outbox.payload })
    .from(tables.outbox)
    .where(gt(tables.outbox.position, position))
    .orderBy(asc(tables.outbox.position));
}

describe('updateMunicipality', () => {
  it("lets the municipality's own official change its entry and tells the other services", async () => {
    const position = await lastEventPosition();
    const result = await subgraph.execute({ query: update, variables: { id: m.agonaWest, input: { population: 120_000, region: 'Central' } } }, george);
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateMunicipality).toEqual({
      municipality: { id: m.agonaWest, name: 'Agona West', region: 'Central', kind: 'DISTRICT', population: 120_000, languages: ['en'] },
      userErrors: [],
    });
    expect(await eventsAfter(position)).toEqual([
      {
        type: 'MunicipalityUpdated',
        payload: { municipalityId: m.agonaWest, name: 'Agona West', countryCode: 'GH', kind: 'DISTRICT', population: 120_000, languages: ['en'] },
      },
    ]);
  });

  it('records no event when only the region, which no other service keeps, changes', async () => {
    const position = await lastEventPosition();
    const result = await subgraph.execute({ query: update, variables: { id: m.jinja, input: { region: 'Busoga' } } }, staff);
    expect(result.data?.updateMunicipality).toMatchObject({ municipality: { region: 'Busoga' }, userErrors: [] });
    expect(await eventsAfter(position)).toEqual([]);
  });

  it('applies a change once under one idempotency key', async () => {
    const variables = { id: m.hoorn, input: { population: 75_000 }, key: 'hoorn-census' };
    const position = await lastEventPosition();
    await subgraph.execute({ query: update, variables }, staff);
    const again = await subgraph.execute({ query: update, variables }, staff);
    expect(again.data?.updateMunicipality).toMatchObject({ municipality: { population: 75_000 }, userErrors: [] });
    expect((await eventsAfter(position)).map((e) => e.type)).toEqual(['MunicipalityUpdated']);
  });

  it("refuses another municipality's official, associations and anonymous callers before anything runs", async () => {
    for (const [viewer, code] of [
      [pieter, 'FORBIDDEN'],
      [{ role: 'ASSOCIATION', associationId: a.nalag }, 'FORBIDDEN'],
      [{ role: 'ANONYMOUS' }, 'UNAUTHENTICATED'],
    ] as [Viewer, string][]) {
      const result = await subgraph.execute({ query: update, variables: { id: m.agonaWest, input: { population: 1 } } }, viewer);
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    }
    const [row] = await subgraph.database.db.select().from(tables.municipalities).where(eq(tables.municipalities.id, m.agonaWest));
    expect(row?.population).not.toBe(1);
  });

  it('refuses every invalid field at once, an unknown municipality and a name already taken, writing nothing', async () => {
    const position = await lastEventPosition();
    const invalid = await subgraph.execute({ query: update, variables: { id: m.jinja, input: { name: ' ', population: -1, languages: [], kind: null } } }, staff);
    expect(invalid.data?.updateMunicipality).toEqual({
      municipality: null,
      userErrors: [
        { code: 'INVALID_INPUT', field: 'name' },
        { code: 'INVALID_INPUT', field: 'kind' },
        { code: 'INVALID_INPUT', field: 'population' },
        { code: 'INVALID_INPUT', field: 'languages' },
      ],
    });
    const unknown = await subgraph.execute({ query: update, variables: { id: '00000000-0000-4000-8000-000000000000', input: { population: 1 } } }, staff);
    expect(unknown.data?.updateMunicipality).toEqual({ municipality: null, userErrors: [{ code: 'NOT_FOUND', field: 'id' }] });
    const taken = await subgraph.execute({ query: update, variables: { id: m.ronda, input: { name: 'vitoria-gasteiz', region: 'Basque Country' } } }, staff);
    expect(taken.data?.updateMunicipality).toEqual({ municipality: null, userErrors: [{ code: 'ALREADY_REGISTERED', field: 'name' }] });
    expect(await eventsAfter(position)).toEqual([]);
  });
});

describe('leaveAssociation', () => {
  it('ends a membership and tells the other services; a second time it is NOT_MEMBER', async () => {
    const position = await lastEventPosition();
    const variables = { municipalityId: m.hoorn, associationId: a.vng };
    const result = await subgraph.execute({ query: leave, variables }, staff);
    expect(result.data?.leaveAssociation).toEqual({ municipality: { associations: [] }, association: { acronym: 'VNG' }, userErrors: [] });
    expect(await eventsAfter(position)).toEqual([
      { type: 'MunicipalityLeftAssociation', payload: { municipalityId: m.hoorn, associationId: a.vng, at: expect.any(String) } },
    ]);
    const again = await subgraph.execute({ query: leave, variables }, staff);
    expect(again.data?.leaveAssociation).toEqual({ municipality: null, association: null, userErrors: [{ code: 'NOT_MEMBER', field: 'associationId' }] });
    expect(await eventsAfter(position)).toHaveLength(1);
  });

  it('replays a retry under the same key instead of refusing it', async () => {
    const variables = { municipalityId: m.ronda, associationId: a.femp, key: 'ronda-leaves' };
    await subgraph.execute({ query: leave, variables }, staff);
    const retry = await subgraph.execute({ query: leave, variables }, staff);
    expect(retry.data?.leaveAssociation).toMatchObject({ association: { acronym: 'FEMP' }, userErrors: [] });
  });

  it('refuses anyone but staff, and malformed ids as userErrors', async () => {
    const forbidden = await subgraph.execute({ query: leave, variables: { municipalityId: m.jinja, associationId: a.ulga } }, george);
    expect(forbidden.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const malformed = await subgraph.execute({ query: leave, variables: { municipalityId: 'x', associationId: 'y' } }, staff);
    expect(malformed.data?.leaveAssociation).toMatchObject({
      userErrors: [
        { code: 'INVALID_INPUT', field: 'municipalityId' },
        { code: 'INVALID_INPUT', field: 'associationId' },
      ],
    });
  });
});

describe('paged officials and members', () => {
  it('pages an association’s members with a total, and reads every parent in one statement', async () => {
    const query = `{ associations(first: 10) { totalCount nodes { acronym membersConnection(first: 1) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } } } }`;
    subgraph.database.statements.reset();
    const result = await subgraph.execute<{
      associations: { totalCount: number; nodes: { acronym: string; membersConnection: { totalCount: number; nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }[] };
    }>({ query });
    expect(result.errors).toBeUndefined();
    // associations, their count, one page of members for all of them, one count of members for all of them
    expect(subgraph.database.statements.count).toBe(4);
    const byAcronym = new Map(result.data!.associations.nodes.map((n) => [n.acronym, n.membersConnection]));
    expect(result.data!.associations.totalCount).toBe(7);
    const femp = byAcronym.get('FEMP')!;
    const memberships = await subgraph.database.db.select().from(tables.associationMembers);
    const fempCount = memberships.filter((r) => r.associationId === a.femp).length;
    expect(femp.totalCount).toBe(fempCount);
    expect(femp.nodes).toHaveLength(Math.min(1, fempCount));

    const next = await subgraph.execute<{ association: { membersConnection: { nodes: { name: string }[] } } }>({
      query: `query($id: ID!, $after: String) { association(id: $id) { membersConnection(first: 5, after: $after) { nodes { name } } } }`,
      variables: { id: a.nlcs, after: byAcronym.get('NLC/S')!.pageInfo.endCursor },
    });
    expect(next.data?.association.membersConnection.nodes).toEqual([]);
  });

  it('pages a municipality’s officials by name with a total', async () => {
    const registered = await subgraph.database.db
      .insert(tables.officials)
      .values(['Ama Mensah', 'Kofi Boateng'].map((fullName) => ({ municipalityId: m.agonaWest, fullName, position: 'Planner', mandate: 'STAFF' as const, functionArea: 'URBAN_PLANNING' as const })))
      .returning();
    expect(registered).toHaveLength(2);
    const page = `query($id: ID!, $after: String) { municipality(id: $id) { officialsConnection(first: 2, after: $after) { totalCount nodes { fullName } pageInfo { hasNextPage endCursor } } } }`;
    type Page = { municipality: { officialsConnection: { totalCount: number; nodes: { fullName: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
    const first = await subgraph.execute<Page>({ query: page, variables: { id: m.agonaWest } });
    expect(first.data?.municipality.officialsConnection).toMatchObject({
      totalCount: 3,
      nodes: [{ fullName: 'Ama Mensah' }, { fullName: 'George Freeman' }],
      pageInfo: { hasNextPage: true },
    });
    const second = await subgraph.execute<Page>({ query: page, variables: { id: m.agonaWest, after: first.data?.municipality.officialsConnection.pageInfo.endCursor } });
    expect(second.data?.municipality.officialsConnection).toMatchObject({ totalCount: 3, nodes: [{ fullName: 'Kofi Boateng' }], pageInfo: { hasNextPage: false } });
  });

  it('counts the directory lists with their filters', async () => {
    const result = await subgraph.execute({
      query: `{ municipalities(filter: { countryCode: "ES" }, first: 1) { totalCount } officials(filter: { search: "freeman" }) { totalCount } }`,
    });
    expect(result.data).toEqual({ municipalities: { totalCount: 2 }, officials: { totalCount: 1 } });
  });
});
