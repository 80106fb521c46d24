export { startPlatform, subgraphDefinitions, type Platform, type PlatformOptions } from './platform.ts';
export { migrateServices, openServiceDatabase, type MigrationTarget, type ServiceMigrations } from './migrate.ts';
export { fillSyntheticWorld, seedSyntheticWorld, SyntheticWorldPresent, type ServiceDatabases, type WorldStorage } from './synthetic.ts';
