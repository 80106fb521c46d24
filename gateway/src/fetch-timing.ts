// Times every call the gateway makes to a subgraph, by subgraph and outcome: "ok", or
// the code the failed call became for the client (SUBGRAPH_TIMEOUT, ...). Wraps any
// data source, so calls over HTTP and in process are timed alike.
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { PlatformMetrics } from '@connect/kit';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context.ts';

export class TimedDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(
    private readonly inner: GraphQLDataSource<GatewayContext>,
    private readonly subgraph: string,
    private readonly metrics: PlatformMetrics,
  ) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const done = this.metrics.timeFetch(this.subgraph);
    try {
      const result = await this.inner.process(options);
      done('ok');
      return result;
    } catch (error) {
      done(error instanceof GraphQLError && typeof error.extensions.code === 'string' ? error.extensions.code : 'ERROR');
      throw error;
    }
  }
}
