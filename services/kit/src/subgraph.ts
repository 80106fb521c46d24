// The bootstrap every subgraph shares. A service describes itself once (name, SDL,
// resolvers, migrations, how to build its per-request context, how to seed the demo
// story); this module opens its database, builds the federated schema and the Apollo
// server, and hands back one object that tests, the gateway and `index.ts` all use.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { ApolloServer, type GraphQLRequest } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { parse, type DocumentNode, type FormattedExecutionResult, type GraphQLSchema } from 'graphql';
import { clientErrorFormatter } from './client-errors.ts';
import { assertProductionSecrets } from './config.ts';
import { openDatabase, type Database, type OpenDatabase, type StatementWatch, type Transaction } from './database.ts';
import type { EventEnvelope, EventType } from './events/catalogue.ts';
import { handleOnce, handleOnceWithin } from './events/inbox.ts';
import { EventRecorder, Relay } from './events/outbox.ts';
import type { ServiceTables } from './events/tables.ts';
import type { EventTransport, Subscription } from './events/transport.ts';
import { gatewayGuard } from './gateway-trust.ts';
import { listen, type HttpListener, type ShutdownSettings } from './http.ts';
import { createMutate, type Mutate } from './mutation.ts';
import { allErased, viewerErasure, type ViewerErasure } from './erasure.ts';
import { actorPseudonymKey, actorShownTo } from './actors.ts';
import { DEVELOPMENT_GATEWAY_SECRET } from './config.ts';
import { refuseNulInput } from './input-guard.ts';
import { createLogger, type Logger } from './logging.ts';
import { transportReadiness, type Readiness } from './readiness.ts';
import { countErrors } from './metrics.ts';
import { logOperations } from './operation-log.ts';
import type { RunSql, WorldLoader } from './synthetic.ts';
import { tracerOf, type Telemetry } from './telemetry.ts';
import { statementSpans, traceRequests } from './tracing.ts';
import { anonymous, type Viewer } from './viewer.ts';

export type { GraphQLResolverMap };

/**
 * A subgraph's resolver map, by GraphQL type. Its fields are checked in the service,
 * against the `Resolvers` type generated from its SDL (src/generated/resolvers.ts); the
 * kit only hands the map to Apollo, whose own map type cannot express
 * `__resolveReference(reference, context)`.
 */
export type SubgraphResolvers = { [typeName: string]: object };

/** What every resolver context carries; services extend it with their loaders. */
export interface RequestScope {
  db: Database;
  viewer: Viewer;
  requestId: string;
  log: Logger;
  /** Runs a mutation's writes: transaction, events, idempotency, refusals. */
  mutate: Mutate;
  /** Whether the viewer is an erased official; every mutation asks before it runs. */
  erasure: ViewerErasure;
  /** A history's stored actor as this viewer may see it (actors.ts): staff see who, others a pseudonym. */
  showActor(actor: string): string;
}

/** What a service does when another service's event arrives; runs inside the inbox transaction. */
export type EventHandlers = {
  [T in EventType]?: (event: EventEnvelope<T>, tx: Transaction, events: EventRecorder, log: Logger) => Promise<void>;
};

export interface SubgraphDefinition<Ctx extends RequestScope> {
  /** Also the service's Postgres schema and PGlite folder. */
  name: string;
  defaultPort: number;
  typeDefs: DocumentNode;
  resolvers: SubgraphResolvers;
  migrationsFolder: string;
  /** Builds the per-request context: loaders are created here, once per request. */
  createContext(scope: RequestScope): Ctx;
  /** Seeds the demo story into an empty database; returns whether it wrote anything. */
  seedDemo?(db: Database): Promise<boolean>;
  /**
   * Writes the service's own part of the synthetic world (@connect/kit/synthetic) through
   * `run`, with the events its write paths would have recorded; absent when the service
   * owns no part of it (its projections fill from the others' events).
   */
  syntheticWorld?(run: RunSql): WorldLoader;
  /** The service's outbox, inbox and idempotency tables (from `serviceTables`). */
  tables: ServiceTables;
  /** Events of other services this one reacts to. */
  handlers?: EventHandlers;
}

