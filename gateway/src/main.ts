// The gateway on its own, in front of subgraphs that run as separate processes.
// Subgraph addresses come from <NAME>_URL, defaulting to the supergraph's.
import { disableApolloTelemetry, loadPlatformConfig, portFrom, createLogger, requireProductionSecrets } from '@connect/kit';
import { subgraphCatalogue, type SubgraphName } from './compose.ts';
import { loadGatewaySettings } from './config.ts';
import { createGateway } from './gateway.ts';

const env = process.env;
disableApolloTelemetry(env);
const config = loadPlatformConfig(env);
requireProductionSecrets(env, config, { tokens: true });
const settings = loadGatewaySettings(env);
const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
for (const { name } of subgraphCatalogue) {
  const url = env[`${name.toUpperCase()}_URL`];
  if (url) subgraphUrls[name] = url;
}
const gateway = await createGateway({
  subgraphUrls,
  environment: config.environment,
  log: createLogger('gateway', config.logLevel),
  auth: config.auth,
  gatewaySecret: config.gatewaySecret,
  assertionLifetimeSeconds: config.assertionLifetimeSeconds,
  settings,
});
const listener = await gateway.listen(portFrom(env, 'GATEWAY_PORT', 4000), config.host, { shutdown: config.shutdown });
gateway.log.info({ url: listener.url }, 'gateway ready');

// On a signal: /readyz turns 503, no new requests are taken, those in flight finish
// (within SHUTDOWN_GRACE_MS), then the process exits.
const shutdown = async (signal: string) => {
  gateway.log.info({ signal }, 'stopping');
  await listener.close();
  await gateway.stop();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
