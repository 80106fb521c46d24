export { createGateway, type Gateway, type GatewayOptions } from './gateway.ts';
export { composeSupergraph, subgraphCatalogue, supergraphPath, type SubgraphName } from './compose.ts';
export type { GatewayContext } from './context.ts';
export { dashboardSite, DASHBOARD_PATH, type DashboardSite } from './dashboard.ts';
export { createAuthenticator, signToken, viewerFromClaims, DEVELOPMENT_TOKEN_ISSUER, TOKEN_AUDIENCE, TOKEN_ISSUER, type AuthConfig } from './auth.ts';
export { defaultGatewaySettings, gatewayEnvSchema, loadGatewaySettings, type GatewaySettings, type OperationLimits } from './config.ts';
export { LIMIT_EXCEEDED, operationGuard } from './limits.ts';
export { loadPersistedOperations, PERSISTED_OPERATION_NOT_FOUND, PERSISTED_OPERATION_REQUIRED } from './persisted-operations.ts';
export { REQUEST_TIMEOUT, SUBGRAPH_TIMEOUT, SUBGRAPH_UNAVAILABLE } from './data-sources.ts';
