// Implausible windows: a window that starts before 2000 (a slip such as 0001-01-01) or
// starts or ends before today is refused when drafting, changing and submitting, and
// the secretariat does not validate a request whose window has already ended.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { requests as requestsTable } from '../src/db/tables.ts';
import { draftInput, official, requestsSuite, staff } from './fixtures/requests.ts';

const client = requestsSuite();
const george = official('georgeFreeman');

/** A day relative to today, YYYY-MM-DD (UTC). */
function day(offset: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

/** Sets a request's window behind the API's back, as time passing would. */
async function age(requestId: string, window: { earliestStart?: string | null; latestEnd?: string | null }) {
  await client.subgraph.database.db.update(requestsTable).set(window).where(eq(requestsTable.id, requestId));
}

describe('implausible windows', () => {
  it('refuses a draft whose window starts before 2000 or starts or ends in the past, naming each end, and writes nothing', async () => {
    const before = await client.requestCount();
    expect(await client.refused('draftRequest', draftInput({ earliestStart: '0001-01-01', latestEnd: day(30) }), george)).toEqual([
      expect.objectContaining({ code: 'DATE_IMPLAUSIBLE', field: 'earliestStart' }),
    ]);
    expect(await client.refused('draftRequest', draftInput({ earliestStart: day(-1), latestEnd: day(-1 + 1) }), george)).toEqual([
      expect.objectContaining({ code: 'DATE_IN_PAST', field: 'earliestStart' }),
    ]);
    expect(await client.refused('draftRequest', draftInput({ earliestStart: null, latestEnd: day(-2) }), george)).toEqual([
      expect.objectContaining({ code: 'DATE_IN_PAST', field: 'latestEnd' }),
    ]);
    expect(await client.requestCount()).toBe(before);
    // Today is not past, and an open window is fine.
    expect((await client.draft(george, { earliestStart: day(0), latestEnd: day(60) })).earliestStart).toBe(day(0));
    expect((await client.draft(george, { earliestStart: null, latestEnd: null })).latestEnd).toBeNull();
  });

  it('refuses a change of a draft that moves an end into the past', async () => {
    const draft = await client.draft(george, { earliestStart: day(10), latestEnd: day(100) });
    await client.expectNothingChanged(draft.id, async () => {
      expect(await client.refused('updateRequest', { requestId: draft.id, earliestStart: day(-10) }, george)).toEqual([
        expect.objectContaining({ code: 'DATE_IN_PAST', field: 'earliestStart' }),
      ]);
      expect(await client.refused('updateRequest', { requestId: draft.id, latestEnd: '1999-12-31' }, george)).toEqual([
        expect.objectContaining({ code: 'INVALID_INPUT', field: 'latestEnd' }),
        expect.objectContaining({ code: 'DATE_IMPLAUSIBLE', field: 'latestEnd' }),
      ]);
    });
  });

  it('refuses to submit a draft whose window has passed since it was drafted', async () => {
    const draft = await client.draft(george, { earliestStart: day(10), latestEnd: day(100) });
    await age(draft.id, { earliestStart: day(-5) });
    await client.expectNothingChanged(draft.id, async () => {
      expect(await client.refused('submitRequest', { requestId: draft.id }, george)).toEqual([
        expect.objectContaining({ code: 'DATE_IN_PAST', field: 'earliestStart' }),
      ]);
    });
  });

  it('refuses to validate a request whose window has ended, but validates one that has only started', async () => {
    const ended = await client.draft(george, { earliestStart: day(10), latestEnd: day(100) });
    await client.succeed('submitRequest', { requestId: ended.id }, george);
    await age(ended.id, { earliestStart: day(-100), latestEnd: day(-1) });
    await client.expectNothingChanged(ended.id, async () => {
      expect(await client.refused('validateRequest', { requestId: ended.id, criteriaChecked: ['DEMAND_DRIVEN'] }, staff)).toEqual([
        expect.objectContaining({ code: 'DATE_IN_PAST', field: 'latestEnd' }),
      ]);
    });
    await age(ended.id, { latestEnd: day(1) });
    expect((await client.succeed('validateRequest', { requestId: ended.id, criteriaChecked: ['DEMAND_DRIVEN'] }, staff)).status).toBe('VALIDATED');
  });
});
