// The gateway: @apollo/gateway on @apollo/server 5, serving the committed supergraph.
// It never introspects subgraphs to serve traffic; the supergraph file is the contract.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError } from 'graphql';
import {
  anonymous,
  createLogger,
  DEVELOPMENT_GATEWAY_SECRET,
  DEVELOPMENT_JWT_SECRET,
  listen,
  type HttpListener,
  type Logger,
  type RequestScope,
  type Subgraph,
  type Viewer,
} from '@connect/kit';
import { createAuthenticator, type AuthConfig } from './auth.ts';
import { defaultSubgraphUrl, subgraphCatalogue, supergraphPath, type SubgraphName } from './compose.ts';
import type { GatewayContext } from './context.ts';
import { InProcessDataSource, SubgraphHttpDataSource } from './data-sources.ts';
import { explorerPage } from './explorer.ts';

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
  const inProcess = new Map((options.inProcess ?? []).map((s) => [s.name, s]));
  const urls = new Map(
    subgraphCatalogue.map(({ name, port }) => [name as string, options.subgraphUrls?.[name] ?? defaultSubgraphUrl(port)]),
  );

  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: log,
    buildService({ name, url }): GraphQLDataSource {
      const local = inProcess.get(name);
      if (local) return new InProcessDataSource(local);
      return new SubgraphHttpDataSource({ url: urls.get(name) ?? url }, gatewaySecret);
    },
  });

  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: environment !== 'production',
    includeStacktraceInErrorResponses: environment === 'development',
    // The explorer is served from the npm package at "/", not from Apollo's CDN.
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await server.start();

  const contextFor = (viewer: Viewer = anonymous): GatewayContext => ({ requestId: randomUUID(), viewer });

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
        context: async ({ requestId, headers }) => {
          try {
            return { requestId, viewer: await authenticate(headers.authorization) };
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
