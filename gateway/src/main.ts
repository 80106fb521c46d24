// The gateway on its own, in front of subgraphs that run as separate processes.
// Subgraph addresses come from <NAME>_URL, defaulting to the supergraph's. It follows
// the events on NATS (NATS_URL) to learn which officials were erased and refuse their
// tokens; production does not start without it.
import { loadPlatformConfig, portFrom, createLogger, NatsTransport, requireProductionSecrets } from '@connect/kit';
import { subgraphCatalogue, type SubgraphName } from './compose.ts';
import { loadGatewaySettings } from './config.ts';
import { createGateway } from './gateway.ts';

const env = process.env;
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
const transport = config.natsUrl ? await NatsTransport.connect({ url: config.natsUrl, log }) : undefined;
const gateway = await createGateway({
  subgraphUrls,
  environment: config.environment,
  log,
  auth: config.auth,
  gatewaySecret: config.gatewaySecret,
  settings,
  erasures: transport ? { transport } : undefined,
});
const listener = await gateway.listen(portFrom(env, 'GATEWAY_PORT', 4000), config.host);
gateway.log.info({ url: listener.url }, 'gateway ready');

const shutdown = async () => {
  await listener.close();
  await gateway.stop();
  await transport?.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
