// `pnpm seed:synthetic`'s world, small: every service holds the same municipalities,
// officials and benchmark requests (the owners write them, the others learn them by
// event), the same seed writes the same rows and events, a second world is refused, and a benchmark request goes through the gateway from matching to a
// planned exchange, with the directory's names on every peer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphName } from '@connect/gateway';
import { fillSyntheticWorld, seedSyntheticWorld, SyntheticWorldPresent, type ServiceDatabases } from '@connect/platform';
import type { Viewer } from '@connect/kit';
import { IDEAL_PEERS_PER_REQUEST, runOn, type BenchmarkCase, type FillOptions, type RunSql } from '@connect/kit/synthetic';
import { clientFor, ok } from './support/client.ts';
import { startTestPlatform, type TestPlatform } from './support/platform.ts';

const size: FillOptions = { seed: 7, municipalities: 100, officials: 300 };
const staff: Viewer = { role: 'STAFF' };
const names: SubgraphName[] = ['municipalities', 'requests', 'matching', 'exchanges', 'knowledge'];
/** The services that own a part of the world; the others only learn it by event. */
const owners: SubgraphName[] = ['municipalities', 'requests', 'matching'];

let platform: TestPlatform;
let cases: BenchmarkCase[];
beforeAll(async () => {
  platform = await startTestPlatform({
    seedDemo: false,
    prepare: async (storage) => {
      ({ cases } = await seedSyntheticWorld(storage, { ...size, seedDemo: true }));
    },
  });
  await platform.settle();
  // The five services start twice (to seed, then to serve), and the world's events travel
  // in between: on PGlite folders of a busy machine that takes minutes.
}, 400_000);
afterAll(() => platform?.dispose());

const databases = () => Object.fromEntries(names.map((name) => [name, runOn(platform.subgraph(name).database.db)])) as Record<SubgraphName, RunSql>;

/** Rows of one service as `key → value` lines, for comparing services that share no table. */
async function pairs(service: SubgraphName, query: string): Promise<Map<string, string>> {
  const rows = (await databases()[service](query)) as { key: string; value: string }[];
  return new Map(rows.map((r) => [r.key, r.value]));
}

describe('the synthetic world in every service', () => {
  it('has every official of matching’s pool in the directory, in the same municipality, and the other projections agree', async () => {
    const directory = await pairs('municipalities', `select id::text as key, municipality_id::text as value from municipalities.official`);
    expect(directory.size).toBeGreaterThan(size.officials);
    const pool = await pairs('matching', `select official_id::text as key, municipality_id::text as value from matching.pool_official`);
    expect(pool).toEqual(directory);
    expect(await pairs('requests', `select official_id::text as key, municipality_id::text as value from requests.known_official`)).toEqual(directory);
    expect(await pairs('knowledge', `select official_id::text as key, municipality_id::text as value from knowledge.official_municipality`)).toEqual(directory);
  });

  it('has every municipality of matching’s pool in the directory, with the same country, kind, population and languages', async () => {
    const describe = (table: string, id: string) =>
      `select ${id}::text as key, concat_ws('|', name, country_code, kind, population, array_to_string(languages, ',')) as value from ${table}`;
    const directory = await pairs('municipalities', describe('municipalities.municipality', 'id'));
    expect(directory.size).toBeGreaterThan(size.municipalities);
    expect(await pairs('matching', describe('matching.pool_municipality', 'municipality_id'))).toEqual(directory);
    const countries = await pairs('exchanges', `select municipality_id::text as key, country_code as value from exchanges.known_municipality`);
    expect(countries).toEqual(new Map([...directory].map(([id, value]) => [id, value.split('|')[1]!])));
  });

  it('gives every synthetic official a name and a work address at the example domain', async () => {
    const rows = (await databases().municipalities(
      `select full_name, email from municipalities.official where id::text like '0000000%' order by id limit 20`,
    )) as { full_name: string; email: string }[];
    expect(rows).toHaveLength(20);
    for (const row of rows) {
      expect(row.full_name).toMatch(/^\S+ \S+$/);
      expect(row.email).toMatch(/^[a-z]+\.\d+@synthetic\.example$/);
    }
  });

  it('holds the benchmark requests as validated in requests, open in matching and known to exchanges', async () => {
    const ids = cases.map((c) => `'${c.request.requestId}'`).join(',');
    const inRequests = await pairs(
      'requests',
      `select r.id::text as key, concat_ws('|', r.reference, r.status, r.municipality_id, v.decision, (select string_agg(t.to_status::text, ',' order by t.at) from requests.request_transition t where t.request_id = r.id)) as value
         from requests.request r join requests.request_validation v on v.request_id = r.id where r.id in (${ids})`,
    );
    const expected = new Map(cases.map((c) => [c.request.requestId, `${c.reference}|VALIDATED|${c.request.municipality.municipalityId}|VALIDATED|DRAFT,SUBMITTED,VALIDATED`]));
    expect(inRequests).toEqual(expected);
    const inMatching = await pairs(
      'matching',
      `select request_id::text as key, concat_ws('|', reference, municipality_id) as value from matching.pool_request where request_id in (${ids}) and withdrawn_at is null`,
    );
    expect(inMatching).toEqual(new Map(cases.map((c) => [c.request.requestId, `${c.reference}|${c.request.municipality.municipalityId}`])));
    const inExchanges = await pairs('exchanges', `select request_id::text as key, status as value from exchanges.request_fact where request_id in (${ids})`);
    expect(inExchanges).toEqual(new Map(cases.map((c) => [c.request.requestId, 'VALIDATED'])));
  });

  it('sits beside the demo story, whose seed a later start leaves alone', async () => {
    const [row] = (await databases().requests(`select count(*)::int as n from requests.request where reference like 'REQ-2017-%'`)) as { n: number }[];
    expect(row!.n).toBeGreaterThan(0);
  });
});

