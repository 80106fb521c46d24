// The per-request loaders of the exchanges service: every entity reference and every
// field that reads rows goes through one of these, so a list of any length costs one
// statement per kind of row.
import { loaderByKey, loaderOfMany, type RequestScope } from '@connect/kit';
import { ImpactFigures } from './db/impact.ts';
import { ExchangeRepository } from './db/repository.ts';

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
    participantsOfExchange: loaderOfMany((ids: readonly string[]) => repository.participantsOf(ids), (p) => p.exchangeId),
    associationsOfExchange: loaderOfMany((ids: readonly string[]) => repository.associationsOf(ids), (a) => a.exchangeId),
    evaluationsOfExchange: loaderOfMany((ids: readonly string[]) => repository.evaluationsOf(ids), (e) => e.exchangeId),
    outcomesOfExchange: loaderOfMany((ids: readonly string[]) => repository.outcomesOf(ids), (o) => o.exchangeId),
    historyOfExchange: loaderOfMany((ids: readonly string[]) => repository.historiesOf(ids), (t) => t.exchangeId),
  };
}

export interface Context extends RequestScope {
  exchanges: ExchangeRepository;
  impact: ImpactFigures;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(scope: RequestScope): Context {
  const exchanges = new ExchangeRepository(scope.db);
  return { ...scope, exchanges, impact: new ImpactFigures(scope.db), loaders: createLoaders(exchanges) };
}
