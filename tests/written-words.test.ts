// What people wrote on a record, and who wrote it, is read by those the record concerns;
// the record itself stays public. An evaluation's narrative and author go to the
// secretariat, the officials taking part and the associations involved (donors see
// ratings, in aggregate in impact); a proposed official's answer to the secretariat and
// the official; the notes and reasons on a request to the secretariat, the requesting
// municipality and its associations. Anyone else gets null with FORBIDDEN at that path
// while the rest of the answer resolves, as with contact details.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import { productionMode, startTestPlatform, type TestPlatform } from './support/platform.ts';

let platform: TestPlatform;

const o = demo.officials;
const official = (officialId: string): Viewer => ({ role: 'OFFICIAL', officialId });
const association = (associationId: string): Viewer => ({ role: 'ASSOCIATION', associationId });
const staff: Viewer = { role: 'STAFF' };
const donor: Viewer = { role: 'DONOR' };

type Result<T> = { data?: T | null; errors?: readonly { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] };
/** The paths refused with FORBIDDEN, fields only (list indexes dropped), each once. */
const forbidden = (result: Result<unknown>) => [
  ...new Set(
    (result.errors ?? []).map((e) => {
      expect(e.extensions?.code).toBe('FORBIDDEN');
      return e.path?.filter((p) => typeof p === 'string').join('.');
    }),
  ),
];

beforeAll(async () => {
  // Production mode: what a real deployment answers, masking and all.
  platform = await startTestPlatform(productionMode());
  await platform.settle();
});
afterAll(() => platform?.dispose());

describe('evaluations', () => {
  const query = `query($id: ID!) { exchange(id: $id) { format evaluations { phase overallRating respondentRole narrative author { fullName } authorAssociation { name } } } }`;
  type Answer = { exchange: { format: string; evaluations: { overallRating: number; narrative: string | null; author: unknown }[] } };
  const read = (viewer?: Viewer) => platform.query<Answer>(query, { id: demo.exchanges.agonaWestSanitation }, viewer);

  it.each([
    ['an anonymous caller', undefined],
    ['a donor', donor],
    ['an official of another exchange', official(o.sokhaChan)],
    ['an association not involved', association(demo.associations.ulga)],
  ])('show %s the ratings, not the narratives nor who wrote them', async (_, viewer) => {
    const result = await read(viewer);
    expect(result.data?.exchange.format).toBe('EXPERT_ASSIGNMENT');
    const evaluations = result.data!.exchange.evaluations;
    expect(evaluations.map((e) => e.overallRating)).toEqual([4, 4, 4, 5, 5, 5]);
    expect(evaluations.every((e) => e.narrative === null && e.author === null)).toBe(true);
    expect(forbidden(result).sort()).toEqual(['exchange.evaluations.author', 'exchange.evaluations.authorAssociation', 'exchange.evaluations.narrative']);
  });

  it.each([
    ['the secretariat', staff],
    ['an official taking part', official(o.pieterVanDijk)],
    ['an association involved', association(demo.associations.nalag)],
  ])('give %s the narratives and their authors', async (_, viewer) => {
    const result = await read(viewer);
    expect(result.errors).toBeUndefined();
    const evaluations = result.data!.exchange.evaluations;
    expect(evaluations.filter((e) => e.narrative).length).toBeGreaterThan(0);
    expect(evaluations.filter((e) => e.author).length).toBeGreaterThan(0);
  });
});

describe('answers to proposals', () => {
  const query = `query($id: ID!) { request(id: $id) { matches { rank status official { id } responseNote history { to reason } } } }`;
  type Answer = { request: { matches: { status: string; official: { id: string }; responseNote: string | null }[] } };
  const read = (viewer?: Viewer) => platform.query<Answer>(query, { id: demo.requests.agonaWestSanitation }, viewer);

  it.each([
    ['an anonymous caller', undefined],
    ['the requesting official', official(o.georgeFreeman)],
    ['a donor', donor],
  ])('are not shown to %s, the ranking is', async (_, viewer) => {
    const result = await read(viewer);
    expect(result.data!.request.matches.map((m) => m.status)).toEqual(['ACCEPTED', 'ACCEPTED', 'WITHDRAWN']);
    expect(result.data!.request.matches.every((m) => m.responseNote === null)).toBe(true);
    expect(JSON.stringify(result.data)).not.toContain('Glad to help');
    expect(forbidden(result).sort()).toEqual(['request.matches.history.reason', 'request.matches.responseNote']);
  });

  it('are shown to the official who answered, and only their own', async () => {
    const result = await read(official(o.pieterVanDijk));
    const own = result.data!.request.matches.find((m) => m.official.id === o.pieterVanDijk)!;
    expect(own.responseNote).toMatch(/^Glad to help/);
    const others = result.data!.request.matches.filter((m) => m.official.id !== o.pieterVanDijk);
    expect(others.every((m) => m.responseNote === null)).toBe(true);
  });

  it('are shown to the secretariat', async () => {
    const result = await read(staff);
    expect(result.errors).toBeUndefined();
    expect(result.data!.request.matches[0]!.responseNote).toMatch(/^Glad to help/);
  });
});

