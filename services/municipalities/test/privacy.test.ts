// Personal data in the directory: who sees contact details (the secretariat, the
// official, their exchange partners as exchange events told this service), the
// personal data export, and erasure.
import { randomUUID } from 'node:crypto';
import { asc, gt } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { demo, type EventPayloads, type EventType, type Viewer } from '@connect/kit';
import { startTestSubgraph, type TestSubgraph } from '@connect/kit/testing';
import { ProjectionRepository } from '../src/db/projections.ts';
import * as tables from '../src/db/tables.ts';
import { municipalities, type Context } from '../src/server.ts';

let subgraph: TestSubgraph<Context>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(municipalities, { seedDemo: true });
  // Who shares the demo exchanges, as the exchanges seed's ExchangeStarted events tell it.
  await subgraph.events.deliver(
    envelope('ExchangeStarted', {
      exchangeId: x.agonaWestSanitation,
      requestId: demo.requests.agonaWestSanitation,
      participantOfficialIds: [o.georgeFreeman, o.pieterVanDijk, o.martaIbanez],
      at: '2017-04-03T08:00:00.000Z',
    }),
  );
  await subgraph.events.deliver(
    envelope('ExchangeStarted', {
      exchangeId: x.villaDeLeyvaEcotourism,
      requestId: demo.requests.villaDeLeyvaEcotourism,
      participantOfficialIds: [o.javierMoreno, o.andreaGomez],
      at: '2026-11-16T08:00:00.000Z',
    }),
  );
});
afterAll(() => subgraph?.dispose());
afterEach(() => vi.restoreAllMocks());

const o = demo.officials;
const x = demo.exchanges;
const staff: Viewer = { role: 'STAFF' };
const official = (officialId: string): Viewer => ({ role: 'OFFICIAL', officialId });
const others: [string, Viewer][] = [
  ['an association', { role: 'ASSOCIATION', associationId: demo.associations.nalag }],
  ['a donor', { role: 'DONOR' }],
  ['an anonymous reader', { role: 'ANONYMOUS' }],
  ['an official of another exchange', official(o.andreaGomez)],
  ['an official of no exchange', official(o.sokhaChan)],
];

const contactOf = `query($id: ID!) { official(id: $id) { fullName email phone } }`;

function envelope<T extends EventType>(type: T, payload: EventPayloads[T]) {
  return { id: randomUUID(), type, source: 'exchanges', occurredAt: new Date().toISOString(), payload };
}

function refusedPaths(errors: readonly { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] | undefined) {
  return (errors ?? []).map((e) => [e.path?.join('.'), e.extensions?.code]);
}

