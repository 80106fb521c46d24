// Times every call the gateway makes to a subgraph, by subgraph and outcome: "ok", or
// the code the failed call became for the client (SUBGRAPH_TIMEOUT, ...). Wraps any
// data source, so calls over HTTP and in process are timed alike.
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions, ServiceEndpointDefinition } from '@apollo/gateway';
import type { PlatformMetrics } from '@connect/kit';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context.ts';

type BuildService = (definition: ServiceEndpointDefinition) => GraphQLDataSource;

/** The gateway's buildService, its data sources timed when metrics are on. */
export function timedFetches(metrics: PlatformMetrics | undefined, build: BuildService): BuildService {
  if (!metrics) return build;
  return (definition) => new TimedDataSource(build(definition), definition.name, metrics);
}

class TimedDataSource implements GraphQLDataSource<GatewayContext> {
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