export interface SubgraphOptions {
  databaseUrl?: string;
  /** PGlite data folder; omitted means in memory. */
  dataDir?: string;
  seedDemo?: boolean;
  environment?: 'development' | 'test' | 'production';
  log?: Logger;
  logLevel?: string;
  /** How events travel; without one, events stay in the outbox until a relay runs. */
  transport?: EventTransport;
  /** When set, HTTP calls without a valid viewer assertion signed with it are refused before parsing. Also keys the actors' pseudonyms. */
  gatewaySecret?: string;
  /** The longest lifetime of a viewer assertion (GATEWAY_ASSERTION_TTL). */
  assertionLifetimeSeconds?: number;
  /** Traces and metrics; without them the service makes neither. */
  telemetry?: Telemetry;
  /**
   * Lets the transport hand over events waiting in a row together, handled in one
   * transaction (the in-process transport does): for bulk loads such as the synthetic
   * world, where one transaction per event would dominate.
   */
  batchDelivery?: boolean;
}

export interface Subgraph<Ctx extends RequestScope = RequestScope> {
  name: string;
  defaultPort: number;
  typeDefs: DocumentNode;
  schema: GraphQLSchema;
  server: ApolloServer<Ctx>;
  database: OpenDatabase;
  log: Logger;
  contextFor(scope?: { viewer?: Viewer; requestId?: string }): Ctx;
  events: {
    /** Publishes what is in the outbox now (tests; the relay does it by itself). */
    drain(): Promise<number>;
    /** Hands an event to this service's handlers as a transport would; true when it was new. */
    deliver(envelope: EventEnvelope): Promise<boolean>;
  };
  /** Events recorded and not yet published (0 without a transport to publish them). */
  outboxDepth(): Promise<number>;
  /**
   * Whether the service can do its work: its database answers, and its events flow
   * (the transport is connected, its consumer receives, its relay publishes).
   */
  readiness(): Promise<Readiness>;
  /** Runs one operation in process with a fresh context, as the gateway's data source does. */
  execute<TData = Record<string, unknown>>(
    request: GraphQLRequest,
    viewer?: Viewer,
  ): Promise<FormattedExecutionResult<TData>>;
  /** The officials this service knows to be erased. */
  erasedOfficials(): Promise<string[]>;
  /** Serves /graphql, /healthz and /readyz over HTTP. */
  listen(port: number, host?: string, options?: { shutdown?: ShutdownSettings }): Promise<HttpListener>;
  stop(): Promise<void>;
}

export function loadTypeDefs(url: URL): DocumentNode {
  return parse(readFileSync(url, 'utf8'));
}

/**
 * The files every service keeps in the same place: its SDL next to `server.ts`
 * (src/schema.graphql) and its drizzle-kit migrations at the package root (drizzle/).
 * A definition spreads them: `...serviceFiles(import.meta.url)`.
 */
export function serviceFiles(serverModuleUrl: string): Pick<SubgraphDefinition<RequestScope>, 'typeDefs' | 'migrationsFolder'> {
  return {
    typeDefs: loadTypeDefs(new URL('./schema.graphql', serverModuleUrl)),
    migrationsFolder: fileURLToPath(new URL('../drizzle', serverModuleUrl)),
  };
}

