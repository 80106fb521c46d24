// The gateway: @apollo/gateway on @apollo/server 5, serving the committed supergraph.
// It never introspects subgraphs to serve traffic; the supergraph file is the contract.
//
// It is also the edge: everything it refuses (a bad token, a cross-site request, a
// batch, an operation over its limits, an invalid operation) is refused before the
// query plan runs, so no subgraph is called for it. Introspection is off in production,
// which an unset NODE_ENV is; suggestions ("Did you mean …") outside development.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  anonymous,
  clientErrorFormatter,
  countErrors,
  createLogger,
  DEFAULT_ASSERTION_LIFETIME_SECONDS,
  DEVELOPMENT_GATEWAY_SECRET,
  DEVELOPMENT_JWT_SECRET,
  listen,
  assertProductionSecrets,
  logOperations,
  traceRequests,
  tracerOf,
  type HttpListener,
  type Page,
  type Readiness,
  type Logger,
  type EventTransport,
  type RequestScope,
  type ShutdownSettings,
  type Subgraph,
  type Subscription,
  type Telemetry,
  type Viewer,
} from '@connect/kit';
import { createAuthenticator, type AuthConfig } from './auth.ts';
import { defaultGatewaySettings, type GatewaySettings } from './config.ts';
import { defaultSubgraphUrl, subgraphCatalogue, supergraphPath, type SubgraphName } from './compose.ts';
import type { GatewayContext } from './context.ts';
import { InProcessDataSource, SubgraphHttpDataSource } from './data-sources.ts';
import { ErasedOfficials, refuseErasedOfficials } from './erasures.ts';
import { explorerPage } from './explorer.ts';
import { timedFetches } from './fetch-timing.ts';
import { formatLimitError, operationGuard } from './limits.ts';
import { loadPersistedOperations, persistedOperations } from './persisted-operations.ts';

export interface GatewayOptions {
  supergraphSdl?: string;
  /** Subgraph URLs by name; omitted names use the URL in the supergraph. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  /** Subgraphs to call in process instead of over HTTP (whole-graph tests). */
  inProcess?: Subgraph<RequestScope>[];
  environment?: 'development' | 'test' | 'production';
  log?: Logger;
  /** How tokens are verified; the development secret when omitted. */
  auth?: AuthConfig;
  /** Shared with the subgraphs: viewer assertions are signed with a key derived from it. */
  gatewaySecret?: string;
  /** How long a viewer assertion lives, in seconds (GATEWAY_ASSERTION_TTL). */
  assertionLifetimeSeconds?: number;
  /** Operation limits and time limits; the defaults of config.ts when omitted. */
  settings?: GatewaySettings;
  /**
   * More that readiness depends on, by name: the one-process platform adds its event
   * transport, which the gateway shares with the subgraphs.
   */
  readinessChecks?: Record<string, () => Promise<Readiness>>;
  /**
   * Where the gateway learns erased officials, whose tokens it then refuses: the event
   * transport (followed from its first event), and the erasures known before it (the
   * directory's, in one process).
   */
  erasures?: { transport: EventTransport; known?: Iterable<string> };
  /** Traces and metrics; without them the gateway makes neither. */
  telemetry?: Telemetry;
  /** Trusted documents by hash; schema/operations/manifest.json when omitted. */
  persistedOperations?: ReadonlyMap<string, string>;
}

export interface Gateway {
  server: ApolloServer<GatewayContext>;
  log: Logger;
  /** A context for an in-process call (tests): the viewer is taken as given. */
  contextFor(viewer?: Viewer): GatewayContext;
  /** Listens; `pages` are served beside the explorer (the one-process platform adds the dashboard). */
  listen(port: number, host?: string, options?: { shutdown?: ShutdownSettings; pages?: Record<string, () => Page> }): Promise<HttpListener>;
  stop(): Promise<void>;
}

