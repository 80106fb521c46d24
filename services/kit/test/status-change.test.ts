// applyTransition, tested once for every service: over a store kept in memory, since
// what it promises is the order of the steps, not how a service's rows are written.
import { describe, expect, it } from 'vitest';
import { defineLifecycle } from '../src/lifecycle.ts';
import { Refusal } from '../src/mutation.ts';
import { applyTransition, type Moved, type StatusWrite, type Transition, type TransitionStore } from '../src/status-change.ts';

type Status = 'PLANNED' | 'RUNNING' | 'DONE' | 'CANCELLED';
const lifecycle = defineLifecycle<Status>('visit', {
  PLANNED: ['RUNNING', 'CANCELLED'],
  RUNNING: ['DONE', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
});

interface Visit {
  id: string;
  status: Status;
}

/** A store of visits that notes every step, in order. */
function storeOf(...visits: Visit[]) {
  const rows = new Map(visits.map((v) => [v.id, { ...v }]));
  const steps: string[] = [];
  const written: StatusWrite<Status>[] = [];
  const store: TransitionStore<Visit, Status> = {
    async lock(id) {
      steps.push(`lock ${id}`);
      const row = rows.get(id);
      return row ? { ...row } : null;
    },
    async write(row, change) {
      steps.push(`write ${change.from}→${change.to}`);
      written.push(change);
      rows.get(row.id)!.status = change.to;
      return change.at ?? new Date('2026-05-01T10:00:00Z');
    },
  };
  return { store, rows, steps, written };
}

const missing = { code: 'NOT_FOUND', message: 'Visit v9 was not found', field: 'visitId' };

/** Moves visit v1 to `to` as the secretariat, with whatever else the test gives. */
function move(store: TransitionStore<Visit, Status>, to: Status, more: Partial<Transition<Visit, Status>> = {}) {
  return applyTransition({ lifecycle, store, id: 'v1', to, actor: 'STAFF', missing, ...more });
}

async function refusalOf(run: Promise<unknown>) {
  const error = await run.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(Refusal);
  return (error as Refusal).userErrors;
}

describe('applyTransition', () => {
  it('locks the row, asks the table, checks, writes and then records, answering what moved', async () => {
    const { store, rows, steps, written } = storeOf({ id: 'v1', status: 'PLANNED' });
    const recorded: Moved<Visit, Status>[] = [];
    const moved = await move(store, 'RUNNING', {
      check: (row) => void steps.push(`check ${row.status}`),
      record: async (m) => void recorded.push(m),
    });
    expect(moved).toEqual({ row: { id: 'v1', status: 'PLANNED' }, from: 'PLANNED', to: 'RUNNING', at: new Date('2026-05-01T10:00:00Z') });
    expect(recorded).toEqual([moved]);
    expect(steps).toEqual(['lock v1', 'check PLANNED', 'write PLANNED→RUNNING']);
    expect(written).toEqual([{ from: 'PLANNED', to: 'RUNNING', actor: 'STAFF', reason: null }]);
    expect(rows.get('v1')?.status).toBe('RUNNING');
  });

  it('writes the reason and the time it is given', async () => {
    const { store, written } = storeOf({ id: 'v1', status: 'RUNNING' });
    const at = new Date('2026-04-01T08:00:00Z');
    const moved = await move(store, 'CANCELLED', { actor: 'SYSTEM', reason: 'The host withdrew', at });
    expect(written).toEqual([{ from: 'RUNNING', to: 'CANCELLED', actor: 'SYSTEM', reason: 'The host withdrew', at }]);
    expect(moved.at).toEqual(at);
  });

  it('refuses a move the table does not list with its TransitionRefusal, writing and recording nothing', async () => {
    const { store, steps } = storeOf({ id: 'v1', status: 'DONE' });
    let recorded = false;
    const errors = await refusalOf(move(store, 'RUNNING', { record: async () => void (recorded = true) }));
    expect(errors).toEqual([
      { code: 'TRANSITION_NOT_ALLOWED', message: 'A visit in status DONE cannot move to RUNNING: it is final.', field: 'status', current: 'DONE', allowed: [] },
    ]);
    expect(steps).toEqual(['lock v1']);
    expect(recorded).toBe(false);
  });

  it('refuses a row that does not exist with the refusal the service gives', async () => {
    const { store } = storeOf();
    expect(await refusalOf(move(store, 'RUNNING', { id: 'v9' }))).toEqual([missing]);
  });

  it('lets the further check refuse before anything is written', async () => {
    const { store, steps } = storeOf({ id: 'v1', status: 'PLANNED' });
    const baseline = { code: 'BASELINE_MISSING', message: 'No baseline yet', field: 'visitId' };
    const errors = await refusalOf(
      move(store, 'RUNNING', {
        check: () => {
          throw new Refusal([baseline]);
        },
      }),
    );
    expect(errors).toEqual([baseline]);
    expect(steps).toEqual(['lock v1']);
  });
});
