// The requests list and the impact figures tell the same numbers: a list filtered by a
// status, the requester's country and a period holds as many requests as Impact's
// requestsByStatus counts for that status with the same country and period, so a
// dashboard can show what is behind a figure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '@connect/kit';
import { startTestPlatform, type TestPlatform } from './support/platform.ts';

const staff: Viewer = { role: 'STAFF' };

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform();
  // The demo's municipalities (and their countries) reach requests and exchanges by event.
  await platform.settle();
});
afterAll(() => platform?.dispose());

const impactQuery = `query($filter: ImpactFilter) { impact(filter: $filter) { requestsByStatus { status count } } }`;
const listQuery = `query($filter: RequestFilter) { requests(filter: $filter, first: 1) { totalCount } }`;

async function figures(filter: Record<string, unknown>) {
  const result = await platform.query<{ impact: { requestsByStatus: { status: string; count: number }[] } }>(impactQuery, { filter }, staff);
  expect(result.errors).toBeUndefined();
  return result.data!.impact.requestsByStatus;
}

async function listed(filter: Record<string, unknown>): Promise<number> {
  const result = await platform.query<{ requests: { totalCount: number } }>(listQuery, { filter }, staff);
  expect(result.errors).toBeUndefined();
  return result.data!.requests.totalCount;
}

describe("the requests list behind Impact's requests by status", () => {
  it.each([
    { name: 'the whole demo', impact: {}, list: {} },
    { name: 'requests from Uganda', impact: { countryCode: 'UG' }, list: { requesterCountryCode: 'UG' } },
    {
      name: 'requests from Cambodia submitted in 2026',
      impact: { countryCode: 'KH', from: '2026-01-01', to: '2026-12-31' },
      list: { requesterCountryCode: 'KH', submittedFrom: '2026-01-01', submittedTo: '2026-12-31' },
    },
    { name: 'requests submitted in 2017 and 2018', impact: { from: '2017-01-01', to: '2018-12-31' }, list: { submittedFrom: '2017-01-01', submittedTo: '2018-12-31' } },
  ])('counts as many of each status as the list holds: $name', async ({ impact, list }) => {
    const counts = await figures(impact);
    expect(counts.length).toBeGreaterThan(0);
    for (const { status, count } of counts) {
      expect({ status, count: await listed({ ...list, status }) }).toEqual({ status, count });
    }
    // And no status the figure leaves out (none counted) has requests in the list.
    expect(await listed(list)).toBe(counts.reduce((sum, c) => sum + c.count, 0));
  });
});