export async function createGateway(options: GatewayOptions = {}): Promise<Gateway> {
  const log = options.log ?? createLogger('gateway');
  const environment = options.environment ?? 'production';
  const supergraphSdl = options.supergraphSdl ?? readFileSync(supergraphPath, 'utf8');
  // Production never falls back to the published development secrets.
  if (environment === 'production') {
    assertProductionSecrets({ auth: options.auth, gatewaySecret: options.gatewaySecret });
  }
  const gatewaySecret = options.gatewaySecret ?? DEVELOPMENT_GATEWAY_SECRET;
  const authenticate = createAuthenticator(options.auth ?? { secret: DEVELOPMENT_JWT_SECRET }, { production: environment === 'production' });
  const settings = options.settings ?? defaultGatewaySettings;
  const inProcess = new Map((options.inProcess ?? []).map((s) => [s.name, s]));
  const urls = new Map(
    subgraphCatalogue.map(({ name, port }) => [name as string, options.subgraphUrls?.[name] ?? defaultSubgraphUrl(port)]),
  );

  const metrics = options.telemetry?.metrics;
  const tracer = tracerOf(options.telemetry, 'gateway');

  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: log,
    buildService: timedFetches(metrics, ({ name, url }): GraphQLDataSource => {
      const local = inProcess.get(name);
      if (local) return new InProcessDataSource(local);
      const target = urls.get(name) ?? url;
      if (!target) throw new Error(`The supergraph names no URL for subgraph ${name}`);
      return new SubgraphHttpDataSource({
        name,
        url: target,
        gatewaySecret,
        assertionLifetimeSeconds: options.assertionLifetimeSeconds ?? DEFAULT_ASSERTION_LIFETIME_SECONDS,
        timeoutMs: settings.subgraphTimeoutMs,
        log,
      });
    }),
  });

  const erased = new ErasedOfficials(options.erasures?.known);
  const following: Subscription | undefined = options.erasures ? await erased.follow(options.erasures.transport, log) : undefined;

  const guard = operationGuard(settings.limits);
  const manifest = options.persistedOperations ?? loadPersistedOperations();
  const server = new ApolloServer<GatewayContext>({
    gateway,
    logger: log,
    introspection: environment !== 'production',
    includeStacktraceInErrorResponses: environment === 'development',
    // The entry points stop on a signal, listener first; Apollo Server's own handler would
    // stop the server under requests in flight and raise the signal again, killing the process.
    stopOnTerminationSignals: false,
    // Apollo's defaults, stated because the edge depends on them: a request must show
    // it is not a simple cross-site form post (a JSON content type or a preflight
    // header), and a JSON array of operations is refused rather than run as a batch.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: guard.validationRules,
    parseOptions: guard.parseOptions,
    formatError: countErrors(
      clientErrorFormatter({ log, environment, restate: (formatted) => formatLimitError(formatted, settings.limits) ?? restateRefusal(formatted) }),
      metrics,
      'gateway',
    ),
    // The explorer is served from the npm package at "/", not from Apollo's CDN.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Before the others: a document sent by hash becomes its text before any of them looks.
      persistedOperations(manifest, settings.persistedOperationsOnly),
      refuseUnresolvableOperations(),
      refuseErasedOfficials(erased),
      ...guard.plugins,
      logOperations<GatewayContext>(log, 'info'),
      ...(metrics ? [metrics.operations<GatewayContext>('gateway')] : []),
    ],
  });
  if (tracer) traceRequests(server, tracer, { continueCallersTrace: false });
  await server.start();

  // The token is verified once per request, for the rate limit's count and for the context.
  const verified = new WeakMap<IncomingHttpHeaders, Promise<Viewer>>();
  const viewerOf = (headers: IncomingHttpHeaders): Promise<Viewer> => {
    let viewer = verified.get(headers);
    if (!viewer) {
      viewer = authenticate(headers.authorization);
      verified.set(headers, viewer);
    }
    return viewer;
  };

  const contextFor = (viewer: Viewer = anonymous): GatewayContext => ({
    requestId: randomUUID(),
    viewer,
    deadline: AbortSignal.timeout(settings.requestTimeoutMs),
  });

  return {
    server,
    log,
    contextFor,
    listen: (port: number, host = '127.0.0.1', listenOptions = {}) =>
      listen({
        server,
        port,
        host,
        log,
        pages: { ...listenOptions.pages, '/': explorerPage, '/explorer': explorerPage },
        ready: () => gatewayReadiness(urls, inProcess, options.readinessChecks ?? {}),
        receiveTimeoutMs: settings.requestTimeoutMs,
        // In development the explorer may be opened from any local port (a front end's dev server).
        cors: { ...settings.cors, allowLocalhost: environment === 'development' },
        rateLimit: {
          ...settings.rateLimit,
          maxTokens: settings.limits.maxTokens,
          persistedDocument: (hash) => manifest.get(hash),
          clientKey: async (headers) => clientOf(await viewerOf(headers).catch(() => anonymous)),
        },
        trustProxy: settings.trustedProxies,
        shutdown: listenOptions.shutdown,
        context: async ({ requestId, headers }) => {
          try {
            return {
              requestId,
              viewer: await viewerOf(headers),
              deadline: AbortSignal.timeout(settings.requestTimeoutMs),
            };
          } catch (error) {
            // A bad token is refused outright rather than downgraded to anonymous.
            const message = error instanceof GraphQLError ? error.message : 'The token is not valid';
            throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
        },
      }),
    async stop() {
      await following?.stop();
      await server.stop();
    },
  };
}