export async function startSubgraph<Ctx extends RequestScope>(
  definition: SubgraphDefinition<Ctx>,
  options: SubgraphOptions = {},
): Promise<Subgraph<Ctx>> {
  const log = options.log ?? createLogger(definition.name, options.logLevel ?? 'info');
  const environment = options.environment ?? 'production';
  // A subgraph that serves in production trusts only the gateway's own secret.
  if (environment === 'production' && options.gatewaySecret !== undefined) {
    assertProductionSecrets({ auth: null, gatewaySecret: options.gatewaySecret });
  }
  const tracer = tracerOf(options.telemetry, definition.name);
  const metrics = options.telemetry?.metrics;
  const watches: StatementWatch[] = [];
  if (tracer) watches.push(statementSpans(tracer, definition.name));
  if (metrics) watches.push(metrics.statements(definition.name));
  const database = await openDatabase({
    schema: definition.name,
    migrationsFolder: definition.migrationsFolder,
    url: options.databaseUrl,
    dataDir: options.dataDir,
    watches,
  });
  if (options.seedDemo && definition.seedDemo) {
    const seeded = await definition.seedDemo(database.db);
    if (seeded) log.info('seeded the demo story');
  }
  database.statements.reset();

  const resolvers = refuseMutationsOfErasedOfficials(definition.resolvers);
  const schema = buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }]);
  const server = new ApolloServer<Ctx>({
    schema,
    // Apollo's inline traces are for its hosted service, which CONNECT does not use. Input
    // holding a NUL is refused before execution: PostgreSQL text cannot store one.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      refuseNulInput<Ctx>(),
      logOperations<Ctx>(log, 'debug'),
      ...(metrics ? [metrics.operations<Ctx>(definition.name)] : []),
    ],
    introspection: environment !== 'production',
    includeStacktraceInErrorResponses: environment === 'development',
    formatError: countErrors(clientErrorFormatter({ log, environment }), metrics, definition.name),
    // The entry point stops on a signal, listener first; Apollo Server's own handler would
    // stop the server under requests in flight and raise the signal again, killing the process.
    stopOnTerminationSignals: false,
  });
  if (tracer) traceRequests(server, tracer, { continueCallersTrace: true });
  await server.start();
  const unwatch = metrics?.watchService(definition.name, { database, tables: definition.tables });

  const transport = options.transport;
  const relay = transport
    ? new Relay({ db: database.db, tables: definition.tables, transport, source: definition.name, log })
    : undefined;
  relay?.start();
  const poke = () => relay?.poke();

  const handlers = definition.handlers ?? {};
  const handlerOf = (envelope: EventEnvelope) =>
    handlers[envelope.type] as ((event: EventEnvelope, tx: Transaction, events: EventRecorder, log: Logger) => Promise<void>) | undefined;
  /** Runs the handler of an event in `tx`; answers how many events it recorded. */
  const runHandler = async (tx: Transaction, envelope: EventEnvelope): Promise<number> => {
    const events = new EventRecorder(tx, definition.tables);
    await handlerOf(envelope)!(envelope, tx, events, log.child({ event: envelope.type, eventId: envelope.id }));
    return events.count;
  };
  const deliver = async (envelope: EventEnvelope): Promise<boolean> => {
    if (!handlerOf(envelope)) return false;
    let recorded = 0;
    const handled = await handleOnce(database.db, definition.tables, envelope, async (tx) => {
      recorded = await runHandler(tx, envelope);
    });
    if (recorded > 0) poke();
    return handled;
  };
  const deliverBatch = async (envelopes: readonly EventEnvelope[]): Promise<void> => {
    let recorded = 0;
    await database.db.transaction(async (tx) => {
      for (const envelope of envelopes) {
        if (!handlerOf(envelope)) continue;
        await handleOnceWithin(tx, definition.tables, envelope, async () => {
          recorded += await runHandler(tx, envelope);
        });
      }
    });
    if (recorded > 0) poke();
  };
  let subscription: Subscription | undefined;
  const handledTypes = Object.keys(handlers) as EventType[];
  if (transport && handledTypes.length > 0) {
    subscription = await transport.subscribe(
      definition.name,
      handledTypes,
      async (envelope) => {
        await deliver(envelope);
      },
      options.batchDelivery ? { batch: deliverBatch } : {},
    );
  }

  const outboxDepth = async () => (relay ? relay.depth() : 0);
  const readiness = async (): Promise<Readiness> => {
    const [databaseUp, events, depth] = await Promise.all([
      database.ping().catch(() => false),
      transport ? transportReadiness(transport, [definition.name]) : undefined,
      outboxDepth().catch(() => undefined),
    ]);
    const reasons = databaseUp ? [] : ['database: not answering'];
    const details: Record<string, unknown> = { database: databaseUp ? 'ok' : 'unreachable' };
    if (events && relay) {
      reasons.push(...events.reasons);
      const relayStatus = relay.status();
      // While the transport is down it says so itself; a relay failing beside a working
      // transport (a stream deleted, say) is its own problem. One failure is a blip.
      if (events.reasons.length === 0 && relayStatus.failures >= 2) {
        reasons.push(`events: the outbox relay cannot publish since ${relayStatus.failingSince} (${relayStatus.lastError}); events waiting: ${depth ?? 'unknown'}`);
      }
      details.events = { ...events.details, outboxDepth: depth ?? null, relay: relayStatus };
    }
    return { ready: reasons.length === 0, reasons, details };
  };

  const pseudonymKey = actorPseudonymKey(options.gatewaySecret ?? DEVELOPMENT_GATEWAY_SECRET);
  const contextFor = (scope: { viewer?: Viewer; requestId?: string } = {}): Ctx => {
    const viewer = scope.viewer ?? anonymous;
    return definition.createContext({
      db: database.db,
      viewer,
      requestId: scope.requestId ?? randomUUID(),
      log,
      mutate: createMutate(database.db, definition.tables, viewer, poke),
      erasure: viewerErasure(database.db, definition.tables.erasedOfficials, viewer),
      showActor: (actor) => actorShownTo(viewer, actor, pseudonymKey),
    });
  };

  return {
    name: definition.name,
    defaultPort: definition.defaultPort,
    typeDefs: definition.typeDefs,
    schema,
    server,
    database,
    log,
    contextFor,
    events: {
      drain: () => relay?.drain() ?? Promise.resolve(0),
      deliver,
    },
    outboxDepth,
    readiness,
    async execute<TData>(request: GraphQLRequest, viewer?: Viewer) {
      const response = await server.executeOperation<TData>(request, { contextValue: contextFor({ viewer }) });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used by CONNECT subgraphs');
      return response.body.singleResult;
    },
    erasedOfficials: () => allErased(database.db, definition.tables.erasedOfficials),
    listen: (port: number, host = '127.0.0.1', listenOptions = {}) => {
      if (environment === 'production' && !options.gatewaySecret) {
        return Promise.reject(new Error('Invalid configuration:\n  GATEWAY_SECRET: required in production'));
      }
      return listen({
        server,
        port,
        host,
        log,
        shutdown: listenOptions.shutdown,
        compress: false,
        ready: readiness,
        guard: options.gatewaySecret
          ? gatewayGuard({ secret: options.gatewaySecret, audience: definition.name, lifetimeSeconds: options.assertionLifetimeSeconds })
          : undefined,
        context: async ({ requestId, viewer }) => contextFor({ requestId, viewer }),
      });
    },
    async stop() {
      unwatch?.();
      await subscription?.stop();
      await relay?.stop();
      await server.stop();
      await database.close();
    },
  };
}

/**
 * Every mutation of a service first asks whether the viewer is an erased official (one
 * read per request, kept in the context): an erased official's token, still valid until
 * it expires, acts nowhere, whichever service the gateway reaches first.
 */
function refuseMutationsOfErasedOfficials<Ctx extends RequestScope>(resolvers: SubgraphResolvers): GraphQLResolverMap<Ctx> {
  const mutations = resolvers.Mutation as Record<string, unknown> | undefined;
  if (!mutations) return resolvers as GraphQLResolverMap<Ctx>;
  const guarded: Record<string, unknown> = {};
  for (const [name, resolver] of Object.entries(mutations)) {
    if (typeof resolver !== 'function') throw new Error(`Mutation.${name} must be a resolver function`);
    guarded[name] = async (parent: unknown, args: unknown, ctx: Ctx, info: unknown) => {
      await ctx.erasure.refuseErasedViewer();
      return (resolver as (...a: unknown[]) => unknown)(parent, args, ctx, info);
    };
  }
  return { ...resolvers, Mutation: guarded } as GraphQLResolverMap<Ctx>;
}
