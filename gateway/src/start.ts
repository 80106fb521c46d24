// `pnpm start`: the whole platform in one process on the embedded default, with the
// demo story seeded on first start.
import { loadPlatformConfig, portFrom, startTelemetry } from '@connect/kit';
import { loadMatchingSettings } from '@connect/matching';
import { subgraphCatalogue } from './compose.ts';
import { loadGatewaySettings } from './config.ts';
import { startPlatform } from './platform.ts';

const env = process.env;
// @apollo/gateway sends usage figures to Apollo's servers unless this is set: CONNECT
// sends traces and metrics only where its operator says. Set it to 0 to opt in.
env.APOLLO_TELEMETRY_DISABLED ??= '1';
const config = loadPlatformConfig({ NODE_ENV: 'development', ...env });
const gatewaySettings = loadGatewaySettings(env);
const matchingSettings = loadMatchingSettings(env);
const ports = Object.fromEntries([
  ['gateway', portFrom(env, 'GATEWAY_PORT', 4000)],
  ...subgraphCatalogue.map(({ name, port }) => [name, portFrom(env, `${name.toUpperCase()}_PORT`, port)]),
]);

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
  auth: config.auth,
  gatewaySecret: env.GATEWAY_SECRET,
  gatewaySettings,
  matchingSettings,
  telemetry,
});

const explorer = platform.url!.replace(/\/graphql$/, '/');
const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}/`;
process.stdout.write(`
CONNECT is running (${where}).
  GraphQL:   ${platform.url}
  Explorer:  ${explorer}
  Subgraphs: ${platform.listeners.slice(0, -1).map((l) => l.url).join(', ')}
  Health:    ${explorer}healthz  ${explorer}readyz
  Events:    ${config.natsUrl ? `NATS JetStream at ${config.natsUrl}` : 'in process'}
  Metrics:   ${telemetry.metricsListener ? telemetry.metricsListener.url : 'off (set METRICS_PORT)'}
  Traces:    ${config.telemetry.otlpEndpoint ? `OTLP to ${config.telemetry.otlpEndpoint}` : 'off (set OTEL_EXPORTER_OTLP_ENDPOINT)'}
${
  config.developmentAuth
    ? `Tokens:    pnpm run token --role STAFF   (or OFFICIAL --official <id>, ASSOCIATION --association <id>, DONOR)
           and send "Authorization: Bearer <token>"; the explorer has a Headers tab.`
    : 'Tokens:    verified with the configured JWT_SECRET or JWKS_URL.'
}
Stop with Ctrl+C.
`);

const shutdown = async () => {
  await platform.stop();
  await telemetry.stop();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
