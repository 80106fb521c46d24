// The per-request loaders of the municipalities service: every entity reference and
// every field that reads another row goes through one of these.
import { DataLoader, loaderByKey, loaderOfMany, loaderOfPages, type RequestScope, type Viewer } from '@connect/kit';
import { exchangePartnersLoader } from './access.ts';
import { ProjectionRepository } from './db/projections.ts';
import { DirectoryRepository } from './db/repository.ts';

/** How many rows each key has, from one grouped count for any number of keys (none counts 0). */
function countsByKey(fetch: (keys: readonly string[]) => Promise<{ key: string; n: number }[]>) {
  return new DataLoader<string, number>(async (keys) => {
    const counts = new Map((await fetch(keys)).map((row) => [row.key, row.n]));
    return keys.map((key) => counts.get(key) ?? 0);
  });
}

function createLoaders(repository: DirectoryRepository, projections: ProjectionRepository, viewer: Viewer) {
  return {
    /** Whether the viewer shares an exchange with each official: who may see their contact details. */
    sharesExchangeWithViewer: exchangePartnersLoader(projections, viewer),
    municipality: loaderByKey((ids: readonly string[]) => repository.municipalitiesByIds(ids), (m) => m.id),
    association: loaderByKey((ids: readonly string[]) => repository.associationsByIds(ids), (a) => a.id),
    official: loaderByKey((ids: readonly string[]) => repository.officialsByIds(ids), (o) => o.id),
    officialsOfMunicipality: loaderOfMany(
      (ids: readonly string[]) => repository.officialsOfMunicipalities(ids),
      (o) => o.municipalityId,
    ),
    associationsOfMunicipality: loaderOfMany(
      (ids: readonly string[]) => repository.associationsOfMunicipalities(ids),
      (row) => row.municipalityId,
    ),
    membersOfAssociation: loaderOfMany(
      (ids: readonly string[]) => repository.membersOfAssociations(ids),
      (row) => row.associationId,
    ),
    officialPageOfMunicipality: loaderOfPages(
      (ids: readonly string[], page) => repository.officialPagesOfMunicipalities(ids, page),
      (o) => o.municipalityId,
    ),
    memberPageOfAssociation: loaderOfPages(
      (ids: readonly string[], page) => repository.memberPagesOfAssociations(ids, page),
      (m) => m.associationId,
    ),
    officialCount: countsByKey((ids) => repository.officialCounts(ids)),
    memberCount: countsByKey((ids) => repository.memberCounts(ids)),
  };
}

export interface Context extends RequestScope {
  directory: DirectoryRepository;
  /** What the directory learns by event: who shares an exchange with whom. */
  projections: ProjectionRepository;
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(scope: RequestScope): Context {
  const directory = new DirectoryRepository(scope.db);
  const projections = new ProjectionRepository(scope.db);
  return { ...scope, directory, projections, loaders: createLoaders(directory, projections, scope.viewer) };
}
