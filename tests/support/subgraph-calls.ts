// Counts what reaches the subgraphs: operations their Apollo servers are asked to run
// (over HTTP or in process) and SQL statements their databases receive. A refusal at
// the gateway must leave both at zero.
import type { TestPlatform } from './platform.ts';

export interface SubgraphCalls {
  /** Operations the five subgraph servers were asked to run since the last reset. */
  operations(): number;
  /** SQL statements the five databases received since the last reset. */
  statements(): number;
  reset(): void;
}

export function countSubgraphCalls(platform: TestPlatform): SubgraphCalls {
  let operations = 0;
  for (const subgraph of platform.subgraphs) {
    const server = subgraph.server;
    const overHttp = server.executeHTTPGraphQLRequest.bind(server);
    const inProcess = server.executeOperation.bind(server);
    server.executeHTTPGraphQLRequest = (request) => {
      operations++;
      return overHttp(request);
    };
    server.executeOperation = ((...args: Parameters<typeof inProcess>) => {
      operations++;
      return inProcess(...args);
    }) as typeof server.executeOperation;
  }
  return {
    operations: () => operations,
    statements: () => platform.statements(),
    reset() {
      operations = 0;
      platform.resetStatements();
    },
  };
}
