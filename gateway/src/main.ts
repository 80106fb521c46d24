// The gateway on its own, in front of subgraphs that run as separate processes.
// Subgraph addresses come from <NAME>_URL, defaulting to the supergraph's.
import { loadPlatformConfig, portFrom, createLogger, requireProductionSecrets, startTelemetry } from '@connect/kit';
import { subgraphCatalogue, type SubgraphName } from './compose.ts';
import { loadGatewaySettings } from './config.ts';
import { createGateway } from './gateway.ts';

const env = process.env;
// @apollo/gateway sends usage figures to Apollo's servers unless this is set: CONNECT
// sends traces and metrics only where its operator says. Set it to 0 to opt in.
env.APOLLO_TELEMETRY_DISABLED ??= '1';
const config = loadPlatformConfig(env);
requireProductionSecrets(env, config, { tokens: true });
const settings = loadGatewaySettings(env);
const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
for (const { name } of subgraphCatalogue) {
  const url = env[`${name.toUpperCase()}_URL`];
  if (url) subgraphUrls[name] = url;
}
const telemetry = await startTelemetry(config, 'gateway');
const gateway = await createGateway({
  subgraphUrls,
  environment: config.environment,
  log: createLogger('gateway', config.logLevel),
  auth: config.auth,
  gatewaySecret: config.gatewaySecret,
  settings,
  telemetry,
});
const listener = await gateway.listen(portFrom(env, 'GATEWAY_PORT', 4000), config.host);
gateway.log.info({ url: listener.url, metrics: telemetry.metricsListener?.url }, 'gateway ready');

const shutdown = async () => {
  await listener.close();
  await gateway.stop();
  await telemetry.stop();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
