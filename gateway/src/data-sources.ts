// How the gateway reaches a subgraph: over HTTP (every deployment, and the embedded
// platform too), or in process for whole-graph tests, where each subgraph executes the
// fetch with a context of its own, built from the gateway's viewer and request id.
import { RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { RequestScope, Subgraph } from '@connect/kit';
import type { GatewayContext } from './context.ts';

/** Forwards the request id so that one id follows a request through every log. */
export class SubgraphHttpDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    if (context?.requestId) request.http?.headers.set('x-request-id', context.requestId);
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
