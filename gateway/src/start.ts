// `pnpm start`: the whole platform in one process on the embedded default, with the
// demo story seeded on first start.
import { loadPlatformConfig, portFrom } from '@connect/kit';
import { subgraphCatalogue } from './compose.ts';
import { startPlatform } from './platform.ts';

const env = process.env;
const config = loadPlatformConfig({ NODE_ENV: 'development', ...env });
const ports = Object.fromEntries([
  ['gateway', portFrom(env, 'GATEWAY_PORT', 4000)],
  ...subgraphCatalogue.map(({ name, port }) => [name, portFrom(env, `${name.toUpperCase()}_PORT`, port)]),
]);

const platform = await startPlatform({
  databaseUrl: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
  seedDemo: config.seedDemo,
  environment: config.environment,
  host: config.host,
  ports,
  logLevel: config.logLevel,
});

const explorer = platform.url!.replace(/\/graphql$/, '/');
const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}/`;
process.stdout.write(`
CONNECT is running (${where}).
  GraphQL:   ${platform.url}
  Explorer:  ${explorer}
  Subgraphs: ${platform.listeners.slice(0, -1).map((l) => l.url).join(', ')}
  Health:    ${explorer}healthz  ${explorer}readyz
Stop with Ctrl+C.
`);

const shutdown = async () => {
  await platform.stop();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
