// Every change of status the lifecycle table refuses, tried through the mutations on
// the demo story's requests, one in each status: the refusal names where the request
// stands and where it may go, and nothing changes. The same for the two actions that
// are open only in some statuses: changing a draft and endorsing.
import { describe, expect, it } from 'vitest';
import { demo, type Viewer } from '@connect/kit';
import { requestTransitions, type RequestStatus } from '../src/server.ts';
import { association, official, requestsSuite, staff, type MutationName } from './fixtures/requests.ts';

const client = requestsSuite();

const r = demo.requests;

/** A demo request in each status, with an official of its municipality and its association. */
const inStatus: Record<RequestStatus, { id: string; official: Viewer; association: Viewer }> = {
  DRAFT: { id: r.battambangHeritage, official: official('sokhaChan'), association: association('nlcs') },
  SUBMITTED: { id: r.agonaWestDrainage, official: official('georgeFreeman'), association: association('nalag') },
  VALIDATED: { id: r.jinjaWaste, official: official('graceNamutebi'), association: association('ulga') },
  REJECTED: { id: r.jinjaRuralRoads, official: official('graceNamutebi'), association: association('ulga') },
  MATCHED: { id: r.battambangUrbanPlanning, official: official('sokhaChan'), association: association('nlcs') },
  IN_EXCHANGE: { id: r.villaDeLeyvaEcotourism, official: official('andreaGomez'), association: association('fcm') },
  COMPLETED: { id: r.agonaWestSanitation, official: official('georgeFreeman'), association: association('nalag') },
  CLOSED: { id: r.sandgerdiHarbour, official: official('sigrunArnadottir'), association: association('sis') },
  WITHDRAWN: { id: r.villaDeLeyvaWater, official: official('andreaGomez'), association: association('fcm') },
};

/** Each status mutation, the status it moves to, and who may call it. */
const statusMutations: { mutation: MutationName; to: RequestStatus; caller: (s: RequestStatus) => Viewer; input: Record<string, unknown> }[] = [
  { mutation: 'submitRequest', to: 'SUBMITTED', caller: (s) => inStatus[s].official, input: {} },
  { mutation: 'validateRequest', to: 'VALIDATED', caller: () => staff, input: { criteriaChecked: ['DEMAND_DRIVEN'] } },
  { mutation: 'rejectRequest', to: 'REJECTED', caller: () => staff, input: { reason: 'Not what CONNECT does.' } },
  { mutation: 'withdrawRequest', to: 'WITHDRAWN', caller: (s) => inStatus[s].official, input: { reason: 'No longer needed.' } },
];

const statuses = Object.keys(inStatus) as RequestStatus[];

const refusedTransitions = statusMutations.flatMap((m) =>
  statuses.filter((status) => !requestTransitions[status].includes(m.to)).map((status) => [m.mutation, status, m] as const),
);

describe('transitions the lifecycle refuses', () => {
  it('covers every status of the demo story and every refused pair of the four status mutations', async () => {
    for (const status of statuses) expect((await client.request(inStatus[status].id))?.status).toBe(status);
    // 9 statuses × 4 targets, less the 7 allowed moves (DRAFT→SUBMITTED, SUBMITTED→VALIDATED/REJECTED, 4 × →WITHDRAWN)
    expect(refusedTransitions).toHaveLength(36 - 7);
  });

  it.each(refusedTransitions)('%s refuses a %s request, naming where it may go, and changes nothing', async (mutation, status, m) => {
    const { id } = inStatus[status];
    await client.expectNothingChanged(id, async () => {
      const errors = await client.refused(mutation, { requestId: id, ...m.input }, m.caller(status));
      const allowed = requestTransitions[status];
      // A running exchange is the reason a withdrawal is refused then, before the table is asked.
      if (mutation === 'withdrawRequest' && status === 'IN_EXCHANGE') {
        expect(errors).toEqual([expect.objectContaining({ code: 'EXCHANGE_UNDER_WAY', field: 'requestId' })]);
        return;
      }
      expect(errors).toEqual([
        {
          code: 'TRANSITION_NOT_ALLOWED',
          field: 'status',
          message:
            `A request in status ${status} cannot move to ${m.to}: ` +
            (allowed.length === 0 ? 'it is final.' : `it can only move to ${allowed.length === 1 ? allowed[0] : `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}`}.`),
        },
      ]);
    });
  });

  it.each(statuses.filter((s) => s !== 'DRAFT'))('updateRequest refuses to change a %s request: only drafts change', async (status) => {
    const { id, official } = inStatus[status];
    await client.expectNothingChanged(id, async () => {
      expect(await client.refused('updateRequest', { requestId: id, title: 'A new title' }, official)).toEqual([
        {
          code: 'NOT_ALLOWED_IN_STATUS',
          field: 'status',
          message: `A request in status ${status} cannot be changed: only a request in status DRAFT can.`,
        },
      ]);
    });
  });

  it.each(statuses.filter((s) => !['DRAFT', 'SUBMITTED', 'VALIDATED'].includes(s)))(
    'endorseRequest refuses a %s request: only requests under review or validated are endorsed',
    async (status) => {
      const { id, association } = inStatus[status];
      await client.expectNothingChanged(id, async () => {
        expect(await client.refused('endorseRequest', { requestId: id, note: 'We back it.' }, association)).toEqual([
          {
            code: 'NOT_ALLOWED_IN_STATUS',
            field: 'status',
            message: `A request in status ${status} cannot be endorsed: only a request in status SUBMITTED or VALIDATED can.`,
          },
        ]);
      });
    },
  );
});