describe('contact details', () => {
  it('are shown to the participants of an exchange the official takes part in', async () => {
    const result = await subgraph.execute({ query: contactOf, variables: { id: o.georgeFreeman } }, official(o.pieterVanDijk));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ official: { fullName: 'George Freeman', email: 'george.freeman@agonawest.example', phone: '+233 32 000 707' } });
  });

  it.each(others)('are refused to %s with FORBIDDEN at their path, while the rest resolves', async (_, viewer) => {
    const result = await subgraph.execute({ query: contactOf, variables: { id: o.georgeFreeman } }, viewer);
    expect(result.data).toEqual({ official: { fullName: 'George Freeman', email: null, phone: null } });
    expect(refusedPaths(result.errors)).toEqual([
      ['official.email', 'FORBIDDEN'],
      ['official.phone', 'FORBIDDEN'],
    ]);
  });

  it('are decided for a whole list of officials with one lookup of exchange partners', async () => {
    const lookup = vi.spyOn(ProjectionRepository.prototype, 'exchangePartnersAmong');
    const result = await subgraph.execute<{ officials: { nodes: { id: string; email: string | null }[] } }>(
      { query: `{ officials(first: 50) { nodes { id email phone } } }` },
      official(o.martaIbanez),
    );
    expect(lookup).toHaveBeenCalledTimes(1);
    const visible = result.data!.officials.nodes.filter((n) => n.email !== null).map((n) => n.id).sort();
    expect(visible).toEqual([o.georgeFreeman, o.martaIbanez, o.pieterVanDijk].sort());
    expect(result.errors).toHaveLength(2 * (result.data!.officials.nodes.length - 3));
    expect(new Set(result.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
  });

  it('open to the participants of an exchange once its start is announced, and a second delivery changes nothing', async () => {
    const asSokha = () => subgraph.execute({ query: contactOf, variables: { id: o.anoukJansen } }, official(o.sokhaChan));
    expect(refusedPaths((await asSokha()).errors)).toEqual([
      ['official.email', 'FORBIDDEN'],
      ['official.phone', 'FORBIDDEN'],
    ]);
    const exchangeId = randomUUID();
    const started = envelope('ExchangeStarted', { exchangeId, requestId: randomUUID(), participantOfficialIds: [o.sokhaChan, o.anoukJansen], at: new Date().toISOString() });
    expect(await subgraph.events.deliver(started)).toBe(true);
    const seen = await asSokha();
    expect(seen.errors).toBeUndefined();
    expect(seen.data).toEqual({ official: { fullName: 'Anouk Jansen', email: 'a.jansen@hoorn.example', phone: '+31 229 000 404' } });

    const projection = () => subgraph.database.db.select().from(tables.exchangeParticipants).orderBy(asc(tables.exchangeParticipants.exchangeId), asc(tables.exchangeParticipants.officialId));
    const before = await projection();
    expect(await subgraph.events.deliver(started)).toBe(false);
    const completed = envelope('ExchangeCompleted', {
      exchangeId, requestId: randomUUID(), title: 'Riverside planning', hostMunicipalityId: demo.municipalities.battambang,
      municipalityIds: [], participantOfficialIds: [o.anoukJansen, o.sokhaChan], topics: [], at: new Date().toISOString(),
    });
    expect(await subgraph.events.deliver(completed)).toBe(true);
    expect(await projection()).toEqual(before);
  });

  it('stay open to the participants of a cancelled exchange, which the cancellation alone may announce', async () => {
    const exchangeId = randomUUID();
    await subgraph.events.deliver(envelope('ExchangeCancelled', { exchangeId, requestId: randomUUID(), participantOfficialIds: [o.javierMoreno, o.graceNamutebi], reason: 'Visa refused', at: new Date().toISOString() }));
    const result = await subgraph.execute({ query: contactOf, variables: { id: o.graceNamutebi } }, official(o.javierMoreno));
    expect(result.errors).toBeUndefined();
  });

  it('come from the exchange events of the demo story', async () => {
    const rows = await subgraph.database.db.select().from(tables.exchangeParticipants);
    expect(rows.filter((r) => r.exchangeId === x.agonaWestSanitation).map((r) => r.officialId).sort()).toEqual([o.georgeFreeman, o.martaIbanez, o.pieterVanDijk].sort());
    expect(rows.filter((r) => r.exchangeId === x.villaDeLeyvaEcotourism).map((r) => r.officialId).sort()).toEqual([o.andreaGomez, o.javierMoreno].sort());
  });
});

const exportQuery = `{ exportMyData { officialId exportedAt municipalities } }`;
type Export = { exportMyData: { officialId: string; exportedAt: string; municipalities: Record<string, unknown> } | null };

