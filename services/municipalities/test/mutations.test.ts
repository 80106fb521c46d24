import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, gt } from 'drizzle-orm';
import { demo, type Viewer } from '@connect/kit';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import { municipalities, type Context } from '../src/server.ts';
import * as tables from '../src/db/tables.ts';

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
const nalag: Viewer = { role: 'ASSOCIATION', associationId: a.nalag };
const donor: Viewer = { role: 'DONOR' };
const anonymous: Viewer = { role: 'ANONYMOUS' };

const userErrors = 'userErrors { code message field }';
const officialFields = 'id fullName position mandate functionArea languages email phone municipality { id }';
const documents = {
  registerMunicipality: `mutation($input: RegisterMunicipalityInput!) { registerMunicipality(input: $input) {
    municipality { id name countryCode region kind population languages } ${userErrors} } }`,
  registerAssociation: `mutation($input: RegisterAssociationInput!) { registerAssociation(input: $input) {
    association { id name acronym countryCode } ${userErrors} } }`,
  registerOfficial: `mutation($input: RegisterOfficialInput!) { registerOfficial(input: $input) {
    official { ${officialFields} } ${userErrors} } }`,
  updateOfficial: `mutation($input: UpdateOfficialInput!) { updateOfficial(input: $input) {
    official { ${officialFields} } ${userErrors} } }`,
  joinAssociation: `mutation($input: JoinAssociationInput!) { joinAssociation(input: $input) {
    municipality { id associations { acronym } } association { id members { name } } ${userErrors} } }`,
};
type MutationName = keyof typeof documents;

interface UserError {
  code: string;
  message: string;
  field: string | null;
}
type Payload = { userErrors: UserError[] } & Record<string, Record<string, unknown> | null | UserError[]>;

async function run(name: MutationName, input: Record<string, unknown>, viewer?: Viewer) {
  const result = await subgraph.execute<Record<string, Payload>>({ query: documents[name], variables: { input } }, viewer);
  return { errors: result.errors, payload: result.data?.[name] };
}

/** Every row the directory holds, events included: what "nothing changed" compares. */
async function everything() {
  const db = subgraph.database.db;
  return {
    municipalities: await db.select().from(tables.municipalities).orderBy(asc(tables.municipalities.id)),
    associations: await db.select().from(tables.associations).orderBy(asc(tables.associations.id)),
    memberships: await db.select().from(tables.associationMembers).orderBy(asc(tables.associationMembers.municipalityId)),
    officials: await db.select().from(tables.officials).orderBy(asc(tables.officials.id)),
    events: await db.select().from(tables.outbox).orderBy(asc(tables.outbox.position)),
  };
}

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

/** Runs a mutation that must be refused in its payload, and checks that nothing was written. */
async function expectRefused(name: MutationName, input: Record<string, unknown>, viewer: Viewer = staff) {
  const before = await everything();
  const { errors, payload } = await run(name, input, viewer);
  expect(errors).toBeUndefined();
  const { userErrors, ...entities } = payload!;
  expect(Object.values(entities).every((entity) => entity === null)).toBe(true);
  expect(await everything()).toEqual(before);
  return userErrors;
}

const tamale = {
  name: 'Tamale',
  countryCode: 'GH',
  region: 'Northern Region',
  kind: 'CITY',
  population: 374_000,
  languages: ['en'],
};

describe('the demo seed', () => {
  it('records the story as events: every municipality, association, official and membership', async () => {
    const events = await eventsAfter(0);
    const count = (type: string) => events.filter((e) => e.type === type).length;
    expect(count('MunicipalityRegistered')).toBe(Object.keys(m).length);
    expect(count('OfficialRegistered')).toBe(Object.keys(o).length);
    expect(count('MunicipalityJoinedAssociation')).toBe(9);
    expect(count('AssociationRegistered')).toBe(Object.keys(a).length);
    expect(events.find((e) => e.type === 'MunicipalityRegistered' && (e.payload as { municipalityId: string }).municipalityId === m.agonaWest)?.payload).toEqual({
      municipalityId: m.agonaWest,
      name: 'Agona West',
      countryCode: 'GH',
      kind: 'DISTRICT',
      population: 115_000,
      languages: ['en'],
    });
    expect(events).toContainEqual({ type: 'MunicipalityJoinedAssociation', payload: { municipalityId: m.agonaWest, associationId: a.nalag } });
  });

  it('never lets contact details travel in an event', async () => {
    const events = JSON.stringify(await eventsAfter(0));
    expect(events).not.toContain('@');
    expect(events).not.toContain('+233');
    expect(events).not.toContain('Freeman');
  });
});

