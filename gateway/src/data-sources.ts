// How the gateway reaches a subgraph: over HTTP (every deployment, and the embedded
// platform too), or in process for whole-graph tests, where each subgraph executes the
// fetch with a context of its own, built from the gateway's viewer and request id.
import { RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { encodeViewer, GATEWAY_SECRET_HEADER, VIEWER_HEADER, type RequestScope, type Subgraph } from '@connect/kit';
import type { GatewayContext } from './context.ts';

/**
 * Calls a subgraph over HTTP with the gateway's secret, the viewer the gateway
 * vouches for, and the request id, so that one id follows a request through every log.
 */
export class SubgraphHttpDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
    private readonly gatewaySecret: string,
  ) {
    super(config);
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    const headers = request.http?.headers;
    if (!headers) return;
    headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
    if (context?.viewer) headers.set(VIEWER_HEADER, encodeViewer(context.viewer));
    if (context?.requestId) headers.set('x-request-id', context.requestId);
  }
}

export class InProcessDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(private readonly subgraph: Subgraph<RequestScope>) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const context = options.context as Partial<GatewayContext>;
    const response = await this.subgraph.server.executeOperation(
      {
        query: options.request.query,
        variables: options.request.variables,
        operationName: options.request.operationName,
      },
      { contextValue: this.subgraph.contextFor({ viewer: context.viewer, requestId: context.requestId }) },
    );
    if (response.body.kind !== 'single') throw new Error(`${this.subgraph.name} answered with incremental delivery`);
    const { data, errors, extensions } = response.body.singleResult;
    return { data, errors, extensions } as Awaited<ReturnType<GraphQLDataSource['process']>>;
  }
}