describe('exportMyData', () => {
  it('gives an official everything the directory holds about them', async () => {
    const result = await subgraph.execute<Export>({ query: exportQuery }, official(o.georgeFreeman));
    expect(result.errors).toBeUndefined();
    const data = result.data!.exportMyData!;
    expect(data.officialId).toBe(o.georgeFreeman);
    expect(Number.isNaN(Date.parse(data.exportedAt))).toBe(false);
    expect(data.municipalities).toMatchObject({
      official: { id: o.georgeFreeman, fullName: 'George Freeman', email: 'george.freeman@agonawest.example', phone: '+233 32 000 707', languages: ['en'] },
      municipality: { id: demo.municipalities.agonaWest, name: 'Agona West' },
      exchangesShared: [x.agonaWestSanitation],
    });
  });

  it.each([
    ['staff', staff, 'FORBIDDEN'],
    ['an association', { role: 'ASSOCIATION', associationId: demo.associations.nalag } as Viewer, 'FORBIDDEN'],
    ['a donor', { role: 'DONOR' } as Viewer, 'FORBIDDEN'],
    ['an anonymous reader', { role: 'ANONYMOUS' } as Viewer, 'UNAUTHENTICATED'],
  ])('is refused to %s', async (_, viewer, code) => {
    const result = await subgraph.execute<Export>({ query: exportQuery }, viewer);
    expect(result.data?.exportMyData ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('refuses, through _entities, an export of somebody else', async () => {
    const result = await subgraph.execute({
      query: `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalDataExport { municipalities } } }`,
      variables: { reps: [{ __typename: 'PersonalDataExport', officialId: o.georgeFreeman }] },
    }, official(o.pieterVanDijk));
    expect(JSON.stringify(result.data)).not.toContain('george');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

const eraseDocument = `mutation($input: EraseOfficialInput!) { eraseOfficial(input: $input) {
  official { id fullName position languages email phone } userErrors { code message field } } }`;

async function erase(officialId: string, viewer: Viewer) {
  const result = await subgraph.execute<{ eraseOfficial: { official: Record<string, unknown> | null; userErrors: { code: string; field: string | null }[] } }>(
    { query: eraseDocument, variables: { input: { officialId } } },
    viewer,
  );
  return { errors: result.errors, payload: result.data?.eraseOfficial };
}

async function directoryState() {
  const db = subgraph.database.db;
  return {
    officials: await db.select().from(tables.officials).orderBy(asc(tables.officials.id)),
    events: await db.select().from(tables.outbox).orderBy(asc(tables.outbox.position)),
  };
}

describe('eraseOfficial', () => {
  it.each([
    ['the official themselves', official(o.graceNamutebi), 'FORBIDDEN'],
    ['an association', { role: 'ASSOCIATION', associationId: demo.associations.ulga } as Viewer, 'FORBIDDEN'],
    ['a donor', { role: 'DONOR' } as Viewer, 'FORBIDDEN'],
    ['an anonymous caller', { role: 'ANONYMOUS' } as Viewer, 'UNAUTHENTICATED'],
  ])('is refused to %s, and nothing changes', async (_, viewer, code) => {
    const before = await directoryState();
    const { errors } = await erase(o.graceNamutebi, viewer);
    expect(errors?.[0]?.extensions?.code).toBe(code);
    expect(await directoryState()).toEqual(before);
  });

  it('refuses unknown and malformed ids in its payload, and nothing changes', async () => {
    const before = await directoryState();
    expect((await erase(randomUUID(), staff)).payload?.userErrors.map((e) => [e.code, e.field])).toEqual([['NOT_FOUND', 'officialId']]);
    expect((await erase('42', staff)).payload?.userErrors.map((e) => [e.code, e.field])).toEqual([['INVALID_INPUT', 'officialId']]);
    expect(await directoryState()).toEqual(before);
  });

  it('anonymises the official, records OfficialErased, and leaves nothing personal in their export', async () => {
    const position = (await directoryState()).events.at(-1)?.position ?? 0;
    const { errors, payload } = await erase(o.graceNamutebi, staff);
    expect(errors).toBeUndefined();
    expect(payload).toEqual({
      official: { id: o.graceNamutebi, fullName: 'Erased official', position: '—', languages: [], email: null, phone: null },
      userErrors: [],
    });
    const recorded = await subgraph.database.db
      .select({ type: tables.outbox.type, payload: tables.outbox.payload })
      .from(tables.outbox)
      .where(gt(tables.outbox.position, position));
    expect(recorded).toEqual([{ type: 'OfficialErased', payload: { officialId: o.graceNamutebi } }]);

    const exported = await subgraph.execute<Export>({ query: exportQuery }, official(o.graceNamutebi));
    const text = JSON.stringify(exported.data);
    for (const personal of ['Grace', 'Namutebi', 'grace.namutebi@jinja.example', '+256 43 000 808', 'Principal Waste Management Officer']) {
      expect(text).not.toContain(personal);
    }
    expect(exported.data?.exportMyData?.municipalities).toMatchObject({ official: { fullName: 'Erased official', email: null, phone: null, languages: [] } });
  });

  it('refuses to erase twice', async () => {
    const before = await directoryState();
    expect((await erase(o.graceNamutebi, staff)).payload?.userErrors.map((e) => e.code)).toEqual(['OFFICIAL_ERASED']);
    expect(await directoryState()).toEqual(before);
  });
});
