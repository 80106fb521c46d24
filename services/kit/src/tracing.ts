// Traces (OpenTelemetry). One client request through the gateway is one trace: the
// gateway's server span with the spans @apollo/gateway makes itself (validate, plan,
// execute, fetch), each subgraph's server span under the fetch that called it, and the
// SQL statements each subgraph sent under its server span.
//
// Off unless an OTLP endpoint is configured (or a test hands an exporter): then the
// SDK is not even loaded, servers are not wrapped and statements are not watched; what
// remains is the API's no-op, which the logger asks for a trace id on each line.
//
// Each part of the platform gets a tracer provider of its own, named by its
// service.name, so that the one-process platform reads in a trace viewer as the six
// services it is made of. The process's own part (the gateway, or a subgraph on its
// own) is registered globally: @apollo/gateway makes its spans through the global API,
// and the global context manager (AsyncLocalStorage) and W3C propagator serve all parts.
import {
  context,
  createContextKey,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
  type TextMapGetter,
  type Tracer,
} from '@opentelemetry/api';
import type { ApolloServer, ApolloServerPlugin, BaseContext, HeaderMap } from '@apollo/server';
import type { NodeTracerProvider, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { StatementWatch } from './database.ts';

export interface TracingOptions {
  /** The part this process is (gateway, or a subgraph's name): its provider is the global one. */
  service: string;
  /** OTLP/HTTP collector base URL; spans go to `<endpoint>/v1/traces` as protobuf. */
  otlpEndpoint?: string;
  /** Instead of OTLP: an exporter that is handed each span as it ends (tests). */
  exporter?: SpanExporter;
  environment?: string;
}

export interface Tracing {
  /** The tracer of one part of the platform; its spans carry service.name = `service`. */
  tracer(service: string): Tracer;
  /** Sends every span that has ended and is still buffered. */
  flush(): Promise<void>;
  shutdown(): Promise<void>;
}

const TRACER_NAME = 'connect';

/** Starts tracing when an endpoint or an exporter is given; undefined (tracing off) otherwise. */
export async function startTracing(options: TracingOptions): Promise<Tracing | undefined> {
  if (!options.otlpEndpoint && !options.exporter) return undefined;
  // Loaded only now: a process that does not trace never loads the SDK.
  const sdk = await import('@opentelemetry/sdk-trace-node');
  const { resourceFromAttributes } = await import('@opentelemetry/resources');
  const otlp = options.otlpEndpoint ? await import('@opentelemetry/exporter-trace-otlp-proto') : undefined;
  const tracesUrl = options.otlpEndpoint ? `${options.otlpEndpoint.replace(/\/+$/, '')}/v1/traces` : '';

  const processorFor = (): SpanProcessor =>
    otlp ? new sdk.BatchSpanProcessor(new otlp.OTLPTraceExporter({ url: tracesUrl })) : new sdk.SimpleSpanProcessor(options.exporter!);
  const providers = new Map<string, NodeTracerProvider>();
  const providerFor = (service: string): NodeTracerProvider => {
    let provider = providers.get(service);
    if (!provider) {
      provider = new sdk.NodeTracerProvider({
        resource: resourceFromAttributes({
          'service.name': service,
          'service.namespace': 'connect',
          ...(options.environment ? { 'deployment.environment.name': options.environment } : {}),
        }),
        spanProcessors: [processorFor()],
      });
      providers.set(service, provider);
    }
    return provider;
  };
  providerFor(options.service).register();

  return {
    tracer: (service) => providerFor(service).getTracer(TRACER_NAME),
    async flush() {
      await Promise.all([...providers.values()].map((p) => p.forceFlush()));
    },
    async shutdown() {
      await Promise.all([...providers.values()].map((p) => p.shutdown()));
      trace.disable();
      context.disable();
      propagation.disable();
    },
  };
}

/** The trace and span a log line is written in, if any (for the logger's mixin). */
export function activeTraceIds(): { trace_id: string; span_id: string } | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

/** Writes the active trace context (W3C traceparent) into outgoing headers; nothing while tracing is off. */
export function injectTraceContext(headers: { set(name: string, value: string): unknown }): void {
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

const headerMapGetter: TextMapGetter<HeaderMap> = {
  get: (carrier, key) => carrier.get(key),
  keys: (carrier) => [...carrier.keys()],
};

/** The server span of the request being handled, so that the plugin finds it and never a caller's span. */
const serverSpanKey = createContextKey('connect.server-span');

/**
 * Runs every request the server handles inside a server span of its own, active while
 * it executes, so that everything below (resolvers, loaders, the database, the
 * gateway's fetches) is part of the request's trace. Over HTTP the span continues the
 * caller's trace (the W3C traceparent header); in process it continues the trace the
 * call runs in (the gateway's fetch, for the in-process data source).
 *
 * An Apollo plugin alone cannot do this: its hooks are called by the request, and
 * cannot run the rest of the request inside a context of their own. So the two entry
 * points are wrapped, and a plugin names the span once the operation is known and adds
 * the parse and validation spans. Call before `server.start()`.
 *
 * Subgraphs continue the trace of the gateway that called them. The gateway, at the
 * edge, starts a trace of its own for every client request: a client's traceparent
 * could otherwise join arbitrary traces, or mark its requests "not sampled" and keep
 * them out of every trace.
 */
export function traceRequests<Ctx extends BaseContext>(server: ApolloServer<Ctx>, tracer: Tracer, options: { continueCallersTrace: boolean }): void {
  const overHttp = server.executeHTTPGraphQLRequest.bind(server);
  server.executeHTTPGraphQLRequest = (request) => {
    const parent = options.continueCallersTrace
      ? propagation.extract(ROOT_CONTEXT, request.httpGraphQLRequest.headers, headerMapGetter)
      : ROOT_CONTEXT;
    return inServerSpan(tracer, parent, () => overHttp(request));
  };
  const inProcess = server.executeOperation.bind(server) as (...args: unknown[]) => Promise<unknown>;
  (server as unknown as { executeOperation: typeof inProcess }).executeOperation = (...args) =>
    inServerSpan(tracer, context.active(), () => inProcess(...args));
  server.addPlugin(operationSpans(tracer));
}

async function inServerSpan<T>(tracer: Tracer, parent: Context, work: () => Promise<T>): Promise<T> {
  const span = tracer.startSpan('graphql', { kind: SpanKind.SERVER }, parent);
  try {
    return await context.with(trace.setSpan(parent, span).setValue(serverSpanKey, span), work);
  } catch (error) {
    failed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

function operationSpans<Ctx extends BaseContext>(tracer: Tracer): ApolloServerPlugin<Ctx> {
  const child = (name: string) => tracer.startSpan(name, {}, context.active());
  return {
    async requestDidStart() {
      const server = context.active().getValue(serverSpanKey) as Span | undefined;
      if (!server) return undefined;
      return {
        // Neither runs for a document Apollo Server has parsed and validated before.
        async parsingDidStart() {
          const end = ender(child('graphql.parse'));
          return async (error) => end(error);
        },
        async validationDidStart() {
          const end = ender(child('graphql.validate'));
          return async (errors) => end(errors?.[0]);
        },
        async didResolveOperation({ operationName, operation }) {
          const type = operation?.operation ?? 'operation';
          server.updateName(`${type}${operationName ? ` ${operationName}` : ''}`);
          server.setAttributes({ 'graphql.operation.type': type, ...(operationName ? { 'graphql.operation.name': operationName } : {}) });
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (!errors?.length) return;
          const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          server.setAttribute('graphql.error.codes', codes);
          server.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(', ') });
        },
      };
    },
  };
}

/** Ends the span when called, marked failed when given an error. */
const ender = (span: Span) => (error?: unknown) => {
  if (error) failed(span, error);
  span.end();
};

function failed(span: Span, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  span.setStatus({ code: SpanStatusCode.ERROR, message });
  if (error instanceof Error) span.recordException(error);
}

/**
 * A span for each SQL statement a traced request sends, under the span active when it
 * was sent. Statements sent outside any trace (relays polling their outbox, metrics
 * scrapes) make none: they would each be a trace of their own, several a second.
 * The statement's text is recorded, never its parameters, which may hold personal data.
 */
export function statementSpans(tracer: Tracer, schema: string): StatementWatch {
  return (sql) => {
    const parent = context.active();
    if (!trace.getSpan(parent)) return noop;
    const operation = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL';
    const span = tracer.startSpan(
      `${operation} ${schema}`,
      {
        kind: SpanKind.CLIENT,
        attributes: { 'db.system.name': 'postgresql', 'db.namespace': schema, 'db.operation.name': operation, 'db.query.text': sql },
      },
      parent,
    );
    return ender(span);
  };
}

const noop = () => {};