describe('who may change the directory', () => {
  const staffOnly: [MutationName, Record<string, unknown>][] = [
    ['registerMunicipality', tamale],
    ['registerAssociation', { name: 'Ghana Association of Districts', countryCode: 'GH' }],
    [
      'registerOfficial',
      { municipalityId: m.jinja, fullName: 'Okello Peter', position: 'Town Clerk', mandate: 'STAFF', functionArea: 'GENERAL_MANAGEMENT', languages: ['en'] },
    ],
    ['joinAssociation', { municipalityId: m.jinja, associationId: a.ulga }],
  ];
  const notStaff: [string, Viewer, string][] = [
    ['an anonymous reader', anonymous, 'UNAUTHENTICATED'],
    ['an official', george, 'FORBIDDEN'],
    ['an association', nalag, 'FORBIDDEN'],
    ['a donor', donor, 'FORBIDDEN'],
  ];

  for (const [name, input] of staffOnly) {
    it.each(notStaff)(`${name} is refused to %s, and nothing is written`, async (_, viewer, code) => {
      const before = await everything();
      const { errors, payload } = await run(name, input, viewer);
      expect(errors?.[0]?.extensions?.code).toBe(code);
      expect(payload).toBeUndefined();
      expect(await everything()).toEqual(before);
    });
  }

  const notAllowedToUpdate: [string, Viewer, Record<string, unknown>, string][] = [
    ['an anonymous reader', anonymous, { officialId: o.georgeFreeman, position: 'Mayor' }, 'UNAUTHENTICATED'],
    ['an association', nalag, { officialId: o.georgeFreeman, position: 'Mayor' }, 'FORBIDDEN'],
    ['a donor', donor, { officialId: o.georgeFreeman, position: 'Mayor' }, 'FORBIDDEN'],
    ['another official', pieter, { officialId: o.georgeFreeman, position: 'Mayor' }, 'FORBIDDEN'],
    ['an official with no official bound to the token', { role: 'OFFICIAL' }, { officialId: o.georgeFreeman, position: 'Mayor' }, 'FORBIDDEN'],
    ['the official changing their own mandate', george, { officialId: o.georgeFreeman, mandate: 'ELECTED' }, 'FORBIDDEN'],
    ['the official moving to another municipality', george, { officialId: o.georgeFreeman, municipalityId: m.jinja }, 'FORBIDDEN'],
    ['the official clearing their municipality', george, { officialId: o.georgeFreeman, municipalityId: null }, 'FORBIDDEN'],
  ];
  it.each(notAllowedToUpdate)('updateOfficial is refused to %s, and nothing is written', async (_, viewer, input, code) => {
    const before = await everything();
    const { errors, payload } = await run('updateOfficial', input, viewer);
    expect(errors?.[0]?.extensions?.code).toBe(code);
    expect(payload).toBeUndefined();
    expect(await everything()).toEqual(before);
  });
});

