// `pnpm start`: the whole platform in one process on the embedded default, with the
// demo story seeded on first start. An unset NODE_ENV means development here; an
// explicit NODE_ENV=production is honoured, and then the platform refuses to start
// without secrets of its own.
import { disableApolloTelemetry, reportConfigurationErrors, loadPlatformConfig, portFrom, requireProductionSecrets, startTelemetry, withoutCredentials } from '@connect/kit';
import { loadMatchingSettings } from '@connect/matching';
import { exchangesSettings } from '@connect/exchanges';
import { DASHBOARD_PATH, dashboardSite, loadGatewaySettings, subgraphCatalogue } from '@connect/gateway';
import { startPlatform } from './platform.ts';

const env = process.env;
reportConfigurationErrors();
disableApolloTelemetry(env);
const config = loadPlatformConfig({ NODE_ENV: 'development', ...env });
requireProductionSecrets(env, config, { tokens: true });
const gatewaySettings = loadGatewaySettings(env);
const matchingSettings = loadMatchingSettings(env);
const ports = Object.fromEntries([
  ['gateway', portFrom(env, 'GATEWAY_PORT', 4000)],
  ...subgraphCatalogue.map(({ name, port }) => [name, portFrom(env, `${name.toUpperCase()}_PORT`, port)]),
]);

// The dashboard is built here outside production when its build is missing or stale.
const dashboard = await dashboardSite({
  build: config.environment !== 'production',
  onBuild: () => process.stdout.write('Building the donor dashboard (dashboard/dist is missing or older than its sources): a few seconds…\n'),
});

// One registry and one /metrics listener for all six parts; each part traces under its own name.
const telemetry = await startTelemetry(config, 'platform');
const platform = await startPlatform({
  databaseUrl: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
  seedDemo: config.seedDemo,
  environment: config.environment,
  host: config.host,
  ports,
  logLevel: config.logLevel,
  natsUrl: config.natsUrl,
  natsStream: config.events.stream,
  natsSubjectPrefix: config.events.subjectPrefix,
  auth: config.auth,
  // Outside production, one process may sign its viewer assertions with a random secret.
  gatewaySecret: env.GATEWAY_SECRET || undefined,
  assertionLifetimeSeconds: config.assertionLifetimeSeconds,
  gatewaySettings,
  matchingSettings,
  exchangesSettings: exchangesSettings(config),
  shutdown: config.shutdown,
  telemetry,
  pages: dashboard?.pages,
});

const explorer = platform.url!.replace(/\/graphql$/, '/');
const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}/`;
process.stdout.write(`
CONNECT is running (${where}).
  GraphQL:   ${platform.url}
  Explorer:  ${explorer}
  Dashboard: ${dashboard ? `${explorer.slice(0, -1)}${DASHBOARD_PATH}` : 'not built (pnpm build builds it)'}
  Subgraphs: ${platform.listeners.slice(0, -1).map((l) => l.url).join(', ')}
  Health:    ${explorer}healthz  ${explorer}readyz
  Events:    ${config.natsUrl ? `NATS JetStream at ${withoutCredentials(config.natsUrl)}` : 'in process'}
  Metrics:   ${telemetry.metricsListener ? telemetry.metricsListener.url : 'off (set METRICS_PORT)'}
  Traces:    ${config.telemetry.otlpEndpoint ? `OTLP to ${config.telemetry.otlpEndpoint}` : 'off (set OTEL_EXPORTER_OTLP_ENDPOINT)'}
${
  config.developmentAuth && config.environment !== 'production'
    ? `Tokens:    pnpm run token --role STAFF   (or OFFICIAL --official <id>, ASSOCIATION --association <id>, DONOR)
           and send "Authorization: Bearer <token>"; the explorer has a Headers tab.`
    : 'Tokens:    verified with the configured JWT_SECRET or JWKS_URL.'
}
Stop with Ctrl+C.
`);

// On a signal: /readyz turns 503, the gateway stops taking requests and finishes those
// in flight (within SHUTDOWN_GRACE_MS), then the subgraphs do the same.
const shutdown = async () => {
  await platform.stop();
  await telemetry.stop();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
