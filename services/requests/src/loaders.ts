// The per-request loaders of the requests service: every entity reference and every
// field that reads another row goes through one of these.
import { loaderByKey, loaderOfMany, loaderOfPages, type RequestScope } from '@connect/kit';
import { RequestRepository } from './db/repository.ts';

export function createLoaders(repository: RequestRepository) {
  return {
    request: loaderByKey((ids: readonly string[]) => repository.requestsByIds(ids), (r) => r.id),
    requestByReference: loaderByKey(
      (references: readonly string[]) => repository.requestsByReferences(references),
      (r) => r.reference,
    ),
    validation: loaderByKey((ids: readonly string[]) => repository.validationsOfRequests(ids), (v) => v.requestId),
    history: loaderOfMany((ids: readonly string[]) => repository.historiesOfRequests(ids), (t) => t.requestId),
    requestsOfMunicipality: loaderOfPages(
      (ids: readonly string[], page) => repository.requestsOfMunicipalities(ids, page),
      (r) => r.municipalityId,
    ),
  };
}

export interface Context extends RequestScope {
  requests: RequestRepository;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(scope: RequestScope): Context {
  const requests = new RequestRepository(scope.db);
  return { ...scope, requests, loaders: createLoaders(requests) };
}
