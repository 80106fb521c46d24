// The one way a match moves, for mutations and event handlers alike: a declaration on
// the kit's applyTransition (locked, checked against the lifecycle table, written with
// its history row). Refusals name where the match stands and where it may go.
import { applyTransition, type EventPayloads, type Executor } from '@connect/kit';
import { MatchingRepository, type MatchChange } from './db/repository.ts';
import type { MatchRow } from './db/tables.ts';
import { nextStatus } from './lifecycle.ts';

/** The match as it was before the change. */
export async function changeMatchStatus(tx: Executor, matchId: string, change: MatchChange): Promise<MatchRow> {
  const matching = new MatchingRepository(tx);
  const moved = await applyTransition({
    lifecycle: { next: nextStatus },
    store: {
      lock: (id) => matching.matchForUpdate(id),
      async write(match, step) {
        await matching.changeStatus(match, { ...change, to: step.to });
        return change.at;
      },
    },
    id: matchId,
    to: change.to,
    actor: change.actor,
    reason: change.reason,
    at: change.at,
    missing: { code: 'NOT_FOUND', message: `Match ${matchId} does not exist.`, field: 'matchId' },
  });
  return moved.row;
}

/** What MatchWithdrawn tells of a match withdrawn by staff or because its request ended. */
export function matchWithdrawn(match: MatchRow, reason: string, at: Date): EventPayloads['MatchWithdrawn'] {
  return { matchId: match.id, requestId: match.requestId, officialId: match.officialId, reason, at: at.toISOString() };
}