describe('registerMunicipality', () => {
  it('adds a municipality to the directory and tells the other services', async () => {
    const position = await lastEventPosition();
    const { errors, payload } = await run('registerMunicipality', { ...tamale, countryCode: 'gh', languages: ['EN'] }, staff);
    expect(errors).toBeUndefined();
    expect(payload?.userErrors).toEqual([]);
    const municipality = payload?.municipality as { id: string };
    expect(municipality).toEqual({ id: expect.any(String), name: 'Tamale', countryCode: 'GH', region: 'Northern Region', kind: 'CITY', population: 374_000, languages: ['en'] });

    const listed = await subgraph.execute({ query: `{ municipalities(filter: { countryCode: "GH" }) { nodes { name } } }` });
    expect(listed.data).toEqual({ municipalities: { nodes: [{ name: 'Agona West' }, { name: 'Tamale' }] } });
    expect(await eventsAfter(position)).toEqual([
      {
        type: 'MunicipalityRegistered',
        payload: { municipalityId: municipality.id, name: 'Tamale', countryCode: 'GH', kind: 'CITY', population: 374_000, languages: ['en'] },
      },
    ]);
  });

  it('refuses a municipality already in the directory, whatever the case of its name', async () => {
    const errors = await expectRefused('registerMunicipality', { ...tamale, name: 'TAMALE', region: 'northern region' });
    expect(errors).toEqual([{ code: 'ALREADY_REGISTERED', message: expect.stringContaining('already in the directory'), field: 'name' }]);
  });

  it('refuses unknown countries and languages, a negative population and blank names, all at once', async () => {
    const errors = await expectRefused('registerMunicipality', {
      ...tamale,
      name: ' ',
      countryCode: 'XX',
      population: -5,
      languages: ['en', 'xx'],
    });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', 'name'],
      ['INVALID_INPUT', 'countryCode'],
      ['INVALID_INPUT', 'population'],
      ['INVALID_INPUT', 'languages'],
    ]);
  });

  it.each([
    ['a region code that is no country', { countryCode: 'EU' }, 'countryCode'],
    ['an alpha-3 country code', { countryCode: 'GHA' }, 'countryCode'],
    ['no language', { languages: [] }, 'languages'],
    ['a retired language code', { languages: ['iw'] }, 'languages'],
    ['a name over 200 characters', { name: 'T'.repeat(201) }, 'name'],
    ['a blank region', { region: '  ' }, 'region'],
  ])('refuses %s', async (_, change, field) => {
    const errors = await expectRefused('registerMunicipality', { ...tamale, name: 'Bolgatanga', ...change });
    expect(errors).toEqual([{ code: 'INVALID_INPUT', message: expect.any(String), field }]);
  });
});

describe('registerAssociation', () => {
  it('adds an association to the directory and records AssociationRegistered', async () => {
    const position = await lastEventPosition();
    const { payload } = await run('registerAssociation', { name: ' Ghana Association of Districts ', acronym: 'GAD', countryCode: 'gh' }, staff);
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.association).toEqual({ id: expect.any(String), name: 'Ghana Association of Districts', acronym: 'GAD', countryCode: 'GH' });
    const id = (payload?.association as { id: string }).id;
    expect(await eventsAfter(position)).toEqual([
      { type: 'AssociationRegistered', payload: { associationId: id, name: 'Ghana Association of Districts', countryCode: 'GH', at: expect.any(String) } },
    ]);
  });

  it('refuses an association already registered in that country, and invalid input', async () => {
    expect(await expectRefused('registerAssociation', { name: 'vereniging van nederlandse gemeenten', countryCode: 'NL' })).toEqual([
      { code: 'ALREADY_REGISTERED', message: expect.any(String), field: 'name' },
    ]);
    const invalid = await expectRefused('registerAssociation', { name: '', acronym: 'A'.repeat(21), countryCode: 'ZZ' });
    expect(invalid.map((e) => e.field)).toEqual(['name', 'acronym', 'countryCode']);
  });
});

describe('registerOfficial', () => {
  const okello = {
    municipalityId: m.jinja,
    fullName: 'Okello Peter',
    position: 'Town Clerk',
    mandate: 'STAFF',
    functionArea: 'GENERAL_MANAGEMENT',
    languages: ['en', 'sw'],
    email: 'okello.peter@jinja.example',
    phone: '+256 43 000 909',
  };

  it('adds an official to a municipality; the event carries the profile, never the contact details', async () => {
    const position = await lastEventPosition();
    const { payload } = await run('registerOfficial', okello, staff);
    expect(payload?.userErrors).toEqual([]);
    const official = payload?.official as { id: string };
    const { municipalityId, ...asSent } = okello;
    expect(official).toEqual({ id: expect.any(String), ...asSent, municipality: { id: municipalityId } });
    expect(await eventsAfter(position)).toEqual([
      {
        type: 'OfficialRegistered',
        payload: { officialId: official.id, municipalityId: m.jinja, position: 'Town Clerk', mandate: 'STAFF', functionArea: 'GENERAL_MANAGEMENT', languages: ['en', 'sw'] },
      },
    ]);
  });

  it('registers an official without contact details', async () => {
    const { payload } = await run('registerOfficial', { ...okello, fullName: 'Nakato Sarah', email: null, phone: undefined }, staff);
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.official).toMatchObject({ fullName: 'Nakato Sarah', email: null, phone: null });
  });

  it('refuses an unknown municipality', async () => {
    const errors = await expectRefused('registerOfficial', { ...okello, municipalityId: '00000000-0000-4000-8000-000000000000' });
    expect(errors).toEqual([{ code: 'NOT_FOUND', message: expect.any(String), field: 'municipalityId' }]);
  });

  it('refuses a malformed municipality id, a bad email, a bad phone and unknown languages together', async () => {
    const errors = await expectRefused('registerOfficial', {
      ...okello,
      municipalityId: 'jinja',
      email: 'okello.peter',
      phone: '0434 000 909',
      languages: ['luganda'],
    });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', 'municipalityId'],
      ['INVALID_INPUT', 'languages'],
      ['INVALID_INPUT', 'email'],
      ['INVALID_INPUT', 'phone'],
    ]);
  });
});

