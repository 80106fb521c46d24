// The gateway on its own, in front of subgraphs that run as separate processes.
// Subgraph addresses come from <NAME>_URL, defaulting to the supergraph's. It follows
// the events on NATS (NATS_URL) to learn which officials were erased and refuse their
// tokens; production does not start without it.
import { disableApolloTelemetry, reportConfigurationErrors, loadPlatformConfig, portFrom, createLogger, NatsTransport, requireProductionSecrets, startTelemetry, transportReadiness } from '@connect/kit';
import { subgraphCatalogue, type SubgraphName } from './compose.ts';
import { loadGatewaySettings } from './config.ts';
import { createGateway } from './gateway.ts';

const env = process.env;
reportConfigurationErrors();
disableApolloTelemetry(env);
const config = loadPlatformConfig(env);
requireProductionSecrets(env, config, { tokens: true });
if (config.environment === 'production' && !config.natsUrl) {
  throw new Error('Invalid configuration:\n  NATS_URL: required in production: the gateway learns erased officials from events');
}
const settings = loadGatewaySettings(env);
const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
for (const { name } of subgraphCatalogue) {
  const url = env[`${name.toUpperCase()}_URL`];
  if (url) subgraphUrls[name] = url;
}
const log = createLogger('gateway', config.logLevel);
if (!config.natsUrl) log.warn('NATS_URL is not set: the gateway will not learn of erased officials (the services still refuse them)');
const transport = config.natsUrl
  ? await NatsTransport.connect({ url: config.natsUrl, stream: config.events.stream, subjectPrefix: config.events.subjectPrefix, log })
  : undefined;
const telemetry = await startTelemetry(config, 'gateway');
const gateway = await createGateway({
  subgraphUrls,
  environment: config.environment,
  log,
  auth: config.auth,
  gatewaySecret: config.gatewaySecret,
  assertionLifetimeSeconds: config.assertionLifetimeSeconds,
  settings,
  erasures: transport ? { transport } : undefined,
  // While the gateway cannot follow the events, it may miss an erasure: not ready.
  readinessChecks: transport ? { events: () => transportReadiness(transport) } : {},
  telemetry,
});
const listener = await gateway.listen(portFrom(env, 'GATEWAY_PORT', 4000), config.host, { shutdown: config.shutdown });
gateway.log.info({ url: listener.url, metrics: telemetry.metricsListener?.url }, 'gateway ready');

// On a signal: /readyz turns 503, no new requests are taken, those in flight finish
// (within SHUTDOWN_GRACE_MS), then the process exits.
const shutdown = async (signal: string) => {
  gateway.log.info({ signal }, 'stopping');
  await listener.close();
  await gateway.stop();
  await transport?.close();
  await telemetry.stop();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
