// What the kit offers the services, the gateway and the tests, named one by one: a name
// not listed here is the kit's own. Tests reach the kit's internals from its own test/
// folder; the test helpers are @connect/kit/testing.
export {
  assertProductionSecrets,
  DEFAULT_ASSERTION_LIFETIME_SECONDS,
  DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
  DEVELOPMENT_GATEWAY_SECRET,
  DEVELOPMENT_JWT_SECRET,
  disableApolloTelemetry,
  loadPlatformConfig,
  parseDuration,
  platformEnvSchema,
  portFrom,
  reportConfigurationErrors,
  requireProductionSecrets,
  type TokenVerification,
} from './config.ts';
export { countStatements, type Database, type Executor, type OpenDatabase, openDatabase, type Transaction } from './database.ts';
export { demo, demoId } from './demo.ts';
export { BadUserInputError, ForbiddenError, isUuid, parseId, shorten, UnauthenticatedError, type UserError } from './errors.ts';
export { type HttpListener, isMutation, listen, MAX_BODY_BYTES, type Page, type RateLimitSettings, type ShutdownSettings } from './http.ts';
export { clientErrorFormatter, MAX_MESSAGE_LENGTH, withRequestId } from './client-errors.ts';
export { countryCode, InputCheck, isTopicCode, type WindowEnd } from './input-check.ts';
export { todayUtc } from './input-check.ts';
export { languageCode } from './languages.ts';
export { defineLifecycle, type Lifecycle, type TransitionOutcome, type TransitionRefusal } from './lifecycle.ts';
export { applyTransition, type Moved, type StatusWrite, type Transition, type TransitionStore } from './status-change.ts';
export { DataLoader, loaderByKey, loaderOfMany, loaderOfPages, type PageOfParent } from './loaders.ts';
export { createLogger, type Logger } from './logging.ts';
export { type Connection, type ConnectionArgs, encodeCursor, keyset, type PageRequest, pageRequest, toConnection } from './pagination.ts';
export { referencedId, referencedKey } from './references.ts';
export {
  type EventHandlers,
  type GraphQLResolverMap,
  type RequestScope,
  serviceFiles,
  startSubgraph,
  type Subgraph,
  type SubgraphDefinition,
} from './subgraph.ts';
export { anonymous, type Role, subjectPattern, type Viewer } from './viewer.ts';
export { runSubgraph } from './main.ts';
export { DateTime, isCalendarDay, scalarResolvers } from './scalars.ts';
export { MAX_SEARCH_LENGTH, parseSearch } from './search.ts';
export { isOwnMe, meId } from './me.ts';
export { TOPIC_PARENTS, TOPIC_ROOTS, topicWithDescendants } from './topics.ts';
export {
  type EventEnvelope,
  type EventPayloads,
  type EventType,
  type MunicipalityProfile,
  type OfficialProfile,
  type RequestProfile,
} from './events/catalogue.ts';
export { InProcessTransport } from './events/in-process.ts';
export { type DeliverySettings, NatsTransport, withoutCredentials } from './events/nats.ts';
export { EventRecorder } from './events/outbox.ts';
export { serviceTables } from './events/tables.ts';
export { type EventHandler, type EventTransport, type Subscription, type TransportStatus } from './events/transport.ts';
export { type Readiness, transportReadiness } from './readiness.ts';
export { actorOf, readableBy, requireRole } from './access.ts';
export { assertionKey, signViewerAssertion, VIEWER_ASSERTION_HEADER } from './gateway-trust.ts';
export { type MutationOutcome, Refusal, refuse } from './mutation.ts';
export { jsonScalarResolvers } from './json-scalar.ts';
export { requireOwnPersonalData } from './personal-data.ts';
export { erasedAmong, OFFICIAL_ERASED, recordErasure, refuseErasedOfficials } from './erasure.ts';
export { consumerLagOf, countErrors, MAX_OPERATION_NAMES, type MetricsListener, PlatformMetrics, serveMetrics } from './metrics.ts';
export { logOperations } from './operation-log.ts';
export { startTelemetry, type Telemetry, tracerOf } from './telemetry.ts';
export { activeTraceIds, injectTraceContext, startTracing, traceRequests, type Tracing } from './tracing.ts';
