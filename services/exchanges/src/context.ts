// The per-request loaders of the exchanges service: every entity reference and every
// field that reads rows goes through one of these, so a list of any length costs one
// statement per kind of row.
import { loaderByKey, loaderOfMany, type PageRequest, type RequestScope } from '@connect/kit';
import { ImpactFigures } from './db/impact.ts';
import { ExchangeRepository } from './db/repository.ts';
import type { EvaluationPhase } from './db/tables.ts';
import { defaultExchangesSettings, type ExchangesSettings } from './settings.ts';

/** One loader per set of arguments (a page, a phase): each batches every exchange asked with those arguments. */
function perArguments<A, L>(make: (args: A) => L): (args: A) => L {
  const made = new Map<string, L>();
  return (args) => {
    const key = JSON.stringify(args);
    let loader = made.get(key);
    if (!loader) made.set(key, (loader = make(args)));
    return loader;
  };
}

function createLoaders(repository: ExchangeRepository) {
  return {
    exchange: loaderByKey((ids: readonly string[]) => repository.exchangesByIds(ids), (e) => e.id),
    evaluation: loaderByKey((ids: readonly string[]) => repository.evaluationsByIds(ids), (e) => e.id),
    outcome: loaderByKey((ids: readonly string[]) => repository.outcomesByIds(ids), (o) => o.id),
    exchangesOfRequest: loaderOfMany((ids: readonly string[]) => repository.exchangesOfRequests(ids), (e) => e.requestId),
    exchangesHostedBy: loaderOfMany(
      (ids: readonly string[]) => repository.exchangesHostedBy(ids),
      (e) => e.hostMunicipalityId,
    ),
    exchangesOfOfficial: loaderOfMany(
      (ids: readonly string[]) => repository.exchangesOfOfficials(ids),
      (row) => row.officialId,
    ),
    exchangesOfAssociation: loaderOfMany(
      (ids: readonly string[]) => repository.exchangesOfAssociations(ids),
      (row) => row.associationId,
    ),
    participantsOfExchange: loaderOfMany((ids: readonly string[]) => repository.participantsOf(ids), (p) => p.exchangeId),
    associationsOfExchange: loaderOfMany((ids: readonly string[]) => repository.associationsOf(ids), (a) => a.exchangeId),
    evaluationsOfExchange: loaderOfMany((ids: readonly string[]) => repository.evaluationsOf(ids), (e) => e.exchangeId),
    outcomesOfExchange: loaderOfMany((ids: readonly string[]) => repository.outcomesOf(ids), (o) => o.exchangeId),
    evaluationPageOfExchange: perArguments(({ page, phase }: { page: PageRequest; phase: EvaluationPhase | null }) =>
      loaderOfMany((ids: readonly string[]) => repository.evaluationPagesOf(ids, page, phase), (e) => e.exchangeId),
    ),
    evaluationCountOfExchange: perArguments((phase: EvaluationPhase | null) =>
      loaderByKey((ids: readonly string[]) => repository.evaluationCountsOf(ids, phase), (c) => c.exchangeId),
    ),
    correctionsOfEvaluation: loaderOfMany((ids: readonly string[]) => repository.correctionsOfEvaluations(ids), (c) => c.evaluationId),
    correctionsOfOutcome: loaderOfMany((ids: readonly string[]) => repository.correctionsOfOutcomes(ids), (c) => c.outcomeId),
    historyOfExchange: loaderOfMany((ids: readonly string[]) => repository.historiesOf(ids), (t) => t.exchangeId),
  };
}

export interface Context extends RequestScope {
  exchanges: ExchangeRepository;
  /** CORRECTION_WINDOW_DAYS and the like, fixed at start. */
  settings: ExchangesSettings;
  impact: ImpactFigures;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(scope: RequestScope, settings: ExchangesSettings = defaultExchangesSettings): Context {
  const exchanges = new ExchangeRepository(scope.db);
  return { ...scope, exchanges, settings, impact: new ImpactFigures(scope.db), loaders: createLoaders(exchanges) };
}
