// The directory's history: every change of an entry, written with it, read as
// Municipality.history and Association.history by the secretariat and the entry's own
// people, with field names but never values, and staff shown by the kit's actor rules.
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
const alice: Viewer = { role: 'STAFF', subject: 'alice@secretariat.example' };
const staff: Viewer = { role: 'STAFF' };
const george: Viewer = { role: 'OFFICIAL', officialId: o.georgeFreeman };
const pieter: Viewer = { role: 'OFFICIAL', officialId: o.pieterVanDijk };
const nalag: Viewer = { role: 'ASSOCIATION', associationId: a.nalag };
const vng: Viewer = { role: 'ASSOCIATION', associationId: a.vng };

interface Change {
  kind: string;
  actor: string;
  fields: string[];
  association: { id: string } | null;
  official: { id: string; fullName: string } | null;
}
interface History {
  totalCount: number;
  nodes: Change[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const change = 'kind actor fields association { id } official { id fullName }';
const page = `totalCount nodes { ${change} } pageInfo { hasNextPage endCursor }`;

async function mutate(query: string, variables: Record<string, unknown>, viewer: Viewer = alice) {
  const result = await subgraph.execute<Record<string, { userErrors: { code: string }[] } & Record<string, { id: string } | null>>>(
    { query, variables },
    viewer,
  );
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}

async function municipalityHistory(id: string, viewer: Viewer, args = '') {
  const result = await subgraph.execute<{ municipality: { history: History | null } }>(
    { query: `query($id: ID!) { municipality(id: $id) { history${args} { ${page} } } }`, variables: { id } },
    viewer,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.municipality.history;
}

async function associationHistory(id: string, viewer: Viewer) {
  const result = await subgraph.execute<{ association: { history: History | null } }>(
    { query: `query($id: ID!) { association(id: $id) { history { ${page} } } }`, variables: { id } },
    viewer,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.association.history;
}

const registerMunicipality = `mutation($input: RegisterMunicipalityInput!) { registerMunicipality(input: $input) { municipality { id } userErrors { code } } }`;
const registerAssociation = `mutation($input: RegisterAssociationInput!) { registerAssociation(input: $input) { association { id } userErrors { code } } }`;
const registerOfficial = `mutation($input: RegisterOfficialInput!) { registerOfficial(input: $input) { official { id } userErrors { code } } }`;
const updateOfficial = `mutation($input: UpdateOfficialInput!) { updateOfficial(input: $input) { official { id } userErrors { code } } }`;
const eraseOfficial = `mutation($input: EraseOfficialInput!) { eraseOfficial(input: $input) { official { id } userErrors { code } } }`;
const joinAssociation = `mutation($input: JoinAssociationInput!) { joinAssociation(input: $input) { municipality { id } userErrors { code } } }`;
const leaveAssociation = `mutation($municipalityId: ID!, $associationId: ID!, $key: String) {
  leaveAssociation(municipalityId: $municipalityId, associationId: $associationId, idempotencyKey: $key) { municipality { id } userErrors { code } } }`;
const updateMunicipality = `mutation($id: ID!, $input: UpdateMunicipalityInput!, $key: String) {
  updateMunicipality(id: $id, input: $input, idempotencyKey: $key) { municipality { id } userErrors { code } } }`;

describe('the history of a new municipality and association', () => {
  let municipalityId: string;
  let associationId: string;
  let officialId: string;

  beforeAll(async () => {
    municipalityId = (
      await mutate(registerMunicipality, {
        input: { name: 'Tamale', countryCode: 'GH', region: 'Northern Region', kind: 'CITY', population: 370_000, languages: ['en'] },
      })
    ).municipality!.id;
    associationId = (await mutate(registerAssociation, { input: { name: 'Ghana Association of Districts', acronym: 'GAD', countryCode: 'GH' } })).association!.id;
    officialId = (
      await mutate(registerOfficial, {
        input: { municipalityId, fullName: 'Abena Mensah', position: 'Planner', mandate: 'STAFF', functionArea: 'URBAN_PLANNING', languages: ['en'], email: 'abena@tamale.example' },
      })
    ).official!.id;
    await mutate(joinAssociation, { input: { municipalityId, associationId } });
    // The region is set to what it already is: only the population changes.
    await mutate(updateMunicipality, { id: municipalityId, input: { population: 380_000, region: 'Northern Region' } });
    await mutate(updateOfficial, { input: { officialId, phone: '+233 20 000 0000', email: 'mensah@tamale.example' } }, { role: 'OFFICIAL', officialId });
    await mutate(leaveAssociation, { municipalityId, associationId });
  });

  it("lists every change of the municipality, its memberships and its officials, newest first, with the fields changed", async () => {
    const history = await municipalityHistory(municipalityId, alice);
    expect(history?.totalCount).toBe(6);
    expect(history?.nodes.map((c) => [c.kind, c.fields, c.association?.id ?? null, c.official?.id ?? null])).toEqual([
      ['LEFT_ASSOCIATION', [], associationId, null],
      ['OFFICIAL_UPDATED', ['email', 'phone'], null, officialId],
      ['UPDATED', ['population'], null, null],
      ['JOINED_ASSOCIATION', [], associationId, null],
      ['OFFICIAL_REGISTERED', [], null, officialId],
      ['REGISTERED', [], null, null],
    ]);
  });

  it('lists the association registered, joined and left', async () => {
    const history = await associationHistory(associationId, alice);
    expect(history?.nodes.map((c) => c.kind)).toEqual(['LEFT_ASSOCIATION', 'JOINED_ASSOCIATION', 'REGISTERED']);
    expect(history?.totalCount).toBe(3);
  });

  it('names who did it: staff by name to staff, by pseudonym to the officials of the municipality', async () => {
    const toStaff = await municipalityHistory(municipalityId, staff);
    expect(toStaff?.nodes.map((c) => c.actor)).toEqual([
      'STAFF:alice@secretariat.example',
      `OFFICIAL:${officialId}`,
      ...Array(4).fill('STAFF:alice@secretariat.example'),
    ]);
    const toOfficial = await municipalityHistory(municipalityId, { role: 'OFFICIAL', officialId });
    expect(JSON.stringify(toOfficial)).not.toContain('alice');
    const pseudonyms = new Set(toOfficial?.nodes.map((c) => c.actor).filter((actor) => actor.startsWith('STAFF·')));
    expect([...pseudonyms]).toEqual([expect.stringMatching(/^STAFF·[0-9a-f]{8}$/)]);
  });

  it('keeps no values, only field names, so that nothing personal is left in it', async () => {
    const rows = JSON.stringify(await subgraph.database.db.select().from(tables.directoryChanges));
    for (const value of ['Abena', 'Mensah', '@tamale', '+233', '380000']) expect(rows).not.toContain(value);
  });

  it('shows an erased official as the erased entry, by id, and their own token no longer reads the history', async () => {
    await mutate(eraseOfficial, { input: { officialId } });
    const history = await municipalityHistory(municipalityId, staff);
    expect(history?.nodes[0]).toMatchObject({ kind: 'OFFICIAL_ERASED', official: { id: officialId, fullName: 'Erased official' } });
    const theirs = history?.nodes.filter((c) => c.official?.id === officialId) ?? [];
    expect(theirs.map((c) => c.official?.fullName)).toEqual(Array(3).fill('Erased official'));
    expect(history?.nodes.find((c) => c.kind === 'OFFICIAL_UPDATED')?.actor).toBe(`OFFICIAL:${officialId}`);
    expect(JSON.stringify(history)).not.toContain('Mensah');
    expect(await municipalityHistory(municipalityId, { role: 'OFFICIAL', officialId })).toBeNull();
  });

  it('pages, newest first', async () => {
    const first = await municipalityHistory(municipalityId, staff, '(first: 2)');
    expect(first?.nodes.map((c) => c.kind)).toEqual(['OFFICIAL_ERASED', 'LEFT_ASSOCIATION']);
    expect(first?.pageInfo.hasNextPage).toBe(true);
    const next = await municipalityHistory(municipalityId, staff, `(first: 2, after: "${first?.pageInfo.endCursor}")`);
    expect(next?.nodes.map((c) => c.kind)).toEqual(['OFFICIAL_UPDATED', 'UPDATED']);
  });
});

describe('who reads a history', () => {
  beforeAll(async () => {
    await mutate(updateMunicipality, { id: m.agonaWest, input: { population: 130_000 } }, george);
  });

  it("is the secretariat and the municipality's own officials; others read null, without an error", async () => {
    expect((await municipalityHistory(m.agonaWest, staff))?.nodes[0]).toMatchObject({ kind: 'UPDATED', fields: ['population'], actor: `OFFICIAL:${o.georgeFreeman}` });
    expect((await municipalityHistory(m.agonaWest, george))?.totalCount).toBeGreaterThan(0);
    for (const viewer of [pieter, nalag, { role: 'DONOR' }, { role: 'ANONYMOUS' }] as Viewer[]) {
      expect(await municipalityHistory(m.agonaWest, viewer)).toBeNull();
    }
  });

  it('is in the personal data export of the official who made the change', async () => {
    const result = await subgraph.execute<{ exportMyData: { municipalities: { directoryChanges: { kind: string; municipalityId: string; fields: string[] }[] } } }>(
      { query: '{ exportMyData { municipalities } }' },
      george,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.exportMyData.municipalities.directoryChanges).toEqual([
      expect.objectContaining({ kind: 'UPDATED', municipalityId: m.agonaWest, fields: ['population'], actor: `OFFICIAL:${o.georgeFreeman}` }),
    ]);
  });

  it("is the secretariat and the association itself for an association's history", async () => {
    await mutate(leaveAssociation, { municipalityId: m.hoorn, associationId: a.vng });
    expect((await associationHistory(a.vng, vng))?.nodes[0]).toMatchObject({ kind: 'LEFT_ASSOCIATION' });
    for (const viewer of [nalag, george, { role: 'DONOR' }, { role: 'ANONYMOUS' }] as Viewer[]) {
      expect(await associationHistory(a.vng, viewer)).toBeNull();
    }
  });
});

describe('what is not recorded', () => {
  it('records a change once under one idempotency key, and nothing for a refused change or one that changes nothing', async () => {
    const before = (await municipalityHistory(m.jinja, staff))!.totalCount;
    const variables = { id: m.jinja, input: { population: 450_000 }, key: 'jinja-census' };
    await mutate(updateMunicipality, variables);
    await mutate(updateMunicipality, variables);
    const refused = await mutate(updateMunicipality, { id: m.jinja, input: { population: -1 } });
    expect(refused.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    await mutate(updateMunicipality, { id: m.jinja, input: { population: 450_000 } });
    expect((await municipalityHistory(m.jinja, staff))!.totalCount).toBe(before + 1);
  });
});
