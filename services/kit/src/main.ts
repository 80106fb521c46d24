// The entry point of a subgraph that runs as its own process: parse configuration,
// start, listen on <NAME>_PORT (or the default), and stop cleanly on a signal.
import { disableApolloTelemetry, reportConfigurationErrors, loadPlatformConfig, portFrom, requireProductionSecrets } from './config.ts';
import { InProcessTransport } from './events/in-process.ts';
import { NatsTransport } from './events/nats.ts';
import { createLogger } from './logging.ts';
import { consumerLagOf } from './metrics.ts';
import { startTelemetry } from './telemetry.ts';
import { startSubgraph, type RequestScope, type SubgraphDefinition } from './subgraph.ts';

export async function runSubgraph<Ctx extends RequestScope>(
  definition: SubgraphDefinition<Ctx>,
  env: Record<string, string | undefined>,
): Promise<void> {
  reportConfigurationErrors();
  disableApolloTelemetry(env);
  const config = loadPlatformConfig(env);
  const port = portFrom(env, `${definition.name.toUpperCase()}_PORT`, definition.defaultPort);
  requireProductionSecrets(env, config, { tokens: false });
  const log = createLogger(definition.name, config.logLevel);
  if (!config.natsUrl) log.warn('NATS_URL is not set: events stay inside this process and no other service will hear them');
  const transport = config.natsUrl
    ? await NatsTransport.connect({ url: config.natsUrl, stream: config.events.stream, subjectPrefix: config.events.subjectPrefix, log })
    : new InProcessTransport(log);
  const telemetry = await startTelemetry(config, definition.name);
  telemetry.metrics?.watchConsumerLag(consumerLagOf(transport));
  const subgraph = await startSubgraph(definition, {
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    seedDemo: config.seedDemo,
    environment: config.environment,
    log,
    transport,
    gatewaySecret: config.gatewaySecret,
    assertionLifetimeSeconds: config.assertionLifetimeSeconds,
    telemetry,
  });
  const http = await subgraph.listen(port, config.host, { shutdown: config.shutdown });
  const events = config.natsUrl ? { stream: config.events.stream, subjects: `${config.events.subjectPrefix}.>` } : 'in process';
  log.info({ url: http.url, database: subgraph.database.driver, events, metrics: telemetry.metricsListener?.url }, `${definition.name} subgraph ready`);
  // /readyz turns 503, no new requests are taken, those in flight finish (within
  // SHUTDOWN_GRACE_MS), then the process exits.
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'stopping');
    await http.close();
    await subgraph.stop();
    await transport.close();
    await telemetry.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}