describe('seeding', () => {
  /** Every statement a fill sends to each service, without a database. */
  async function recorded(seed: number): Promise<Record<string, string[]>> {
    const sent: Record<string, string[]> = {};
    const recorders = Object.fromEntries(
      owners.map((name) => {
        sent[name] = [];
        return [name, async (statement: string) => (sent[name]!.push(statement), [])];
      }),
    ) as unknown as ServiceDatabases;
    await fillSyntheticWorld(recorders, { ...size, seed });
    return sent;
  }

  it('writes the same rows for the same seed, and other rows for another', async () => {
    const first = await recorded(7);
    expect(await recorded(7)).toEqual(first);
    for (const name of owners) expect(first[name]!.length).toBeGreaterThan(0);
    expect(first.requests!.some((statement) => statement.startsWith('insert into requests.outbox'))).toBe(true);
    expect((await recorded(8)).municipalities).not.toEqual(first.municipalities);
  });

  it('refuses databases that already hold a synthetic world', async () => {
    await expect(fillSyntheticWorld(databases(), size)).rejects.toThrow(SyntheticWorldPresent);
  });
});

describe('a benchmark request through the gateway', () => {
  const run = `mutation($id: ID!) { runMatching(input: { requestId: $id }) {
    request { reference status contact { fullName } requestingMunicipality { name } topics { code label }
      matches { id rank official { id fullName municipality { name countryCode } } } }
    userErrors { code message } } }`;

  it('is matched to its planted peers, named by the directory, and one of them can be proposed, accept and be planned', async () => {
    const c = cases[0]!;
    const as = clientFor(platform, 'in-process');
    const result = ok(await as(staff)<any>(run, { id: c.request.requestId })).runMatching;
    expect(result.userErrors).toEqual([]);
    const request = result.request;
    expect(request).toMatchObject({ reference: c.reference, status: 'VALIDATED', requestingMunicipality: { name: c.request.municipality.name } });
    expect(request.topics.map((t: { code: string }) => t.code)).toEqual(c.request.topics);
    for (const topic of request.topics) expect(topic.label, `${topic.code} is a topic of the taxonomy`).toBeTruthy();
    expect(request.contact.fullName).toBeTruthy();
    const matches = request.matches as { id: string; rank: number; official: { id: string; fullName: string; municipality: { name: string; countryCode: string } } }[];
    expect(matches.length).toBeGreaterThanOrEqual(IDEAL_PEERS_PER_REQUEST);
    for (const m of matches) {
      expect(m.official.fullName).toBeTruthy();
      expect(m.official.municipality.countryCode).not.toBe('NL');
    }
    const top10 = matches.filter((m) => m.rank <= 10).map((m) => m.official.id);
    expect(c.idealPeers.filter((id) => top10.includes(id))).toHaveLength(IDEAL_PEERS_PER_REQUEST);

    const best = matches.find((m) => m.rank === 1)!;
    const proposed = ok(await as(staff)<any>(`mutation($id: ID!) { proposeMatch(input: { matchId: $id }) { userErrors { code message } } }`, { id: best.id }));
    expect(proposed.proposeMatch.userErrors).toEqual([]);
    const peer: Viewer = { role: 'OFFICIAL', officialId: best.official.id };
    const accepted = ok(
      await as(peer)<any>(`mutation($id: ID!) { respondToProposal(input: { matchId: $id, accept: true }) { match { status } userErrors { code message } } }`, { id: best.id }),
    );
    expect(accepted.respondToProposal.match.status).toBe('ACCEPTED');
    await platform.settle();
    const status = ok(await as(staff)<any>(`query($id: ID!) { request(id: $id) { status } }`, { id: c.request.requestId }));
    expect(status.request.status).toBe('MATCHED');

    const planned = ok(
      await as(staff)<any>(
        `mutation($input: PlanExchangeInput!) { planExchange(input: $input) { exchange { status } userErrors { code message } } }`,
        {
          input: {
            matchId: best.id,
            title: 'A benchmark exchange',
            format: 'EXPERT_ASSIGNMENT',
            startsOn: '2027-03-01',
            endsOn: '2027-05-31',
            hostMunicipalityId: c.request.municipality.municipalityId,
            participants: [
              { officialId: c.contactOfficialId, role: 'HOST' },
              { officialId: best.official.id, role: 'EXPERT' },
            ],
            // The synthetic world registers no associations; the secretariat says so.
            overrideReason: 'Benchmark world without local government associations',
          },
        },
      ),
    );
    expect(planned.planExchange.userErrors).toEqual([]);
    expect(planned.planExchange.exchange.status).toBe('PLANNED');
  });
});
