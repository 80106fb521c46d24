// The gateway: @apollo/gateway on @apollo/server 5, serving the committed supergraph.
// It never introspects subgraphs to serve traffic; the supergraph file is the contract.
//
// It is also the edge: everything it refuses (a bad token, a cross-site request, a
// batch, an operation over its limits, an invalid operation) is refused before the
// query plan runs, so no subgraph is called for it. Introspection and field
// suggestions are off in production, which an unset NODE_ENV is.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  anonymous,
  clientErrorFormatter,
  countErrors,
  createLogger,
  DEVELOPMENT_GATEWAY_SECRET,
  DEVELOPMENT_JWT_SECRET,
  listen,
  logOperations,
  traceRequests,
  tracerOf,
  type HttpListener,
  type Logger,
  type RequestScope,
  type Subgraph,
  type Telemetry,
  type Viewer,
} from '@connect/kit';
import { createAuthenticator, type AuthConfig } from './auth.ts';
import { defaultGatewaySettings, type GatewaySettings } from './config.ts';
import { defaultSubgraphUrl, subgraphCatalogue, supergraphPath, type SubgraphName } from './compose.ts';
import type { GatewayContext } from './context.ts';
import { InProcessDataSource, SubgraphHttpDataSource } from './data-sources.ts';
import { explorerPage } from './explorer.ts';
import { timedFetches } from './fetch-timing.ts';
import { formatLimitError, operationGuard } from './limits.ts';

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
  /** Sent to subgraphs on every call; they refuse calls without it. */
  gatewaySecret?: string;
  /** Operation limits and time limits; the defaults of config.ts when omitted. */
  settings?: GatewaySettings;
  /** Traces and metrics; without them the gateway makes neither. */
  telemetry?: Telemetry;
}

export interface Gateway {
  server: ApolloServer<GatewayContext>;
  log: Logger;
  /** A context for an in-process call (tests): the viewer is taken as given. */
  contextFor(viewer?: Viewer): GatewayContext;
  listen(port: number, host?: string): Promise<HttpListener>;
  stop(): Promise<void>;
}

export async function createGateway(options: GatewayOptions = {}): Promise<Gateway> {
  const log = options.log ?? createLogger('gateway');
  const environment = options.environment ?? 'production';
  const supergraphSdl = options.supergraphSdl ?? readFileSync(supergraphPath, 'utf8');
  const gatewaySecret = options.gatewaySecret ?? DEVELOPMENT_GATEWAY_SECRET;
  const authenticate = createAuthenticator(options.auth ?? { secret: DEVELOPMENT_JWT_SECRET });
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
      return new SubgraphHttpDataSource({ name, url: target, gatewaySecret, timeoutMs: settings.subgraphTimeoutMs, log });
    }),
  });

  const guard = operationGuard(settings.limits, { hideSuggestions: environment !== 'development' });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    logger: log,
    introspection: environment !== 'production',
    includeStacktraceInErrorResponses: environment === 'development',
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
      refuseUnresolvableOperations(),
      ...guard.plugins,
      logOperations<GatewayContext>(log, 'info'),
      ...(metrics ? [metrics.operations<GatewayContext>('gateway')] : []),
    ],
  });
  if (tracer) traceRequests(server, tracer, { continueCallersTrace: false });
  await server.start();

  const contextFor = (viewer: Viewer = anonymous): GatewayContext => ({
    requestId: randomUUID(),
    viewer,
    deadline: AbortSignal.timeout(settings.requestTimeoutMs),
  });

  return {
    server,
    log,
    contextFor,
    listen: (port: number, host = '127.0.0.1') =>
      listen({
        server,
        port,
        host,
        log,
        pages: { '/': explorerPage, '/explorer': explorerPage },
        ready: () => subgraphsReady(urls, inProcess),
        receiveTimeoutMs: settings.requestTimeoutMs,
        context: async ({ requestId, headers }) => {
          try {
            return {
              requestId,
              viewer: await authenticate(headers.authorization),
              deadline: AbortSignal.timeout(settings.requestTimeoutMs),
            };
          } catch (error) {
            // A bad token is refused outright rather than downgraded to anonymous.
            const message = error instanceof GraphQLError ? error.message : 'The token is not valid';
            throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
        },
      }),
    stop: () => server.stop(),
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

/** Ready when every subgraph says it is ready: in process, its database answers; else its /readyz. */
async function subgraphsReady(urls: Map<string, string>, inProcess: Map<string, Subgraph<RequestScope>>): Promise<boolean> {
  const checks = [...urls].map(async ([name, url]) => {
    const local = inProcess.get(name);
    if (local) return local.database.ping();
    try {
      const response = await fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(2_000) });
      return response.ok;
    } catch {
      return false;
    }
  });
  return (await Promise.all(checks)).every(Boolean);
}
