// The platform as the soak drives it, in a process of its own, so that the memory the
// soak reports is the platform's and not the load generator's. soak.ts forks it with
// --expose-gc and the environment it should run with; it answers over the IPC channel.
import { loadGatewaySettings } from '@connect/gateway';
import { startPlatform } from '@connect/platform';
import { disableApolloTelemetry, loadPlatformConfig, requireProductionSecrets } from '@connect/kit';
import { loadMatchingSettings } from '@connect/matching';

/** What the soak asks: the memory (after the events so far are handled, if `settle`), or to stop. */
export type SoakRequest = { type: 'memory'; settle: boolean } | { type: 'stop' };

/** What the platform process tells the soak. */
export type SoakReport = { type: 'ready'; url: string } | ({ type: 'memory' } & MemorySample);

export interface MemorySample {
  rss: number;
  heapUsed: number;
  /** Memory held outside the JavaScript heap: buffers, sockets, the drivers' native parts. */
  external: number;
  /** Whether a full garbage collection ran first (only with --expose-gc). */
  collected: boolean;
}

const send = (report: SoakReport) => process.send!(report);

const env = process.env;
disableApolloTelemetry(env);
const config = loadPlatformConfig(env);
requireProductionSecrets(env, config, { tokens: true });
const platform = await startPlatform({
  databaseUrl: config.databaseUrl,
  seedDemo: true,
  environment: config.environment,
  // Loopback only, on ports the system picks: a soak never serves anyone else.
  host: '127.0.0.1',
  ports: { gateway: 0, municipalities: 0, requests: 0, matching: 0, exchanges: 0, knowledge: 0 },
  logLevel: config.logLevel,
  auth: config.auth,
  gatewaySecret: env.GATEWAY_SECRET || undefined,
  assertionLifetimeSeconds: config.assertionLifetimeSeconds,
  gatewaySettings: loadGatewaySettings(env),
  matchingSettings: loadMatchingSettings(env),
});

async function memory(settle: boolean): Promise<MemorySample> {
  if (settle) await platform.settle();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const { rss, heapUsed, external } = process.memoryUsage();
  return { rss, heapUsed, external, collected: gc !== undefined };
}

process.on('message', (request: SoakRequest) => {
  if (request.type === 'memory') {
    void memory(request.settle).then((sample) => send({ type: 'memory', ...sample }));
  } else {
    void platform.stop().finally(() => process.exit(0));
  }
});
// Never outlive the soak, even when it is killed.
process.on('disconnect', () => void platform.stop().finally(() => process.exit(0)));

send({ type: 'ready', url: platform.url! });