describe('updateOfficial', () => {
  const update = (input: Record<string, unknown>, viewer: Viewer = staff) => run('updateOfficial', { officialId: o.georgeFreeman, ...input }, viewer);

  it('lets the official keep their own profile and contact details current', async () => {
    const position = await lastEventPosition();
    const { errors, payload } = await update({ position: 'Municipal Director of Environmental Health', languages: ['en', 'fr'], phone: '+233 32 000 777' }, george);
    expect(errors).toBeUndefined();
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.official).toMatchObject({
      position: 'Municipal Director of Environmental Health',
      languages: ['en', 'fr'],
      phone: '+233 32 000 777',
      email: 'george.freeman@agonawest.example',
      mandate: 'STAFF',
    });
    expect(await eventsAfter(position)).toEqual([
      {
        type: 'OfficialUpdated',
        payload: {
          officialId: o.georgeFreeman,
          municipalityId: m.agonaWest,
          position: 'Municipal Director of Environmental Health',
          mandate: 'STAFF',
          functionArea: 'ENVIRONMENT_AND_HEALTH',
          languages: ['en', 'fr'],
        },
      },
    ]);
  });

  it('clears contact details with an explicit null, telling no other service', async () => {
    const position = await lastEventPosition();
    const { payload } = await update({ email: null }, staff);
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.official).toMatchObject({ email: null, phone: '+233 32 000 777' });
    expect(await eventsAfter(position)).toEqual([]);
  });

  it('leaves out what is not sent: an empty change changes nothing and records nothing', async () => {
    const before = await everything();
    const { payload } = await update({}, staff);
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.official).toMatchObject({ id: o.georgeFreeman, fullName: 'George Freeman' });
    expect(await everything()).toEqual(before);
  });

  it('lets the secretariat change the mandate and move an official to another municipality', async () => {
    const position = await lastEventPosition();
    const { payload } = await run('updateOfficial', { officialId: o.sigrunArnadottir, mandate: 'STAFF', municipalityId: m.vitoriaGasteiz.toUpperCase() }, staff);
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.official).toMatchObject({ mandate: 'STAFF', municipality: { id: m.vitoriaGasteiz } });
    const events = await eventsAfter(position);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'OfficialUpdated', payload: { officialId: o.sigrunArnadottir, municipalityId: m.vitoriaGasteiz, mandate: 'STAFF' } });
  });

  it('refuses an unknown official or municipality', async () => {
    expect(await expectRefused('updateOfficial', { officialId: '00000000-0000-4000-8000-000000000000', position: 'Mayor' })).toEqual([
      { code: 'NOT_FOUND', message: expect.any(String), field: 'officialId' },
    ]);
    expect(await expectRefused('updateOfficial', { officialId: o.georgeFreeman, municipalityId: '00000000-0000-4000-8000-000000000000' })).toEqual([
      { code: 'NOT_FOUND', message: expect.any(String), field: 'municipalityId' },
    ]);
  });

  it('refuses to remove what an official cannot do without, and invalid contact details', async () => {
    const errors = await expectRefused(
      'updateOfficial',
      { officialId: o.georgeFreeman, fullName: null, position: '', mandate: null, functionArea: null, languages: null, municipalityId: null, email: 'george@', phone: '+1' },
    );
    expect(errors.map((e) => e.field)).toEqual(['fullName', 'position', 'mandate', 'functionArea', 'languages', 'municipalityId', 'email', 'phone']);
    expect(errors.every((e) => e.code === 'INVALID_INPUT')).toBe(true);
  });

  it('refuses the official an invalid change of their own profile as data, not as an error', async () => {
    const errors = await expectRefused('updateOfficial', { officialId: o.georgeFreeman, languages: ['klingon'] }, george);
    expect(errors).toEqual([{ code: 'INVALID_INPUT', message: expect.any(String), field: 'languages' }]);
  });
});

