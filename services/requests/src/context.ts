// The per-request loaders of the requests service: every entity reference and every
// field that reads another row goes through one of these. The repository they read
// through carries the viewer's visibility, so drafts stay hidden on every path.
import DataLoader from 'dataloader';
import { loaderByKey, loaderOfMany, loaderOfPages, type RequestScope, type Viewer } from '@connect/kit';
import { partiesLoader, visibleTo } from './access.ts';
import { DirectoryProjection } from './db/projections.ts';
import { RequestRepository } from './db/repository.ts';

function createLoaders(repository: RequestRepository, directory: DirectoryProjection, viewer: Viewer) {
  return {
    /** Whether the viewer is a party to the requests of a municipality: who reads the words written on them. */
    partyOfMunicipality: partiesLoader(directory, viewer),
    request: loaderByKey((ids: readonly string[]) => repository.requestsByIds(ids), (r) => r.id),
    requestByReference: loaderByKey(
      (references: readonly string[]) => repository.requestsByReferences(references),
      (r) => r.reference,
    ),
    validation: loaderByKey((ids: readonly string[]) => repository.validationsOfRequests(ids), (v) => v.requestId),
    history: loaderOfMany((ids: readonly string[]) => repository.historiesOfRequests(ids), (t) => t.requestId),
    endorsements: loaderOfMany((ids: readonly string[]) => repository.endorsementsOfRequests(ids), (e) => e.requestId),
    requestsOfMunicipality: loaderOfPages(
      (ids: readonly string[], page) => repository.requestsOfMunicipalities(ids, page),
      (r) => r.municipalityId,
    ),
    requestCountOfMunicipality: new DataLoader<string, number>(async (ids) => {
      const counts = await repository.countRequestsOfMunicipalities(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export interface Context extends RequestScope {
  /** Reads requests as this viewer may see them. */
  requests: RequestRepository;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(scope: RequestScope): Context {
  const requests = new RequestRepository(scope.db, visibleTo(scope.db, scope.viewer));
  return { ...scope, requests, loaders: createLoaders(requests, new DirectoryProjection(scope.db), scope.viewer) };
}
