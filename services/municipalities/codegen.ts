// Resolver types from this subgraph's SDL (`pnpm codegen`): each GraphQL type is bound to
// the value its resolvers actually hand on, mostly a drizzle row.
import { subgraphCodegen } from '@connect/kit/codegen';

export default subgraphCodegen(import.meta.url, {
  Municipality: '../db/tables.ts#MunicipalityRow',
  Association: '../db/tables.ts#AssociationRow',
  Official: '../db/tables.ts#OfficialRow',
  Me: '../resolvers/me.ts#MeRef',
  NotificationConnection: '../resolvers/me.ts#NotificationPage',
  MunicipalityConnection: '../resolvers/municipality.ts#MunicipalityPage',
  AssociationConnection: '../resolvers/association.ts#AssociationPage',
  OfficialConnection: '../resolvers/official.ts#OfficialPage',
  Notification: '../db/tables.ts#NotificationRow',
  DirectoryChange: '../db/tables.ts#DirectoryChangeRow',
  DirectoryChangeConnection: '../resolvers/history.ts#DirectoryChangePage',
  PersonalDataExport: '../resolvers/personal-data-export.ts#PersonalDataExportRef',
});
