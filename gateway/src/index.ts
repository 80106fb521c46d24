export { createGateway, type Gateway, type GatewayOptions } from './gateway.ts';
export { composeSupergraph, subgraphCatalogue, supergraphPath, type SubgraphName } from './compose.ts';
export type { GatewayContext } from './context.ts';
export { createAuthenticator, signToken, viewerFromClaims, DEVELOPMENT_TOKEN_ISSUER, TOKEN_AUDIENCE, TOKEN_ISSUER, type AuthConfig } from './auth.ts';
export { defaultGatewaySettings, gatewayEnvSchema, loadGatewaySettings, type GatewaySettings, type OperationLimits } from './config.ts';
export { LIMIT_EXCEEDED, operationGuard } from './limits.ts';
export { REQUEST_TIMEOUT, SUBGRAPH_TIMEOUT, SUBGRAPH_UNAVAILABLE } from './data-sources.ts';
