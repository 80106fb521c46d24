// The one way a mutation moves a match: locked, checked against the lifecycle table,
// written with its history row. Refusals name where the match stands and where it may go.
import { refuse, Refusal, type Executor } from '@connect/kit';
import { MatchingRepository, type MatchChange } from './db/repository.ts';
import type { MatchRow } from './db/tables.ts';
import { nextStatus } from './lifecycle.ts';

/** The match as it was before the change. */
export async function changeMatchStatus(tx: Executor, matchId: string, change: MatchChange): Promise<MatchRow> {
  const matching = new MatchingRepository(tx);
  const match = await matching.matchForUpdate(matchId);
  if (!match) refuse('NOT_FOUND', `Match ${matchId} does not exist.`, 'matchId');
  const step = nextStatus(match.status, change.to);
  if (!step.ok) throw new Refusal([step.refusal]);
  await matching.changeStatus(match, change);
  return match;
}
