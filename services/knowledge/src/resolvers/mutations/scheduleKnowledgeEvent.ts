// An association schedules an event it organises, or the secretariat schedules one for
// an association, to share published best practices with its audiences.
import { actorOf, InputCheck, refuse, requireRole } from '@connect/kit';
import { requireOwnEvent } from '../../access.ts';
import { LessonRepository } from '../../db/projections.ts';
import { KnowledgeRepository } from '../../db/repository.ts';
import type { Context } from '../../context.ts';
import type { MutationScheduleKnowledgeEventArgs } from '../../generated/resolvers.ts';
import { knowledgeEventPayload } from '../../payloads.ts';

export const maxPractices = 50;
const yearsAhead = 10;

export async function scheduleKnowledgeEvent(_: unknown, { input }: MutationScheduleKnowledgeEventArgs, ctx: Context) {
  requireRole(ctx.viewer, ['ASSOCIATION', 'STAFF'], 'schedule knowledge events');
  const named = input.organiserAssociationId ?? null;
  const ownAssociation = requireOwnEvent(ctx.viewer, named);
  const outcome = await ctx.mutate(
    { operation: 'scheduleKnowledgeEvent', input, idempotencyKey: input.idempotencyKey },
    async (tx) => {
      const check = new InputCheck();
      const title = check.text(input.title, 'title', 200);
      const location = check.optionalText(input.location, 'location', 200);
      check.day(input.date, 'date', schedulableDays(new Date()));
      const audiences = [...new Set(input.audiences)];
      if (audiences.length === 0) check.refuse('INVALID_INPUT', 'Name at least one audience', 'audiences');
      const practiceIds = check.ids(input.practiceIds, 'practiceIds', maxPractices);
      let organiser = ownAssociation;
      if (!organiser) {
        organiser = named === null
          ? check.refuse('INVALID_INPUT', 'The secretariat names the organising association', 'organiserAssociationId')
          : check.id(named, 'organiserAssociationId');
      }
      check.done();

      if (!ownAssociation && !(await new LessonRepository(tx).knowsAssociation(organiser!))) {
        refuse('NOT_FOUND', `Association ${organiser} is not known: no municipality has joined it`, 'organiserAssociationId');
      }
      const repository = new KnowledgeRepository(tx);
      await requirePublished(repository, practiceIds);
      const id = await repository.scheduleKnowledgeEvent(
        { title: title!, kind: input.kind, date: input.date, location, audiences, organiserAssociationId: organiser!, practiceIds },
        new Date(),
        actorOf(ctx.viewer),
      );
      return { id };
    },
  );
  return knowledgeEventPayload(ctx, outcome);
}

/**
 * The days an event may be scheduled on: from the day it still is somewhere on Earth
 * (the last time zone, UTC-12, is up to twelve hours behind UTC) to ten years ahead.
 */
export function schedulableDays(now: Date): { earliest: string; latest: string } {
  const earliest = new Date(now.getTime() - 12 * 3_600_000).toISOString().slice(0, 10);
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + yearsAhead);
  return { earliest, latest: latest.toISOString().slice(0, 10) };
}

export async function requirePublished(repository: KnowledgeRepository, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const statuses = new Map((await repository.statusesOfBestPractices(ids)).map((p) => [p.id, p.status]));
  const unknown = ids.filter((id) => !statuses.has(id));
  if (unknown.length > 0) refuse('NOT_FOUND', `No best practice ${unknown.join(', ')}`, 'practiceIds');
  const unpublished = ids.filter((id) => statuses.get(id) !== 'PUBLISHED');
  if (unpublished.length > 0) {
    refuse('PRACTICE_NOT_PUBLISHED', `Only published practices are shared at events; not published: ${unpublished.join(', ')}`, 'practiceIds');
  }
}
