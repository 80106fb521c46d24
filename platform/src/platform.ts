// The whole platform in one process: the five subgraphs, each on its own database
// (a PGlite folder per service by default, or PostgreSQL), and the gateway in front.
// `pnpm start` uses it with the default ports; tests use it with ephemeral ports or
// with in-process data sources.
import { exchangesSubgraph, type ExchangesSettings } from '@connect/exchanges';
import { randomBytes } from 'node:crypto';
import {
  consumerLagOf,
  createLogger,
  InProcessTransport,
  NatsTransport,
  assertProductionSecrets,
  startSubgraph,
  transportReadiness,
  type DeliverySettings,
  type EventTransport,
  type HttpListener,
  type Logger,
  type Page,
  type RequestScope,
  type ShutdownSettings,
  type Subgraph,
  type SubgraphDefinition,
  type Telemetry,
} from '@connect/kit';
import { createGateway, type AuthConfig, type Gateway, type GatewaySettings, type SubgraphName } from '@connect/gateway';
import { knowledge } from '@connect/knowledge';
import { matchingSubgraph, type MatchingSettings } from '@connect/matching';
import { municipalities } from '@connect/municipalities';
import { requests } from '@connect/requests';

/** The five subgraphs; matching and exchanges with the given settings (their defaults when omitted). */
export function subgraphDefinitions(matchingSettings?: MatchingSettings, exchangesSettings?: ExchangesSettings): SubgraphDefinition<RequestScope>[] {
  return [municipalities, requests, matchingSubgraph(matchingSettings), exchangesSubgraph(exchangesSettings), knowledge] as unknown as SubgraphDefinition<RequestScope>[];
}

/**
 * Resolves when every event the subgraphs recorded so far has been published and handled.
 * Publishing can lead to handling that records more events: it repeats until quiet.
 */
export async function settleEvents(subgraphs: readonly Subgraph<RequestScope>[], transport: EventTransport): Promise<void> {
  for (;;) {
    const published = (await Promise.all(subgraphs.map((s) => s.events.drain()))).reduce((a, b) => a + b, 0);
    await transport.idle();
    if (published === 0) return;
  }
}

export interface PlatformOptions {
  /** PostgreSQL URL for every service; omitted means PGlite. */
  databaseUrl?: string;
  /** PGlite data folder (a sub-folder per service); omitted means in memory. */
  dataDir?: string;
  seedDemo?: boolean;
  environment?: 'development' | 'test' | 'production';
  host?: string;
  /**
   * 'http' serves each subgraph on a port and the gateway calls them over HTTP;
   * 'in-process' serves nothing and the gateway calls each subgraph directly.
   */
  transport?: 'http' | 'in-process';
  /** Port per subgraph and for the gateway; 0 picks a free one. Defaults 4000..4005. */
  ports?: Partial<Record<SubgraphName | 'gateway', number>>;
  logLevel?: string;
  log?: (name: string) => Logger;
  /** NATS JetStream for events; omitted means the in-process transport. */
  natsUrl?: string;
  /** Stream name and subject prefix on NATS (tests use their own); EVENTS_STREAM and EVENTS_SUBJECT_PREFIX. */
  natsStream?: string;
  natsSubjectPrefix?: string;
  /** How NATS delivers events; the transport's tuned defaults when omitted. */
  natsDelivery?: Partial<DeliverySettings>;
  /** The subgraphs to run; the five of subgraphDefinitions() when omitted (tests wrap them). */
  definitions?: SubgraphDefinition<RequestScope>[];
  auth?: AuthConfig;
  /**
   * Shared by the gateway and the subgraphs; outside production a fresh random one per
   * start when omitted. Production requires it, as it requires `auth`.
   */
  gatewaySecret?: string;
  /** How long a viewer assertion from the gateway to a subgraph lives, in seconds. */
  assertionLifetimeSeconds?: number;
  /** The gateway's operation and time limits; its defaults when omitted. */
  gatewaySettings?: GatewaySettings;
  /** How matching ranks (MATCHING_WEIGHTS); its defaults when omitted. */
  matchingSettings?: MatchingSettings;
  /** How long authors may correct evaluations and outcomes (CORRECTION_WINDOW_DAYS); its default when omitted. */
  exchangesSettings?: ExchangesSettings;
  /** How the listeners stop (SHUTDOWN_*); the kit's defaults when omitted. */
  shutdown?: ShutdownSettings;
  /** Traces and metrics for all six parts (one registry, labelled by service); none when omitted. */
  telemetry?: Telemetry;
  /** More pages the gateway serves beside the explorer, such as the dashboard's. */
  pages?: Record<string, () => Page>;
}