describe('joinAssociation', () => {
  let tarragona: string;
  beforeAll(async () => {
    const { payload } = await run(
      'registerMunicipality',
      { name: 'Tarragona', countryCode: 'ES', region: 'Catalonia', kind: 'CITY', population: 135_000, languages: ['ca', 'es'] },
      staff,
    );
    tarragona = (payload?.municipality as { id: string }).id;
  });

  it('makes a municipality a member of its national association and tells the other services', async () => {
    const position = await lastEventPosition();
    const { payload } = await run('joinAssociation', { municipalityId: tarragona, associationId: a.femp }, staff);
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.municipality).toEqual({ id: tarragona, associations: [{ acronym: 'FEMP' }] });
    expect(payload?.association).toEqual({ id: a.femp, members: [{ name: 'Ronda' }, { name: 'Tarragona' }, { name: 'Vitoria-Gasteiz' }] });
    expect(await eventsAfter(position)).toEqual([
      { type: 'MunicipalityJoinedAssociation', payload: { municipalityId: tarragona, associationId: a.femp } },
    ]);
  });

  it('refuses joining twice', async () => {
    const errors = await expectRefused('joinAssociation', { municipalityId: tarragona, associationId: a.femp });
    expect(errors).toEqual([{ code: 'ALREADY_MEMBER', message: 'Tarragona is already a member of FEMP', field: 'associationId' }]);
  });

  it('refuses an association of another country', async () => {
    const errors = await expectRefused('joinAssociation', { municipalityId: tarragona, associationId: a.vng });
    expect(errors).toEqual([{ code: 'COUNTRY_MISMATCH', message: expect.stringContaining('Tarragona is in ES'), field: 'associationId' }]);
  });

  it('refuses unknown and malformed ids', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await expectRefused('joinAssociation', { municipalityId: unknown, associationId: a.femp })).toEqual([
      { code: 'NOT_FOUND', message: expect.any(String), field: 'municipalityId' },
    ]);
    expect(await expectRefused('joinAssociation', { municipalityId: tarragona, associationId: unknown })).toEqual([
      { code: 'NOT_FOUND', message: expect.any(String), field: 'associationId' },
    ]);
    expect((await expectRefused('joinAssociation', { municipalityId: 'tarragona', associationId: 'femp' })).map((e) => e.field)).toEqual([
      'municipalityId',
      'associationId',
    ]);
  });
});

describe('idempotency of registrations', () => {
  const creations: [MutationName, string, Record<string, unknown>, Record<string, unknown>][] = [
    ['registerMunicipality', 'municipality', { ...tamale, name: 'Kumasi', region: 'Ashanti' }, { population: 443_981 }],
    ['registerAssociation', 'association', { name: 'Association of Icelandic Towns', countryCode: 'IS' }, { acronym: 'AIT' }],
    [
      'registerOfficial',
      'official',
      { municipalityId: m.hoorn, fullName: 'Jan de Boer', position: 'Water Board Liaison', mandate: 'STAFF', functionArea: 'WATER_AND_SANITATION', languages: ['nl'] },
      { languages: ['nl', 'en'] },
    ],
  ];

  it.each(creations)('%s with the same key and input returns the first result and creates nothing more', async (name, entity, input) => {
    const key = `retry-${name}`;
    const first = await run(name, { ...input, idempotencyKey: key }, staff);
    expect(first.payload?.userErrors).toEqual([]);
    const afterFirst = await everything();
    const again = await run(name, { ...input, idempotencyKey: key }, staff);
    expect(again.payload?.userErrors).toEqual([]);
    expect((again.payload?.[entity] as { id: string }).id).toBe((first.payload?.[entity] as { id: string }).id);
    expect(await everything()).toEqual(afterFirst);
  });

  it.each(creations)('%s with the same key and another input is refused as IDEMPOTENCY_KEY_REUSED', async (name, _, input, change) => {
    const errors = await expectRefused(name, { ...input, ...change, idempotencyKey: `retry-${name}` });
    expect(errors).toEqual([{ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String), field: 'idempotencyKey' }]);
  });

  it('leaves the key of a refused registration free for the corrected one', async () => {
    const key = 'cape-coast-first-try';
    const capeCoast = { ...tamale, name: 'Cape Coast', region: 'Central Region', idempotencyKey: key };
    await expectRefused('registerMunicipality', { ...capeCoast, countryCode: 'GHA' });
    const { payload } = await run('registerMunicipality', capeCoast, staff);
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.municipality).toMatchObject({ name: 'Cape Coast', countryCode: 'GH' });
  });
});