/**
 * An operation the gateway cannot run is the client's mistake, said with a 400 and a
 * code. Left to @apollo/gateway, which throws while planning, it would be a 500:
 * several operations and no operationName, an operationName the document lacks, or an
 * operation type the graph does not serve (subscriptions; mutations in a graph
 * without any).
 */
function refuseUnresolvableOperations(): ApolloServerPlugin<GatewayContext> {
  const refuse = (message: string, code: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, schema }) {
          if (!operation) {
            throw request.operationName
              ? refuse(`Unknown operation named "${request.operationName}".`, 'OPERATION_RESOLUTION_FAILURE')
              : refuse('Must provide operation name if query contains multiple operations.', 'OPERATION_RESOLUTION_FAILURE');
          }
          if (!schema.getRootType(operation.operation)) {
            throw refuse(`This graph serves no ${operation.operation} operations.`, 'GRAPHQL_VALIDATION_FAILED');
          }
        },
      };
    },
  };
}

/** Apollo Server's wording where it says too little for a client to act on. */
function restateRefusal(formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  if (formatted.extensions?.code === 'BAD_REQUEST' && formatted.message === 'Operation batching disabled.') {
    return { ...formatted, message: 'Batched requests (a JSON array of operations) are not accepted: send one operation per request' };
  }
  return undefined;
}

/**
 * Who a client is for the rate limit: the person or body a verified token names. A token
 * that names no one (a role as a whole), no token, or a bad one counts by address.
 */
function clientOf(viewer: Viewer): string | undefined {
  const who = viewer.officialId ?? viewer.associationId ?? viewer.subject;
  return who === undefined ? undefined : `${viewer.role}:${who}`;
}

/**
 * Ready when every subgraph says it is ready (in process, its own readiness; else its
 * /readyz) and every extra check passes. Each reason names the subgraph it comes from.
 */
async function gatewayReadiness(
  urls: Map<string, string>,
  inProcess: Map<string, Subgraph<RequestScope>>,
  checks: Record<string, () => Promise<Readiness>>,
): Promise<Readiness> {
  const subgraphs = await Promise.all(
    [...urls].map(async ([name, url]): Promise<[string, Readiness]> => {
      const local = inProcess.get(name);
      return [name, local ? await local.readiness() : await remoteReadiness(url)];
    }),
  );
  const extra = await Promise.all(Object.entries(checks).map(async ([name, check]) => [name, await check()] as const));
  const reasons = [
    ...extra.flatMap(([, r]) => r.reasons),
    ...subgraphs.flatMap(([name, r]) => r.reasons.map((reason) => `${name}: ${reason}`)),
  ];
  const details: Record<string, unknown> = Object.fromEntries(extra.map(([name, r]) => [name, r.details]));
  details.subgraphs = Object.fromEntries(subgraphs.map(([name, r]) => [name, r.ready ? 'ready' : 'unavailable']));
  return { ready: reasons.length === 0, reasons, details };
}

async function remoteReadiness(url: string): Promise<Readiness> {
  const readyz = new URL('/readyz', url);
  try {
    const response = await fetch(readyz, { signal: AbortSignal.timeout(2_000) });
    if (response.ok) return { ready: true, reasons: [], details: {} };
    const body = (await response.json().catch(() => ({}))) as { reasons?: unknown };
    const reasons = Array.isArray(body.reasons) && body.reasons.length > 0 ? body.reasons.map(String) : [`${readyz} answers ${response.status}`];
    return { ready: false, reasons, details: {} };
  } catch (error) {
    return { ready: false, reasons: [`not answering at ${readyz} (${error instanceof Error ? error.message : String(error)})`], details: {} };
  }
}