export interface Platform {
  gateway: Gateway;
  subgraphs: Subgraph<RequestScope>[];
  subgraph(name: SubgraphName): Subgraph<RequestScope>;
  /** Gateway URL (when listening). */
  url?: string;
  listeners: HttpListener[];
  transport: EventTransport;
  /** Resolves when every event recorded so far has been published and handled. */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export async function startPlatform(options: PlatformOptions = {}): Promise<Platform> {
  const calls = options.transport ?? 'http';
  const host = options.host ?? '127.0.0.1';
  const makeLog = options.log ?? ((name: string) => createLogger(name, options.logLevel ?? 'info'));
  const subgraphs: Subgraph<RequestScope>[] = [];
  const listeners: HttpListener[] = [];
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  // Checked before anything starts (an environment left out is production, as for the
  // gateway and each subgraph): a random secret or the development token secret must
  // not stand in for missing configuration.
  if ((options.environment ?? 'production') === 'production') {
    assertProductionSecrets({ auth: options.auth, gatewaySecret: options.gatewaySecret });
  }
  const gatewaySecret = options.gatewaySecret ?? randomBytes(32).toString('base64url');
  const transport: EventTransport = options.natsUrl
    ? await NatsTransport.connect({
        url: options.natsUrl,
        stream: options.natsStream,
        subjectPrefix: options.natsSubjectPrefix,
        delivery: options.natsDelivery,
        log: makeLog('events'),
      })
    : new InProcessTransport(makeLog('events'));
  options.telemetry?.metrics?.watchConsumerLag(consumerLagOf(transport));

  // The gateway's listener closes first: the requests it still finishes need the subgraphs.
  let gatewayListener: HttpListener | undefined;
  const closeListeners = async () => {
    await gatewayListener?.close();
    await Promise.allSettled(listeners.map((l) => l.close()));
  };
  const stop = async () => {
    await closeListeners();
    await Promise.allSettled(subgraphs.map((s) => s.stop()));
    await transport.close();
  };

  try {
    // One after the other: on a shared PostgreSQL their migrations take turns anyway,
    // and the log reads in order.
    for (const definition of options.definitions ?? subgraphDefinitions(options.matchingSettings, options.exchangesSettings)) {
      const subgraph = await startSubgraph(definition, {
        databaseUrl: options.databaseUrl,
        dataDir: options.dataDir,
        seedDemo: options.seedDemo ?? false,
        environment: options.environment,
        log: makeLog(definition.name),
        transport,
        gatewaySecret,
        assertionLifetimeSeconds: options.assertionLifetimeSeconds,
        telemetry: options.telemetry,
      });
      subgraphs.push(subgraph);
      if (calls === 'http') {
        const listener = await subgraph.listen(options.ports?.[definition.name as SubgraphName] ?? definition.defaultPort, host, {
          shutdown: options.shutdown,
        });
        listeners.push(listener);
        subgraphUrls[definition.name as SubgraphName] = listener.url;
      }
    }

    // The demo story's events (each service records those of its own part) fill the
    // projections of the others: the platform opens once they all have been handled.
    if (options.seedDemo) await settleEvents(subgraphs, transport);

    const gateway = await createGateway({
      subgraphUrls,
      inProcess: calls === 'in-process' ? subgraphs : [],
      environment: options.environment,
      log: makeLog('gateway'),
      auth: options.auth,
      gatewaySecret,
      assertionLifetimeSeconds: options.assertionLifetimeSeconds,
      settings: options.gatewaySettings,
      // The gateway shares the subgraphs' transport here: while it is down, so is the platform.
      readinessChecks: { events: () => transportReadiness(transport) },
      // The in-process transport forgets its events when the process ends: the directory
      // remembers every erasure, so the gateway starts from there and follows the rest.
      erasures: { transport, known: await subgraphs.find((s) => s.name === 'municipalities')!.erasedOfficials() },
      telemetry: options.telemetry,
    });
    let url: string | undefined;
    if (calls === 'http') {
      const listener = await gateway.listen(options.ports?.gateway ?? 4000, host, { shutdown: options.shutdown, pages: options.pages });
      gatewayListener = listener;
      listeners.push(listener);
      url = listener.url;
    }
    return {
      gateway,
      subgraphs,
      subgraph: (name) => {
        const found = subgraphs.find((s) => s.name === name);
        if (!found) throw new Error(`no subgraph named ${name}`);
        return found;
      },
      url,
      listeners,
      transport,
      settle: () => settleEvents(subgraphs, transport),
      async stop() {
        await closeListeners();
        await gateway.stop();
        await Promise.allSettled(subgraphs.map((s) => s.stop()));
        await transport.close();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
