import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '@connect/kit';
import { operation, startTestPlatform, type TestPlatform } from './support/platform.ts';

interface Overview {
  request: {
    id: string;
    reference: string;
    title: string;
    status: string;
    topics: { code: string; label: string }[];
    requestingMunicipality: { name: string; countryCode: string };
    matches: {
      rank: number;
      score: number;
      status: string;
      factors: { factor: string; contribution: number; explanation: string }[];
      official: { fullName: string; position: string; municipality: { name: string; countryCode: string } };
    }[];
    exchanges: {
      format: string;
      status: string;
      startsOn: string;
      endsOn: string;
      associations: { name: string }[];
      evaluations: { phase: string; overallRating: number }[];
      outcomes: { kind: string; description: string }[];
      bestPractices: { title: string; status: string }[];
    }[];
  } | null;
}

const RequestOverview = operation('RequestOverview');
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform({ transport: 'in-process' });
});
afterAll(() => platform?.dispose());

describe('RequestOverview through the gateway', () => {
  it('tells the Agona West sanitation story with data from all five services', async () => {
    const result = await platform.query<Overview>(RequestOverview, { id: demo.requests.agonaWestSanitation });
    expect(result.errors).toBeUndefined();
    const request = result.data!.request!;

    // requests
    expect(request).toMatchObject({ reference: 'REQ-2017-0001', status: 'COMPLETED' });
    // knowledge: topics with labels
    expect(request.topics.map((t) => t.code)).toEqual(['sanitation', 'solid-waste', 'public-health']);
    expect(request.topics.find((t) => t.code === 'sanitation')?.label).toBe('Sanitation');
    // municipalities
    expect(request.requestingMunicipality).toEqual({ name: 'Agona West', countryCode: 'GH' });

    // matching, with officials and their municipalities from municipalities
    expect(request.matches.map((m) => m.rank)).toEqual([1, 2, 3]);
    expect(request.matches[0]!.official).toEqual({
      fullName: 'Pieter van Dijk',
      position: 'Senior Adviser, Sanitation and Sewerage',
      municipality: { name: 'Deventer', countryCode: 'NL' },
    });
    expect(request.matches.map((m) => m.official.municipality.countryCode)).not.toContain('GH');
    for (const match of request.matches) {
      expect(match.factors).toHaveLength(6);
      const sum = match.factors.reduce((s, f) => s + f.contribution, 0);
      expect(sum).toBeCloseTo(match.score, 3);
      for (const factor of match.factors) expect(factor.explanation.length).toBeGreaterThan(20);
    }
    const scores = request.matches.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    // exchanges, with associations from municipalities and best practices from knowledge
    expect(request.exchanges).toHaveLength(1);
    const exchange = request.exchanges[0]!;
    expect(exchange).toMatchObject({ format: 'EXPERT_ASSIGNMENT', status: 'COMPLETED', startsOn: '2017-04-03', endsOn: '2017-06-30' });
    expect(exchange.associations.map((a) => a.name)).toContain('National Association of Local Authorities of Ghana');
    expect(new Set(exchange.evaluations.map((e) => e.phase))).toEqual(new Set(['BEFORE', 'DURING', 'AFTER']));
    expect(exchange.outcomes.find((o) => o.kind === 'PLAN_ADOPTED')?.description).toMatch(/joint sanitation management plan/i);
    expect(exchange.bestPractices).toEqual([
      { title: 'Building a joint sanitation management plan with every stakeholder at the table', status: 'PUBLISHED' },
    ]);
  });

  it('answers for a request at every other status, with what exists so far', async () => {
    // Drafts are visible to their municipality and the secretariat only: ask as staff.
    for (const id of Object.values(demo.requests)) {
      const result = await platform.query<Overview>(RequestOverview, { id }, { role: 'STAFF' });
      expect(result.errors).toBeUndefined();
      expect(result.data?.request?.id).toBe(id);
      expect(result.data?.request?.requestingMunicipality.name).toBeTruthy();
    }
    const statuses = await platform.query<{ requests: { nodes: { status: string }[] } }>(
      `{ requests(first: 100) { nodes { status } } }`,
      {},
      { role: 'STAFF' },
    );
    expect(new Set(statuses.data!.requests.nodes.map((r) => r.status))).toEqual(
      new Set(['DRAFT', 'SUBMITTED', 'VALIDATED', 'REJECTED', 'MATCHED', 'IN_EXCHANGE', 'COMPLETED', 'CLOSED', 'WITHDRAWN']),
    );
  });

  it('returns null for an unknown request and a coded error for a malformed id', async () => {
    const unknown = await platform.query<Overview>(RequestOverview, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.request).toBeNull();
    const malformed = await platform.query<Overview>(RequestOverview, { id: 'REQ-2017-0001' });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
