// An association of a participating municipality, or the secretariat, documents a
// lesson of a completed exchange as a draft. Topics default to those of the request
// the exchange answered; municipalities are the exchange's.
import { actorOf, InputCheck, isTopicCode, refuse, requireRole, type Transaction } from '@connect/kit';
import { associationOf, requireMayDocument } from '../../access.ts';
import { LessonRepository } from '../../db/projections.ts';
import { KnowledgeRepository } from '../../db/repository.ts';
import type { Context } from '../../context.ts';
import type { MutationDocumentBestPracticeArgs } from '../../generated/resolvers.ts';
import { practicePayload } from '../../payloads.ts';

const maxTopics = 10;

export async function documentBestPractice(_: unknown, { input }: MutationDocumentBestPracticeArgs, ctx: Context) {
  requireRole(ctx.viewer, ['ASSOCIATION', 'STAFF'], 'document best practices');
  await requireMayDocument(ctx.viewer, ctx.lessons, input.exchangeId);
  const outcome = await ctx.mutate(
    { operation: 'documentBestPractice', input, idempotencyKey: input.idempotencyKey },
    async (tx) => {
      const check = new InputCheck();
      const exchangeId = check.id(input.exchangeId, 'exchangeId');
      const title = check.text(input.title, 'title', 200);
      const summary = check.text(input.summary, 'summary', 2000);
      const body = check.text(input.body, 'body', 50_000);
      const language = check.language(input.language, 'language');
      const named = input.topics == null ? null : topicCodes(check, input.topics);
      check.done();

      const lesson = await new LessonRepository(tx).lessonOfExchange(exchangeId!);
      if (!lesson) {
        refuse('EXCHANGE_NOT_COMPLETED', `Exchange ${exchangeId} has not been completed, so it has no lesson to document yet`, 'exchangeId');
      }
      const repository = new KnowledgeRepository(tx);
      const author = associationOf(ctx.viewer);
      await refuseIfDocumented(repository, lesson.exchangeId, author);
      const topics = await knownTopics(repository, named ?? lesson.topics, named !== null);
      const id = await documentOnce(tx, lesson.exchangeId, author, (savepoint) => new KnowledgeRepository(savepoint).documentBestPractice(
        {
          title: title!,
          summary: summary!,
          body: body!,
          language: language!,
          sourceExchangeId: lesson.exchangeId,
          documentingAssociationId: author,
          topics,
          municipalityIds: lesson.municipalityIds,
        },
        { actor: actorOf(ctx.viewer), reason: null, at: new Date() },
      ));
      return { id };
    },
  );
  return practicePayload(ctx, outcome);
}

/** One practice per exchange per author (an association, or the secretariat): a second is refused, naming the first. */
async function refuseIfDocumented(repository: KnowledgeRepository, exchangeId: string, author: string | null): Promise<void> {
  const existing = await repository.practiceOfAuthor(exchangeId, author);
  if (existing) {
    refuse(
      'ALREADY_DOCUMENTED',
      `${author ? `Association ${author}` : 'The secretariat'} already documents exchange ${exchangeId} as best practice ${existing.id} ("${existing.title}", ${existing.status}); edit that one instead`,
      'exchangeId',
    );
  }
}

/**
 * Writes the draft in a savepoint, so that when a concurrent documenting of the same
 * exchange by the same author committed first (the unique key
 * best_practice_exchange_association_key refuses this insert), the transaction can
 * still read that practice and refuse as ALREADY_DOCUMENTED, as the sequential case does.
 */
async function documentOnce(tx: Transaction, exchangeId: string, author: string | null, write: (savepoint: Transaction) => Promise<string>): Promise<string> {
  try {
    return await tx.transaction((savepoint) => write(savepoint as Transaction));
  } catch (error) {
    if (!isUniqueViolation(error, 'best_practice_exchange_association_key')) throw error;
    await refuseIfDocumented(new KnowledgeRepository(tx), exchangeId, author);
    throw error;
  }
}

/** Whether the error (or one it wraps, as drizzle does) is Postgres's unique_violation of that constraint. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e instanceof Error || (typeof e === 'object' && e !== null); e = (e as { cause?: unknown }).cause) {
    const { code, constraint: name, message } = e as { code?: unknown; constraint?: unknown; message?: unknown };
    if (code === '23505' && (name === constraint || (typeof message === 'string' && message.includes(constraint)))) return true;
    if ((e as { cause?: unknown }).cause === e) break;
  }
  return false;
}

/** The distinct, well-formed codes the caller named: 1 to 10. */
export function topicCodes(check: InputCheck, topics: readonly string[]): string[] | null {
  const codes = [...new Set(topics.map((t) => t.trim().toLowerCase()))];
  if (codes.length === 0) return check.refuse('INVALID_INPUT', 'Name at least one topic, or omit topics to take those of the exchange', 'topics');
  if (codes.length > maxTopics) return check.refuse('INVALID_INPUT', `A best practice has at most ${maxTopics} topics`, 'topics');
  const malformed = codes.filter((c) => !isTopicCode(c));
  if (malformed.length > 0) return check.refuse('UNKNOWN_TOPIC', `Not topics of the taxonomy: ${malformed.join(', ')}`, 'topics');
  return codes;
}

/**
 * Topic codes that exist in the taxonomy. Codes the caller named must all exist; the
 * exchange's own codes are taken as far as the taxonomy knows them.
 */
export async function knownTopics(repository: KnowledgeRepository, codes: readonly string[], named: boolean): Promise<string[]> {
  const known = new Set((await repository.topicsByCodes(codes)).map((t) => t.code));
  const unknown = codes.filter((c) => !known.has(c));
  if (named && unknown.length > 0) refuse('UNKNOWN_TOPIC', `Not topics of the taxonomy: ${unknown.join(', ')}`, 'topics');
  const topics = codes.filter((c) => known.has(c));
  if (topics.length === 0) refuse('INVALID_INPUT', 'The exchange brings no topic of the taxonomy; name at least one', 'topics');
  return topics;
}