describe('notes and reasons on a request', () => {
  const query = `query($id: ID!) { request(id: $id) { status validation { decision note } history { to reason } endorsements { note } } }`;
  type Answer = { request: { status: string; validation: { decision: string; note: string | null }; history: { reason: string | null }[]; endorsements: { note: string | null }[] } };

  beforeAll(async () => {
    const endorsed = await platform.query<{ endorseRequest: { userErrors: unknown[] } }>(
      `mutation($input: EndorseRequestInput!) { endorseRequest(input: $input) { userErrors { code message } } }`,
      { input: { requestId: demo.requests.agonaWestDrainage, note: 'NALAG backs this: the drains of Swedru flood every rainy season.' } },
      association(demo.associations.nalag),
    );
    expect(endorsed.errors).toBeUndefined();
    expect(endorsed.data?.endorseRequest.userErrors).toEqual([]);
    const rejected = await platform.query<{ rejectRequest: { userErrors: unknown[] } }>(
      `mutation($input: RejectRequestInput!) { rejectRequest(input: $input) { userErrors { code message } } }`,
      { input: { requestId: demo.requests.agonaWestDrainage, reason: 'A consultant wrote it; ask George Freeman to restate the challenge.' } },
      staff,
    );
    expect(rejected.data?.rejectRequest.userErrors).toEqual([]);
  });

  const read = (viewer?: Viewer) => platform.query<Answer>(query, { id: demo.requests.agonaWestDrainage }, viewer);

  it.each([
    ['an anonymous caller', undefined],
    ['an official of another municipality', official(o.pieterVanDijk)],
    ['a donor', donor],
  ])('are not shown to %s, the decision is', async (_, viewer) => {
    const result = await read(viewer);
    expect(result.data!.request.status).toBe('REJECTED');
    expect(result.data!.request.validation.decision).toBe('REJECTED');
    expect(JSON.stringify(result.data)).not.toMatch(/George Freeman|Swedru/);
    expect(forbidden(result).sort()).toEqual(['request.endorsements.note', 'request.history.reason', 'request.validation.note']);
  });

  it.each([
    ['the secretariat', staff],
    ['an official of the requesting municipality', official(o.georgeFreeman)],
    ['its association', association(demo.associations.nalag)],
  ])('are shown to %s', async (_, viewer) => {
    const result = await read(viewer);
    expect(result.errors).toBeUndefined();
    expect(result.data!.request.validation.note).toMatch(/George Freeman/);
    expect(result.data!.request.endorsements[0]!.note).toMatch(/Swedru/);
    expect(result.data!.request.history.at(-1)!.reason).toMatch(/George Freeman/);
  });
});

describe('exchange histories', () => {
  it('keep their reasons for those the exchange concerns', async () => {
    const query = `{ exchange(id: "${demo.exchanges.agonaWestSanitation}") { history { to reason } } }`;
    const anonymous = await platform.query<{ exchange: { history: { to: string; reason: string | null }[] } }>(query);
    expect(anonymous.data!.exchange.history.map((h) => h.to)).toContain('COMPLETED');
    expect(anonymous.data!.exchange.history.every((h) => h.reason === null)).toBe(true);
    expect(forbidden(anonymous)).toEqual(['exchange.history.reason']);
    const participant = await platform.query<{ exchange: { history: { reason: string | null }[] } }>(query, {}, official(o.georgeFreeman));
    expect(participant.errors).toBeUndefined();
    expect(participant.data!.exchange.history.some((h) => h.reason)).toBe(true);
  });
});
