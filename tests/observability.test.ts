// Traces, logs and metrics of one RequestOverview through the gateway and the five
// subgraphs over HTTP: one trace from the gateway to every subgraph's database, the
// trace id in the log lines, and the figures an operator scrapes from /metrics.
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphDefinitions } from '@connect/platform';
import {
  createLogger,
  demo,
  EventRecorder,
  MAX_OPERATION_NAMES,
  PlatformMetrics,
  serveMetrics,
  startTracing,
  type MetricsListener,
  type Tracing,
} from '@connect/kit';
import { startTestSubgraph } from '@connect/kit/testing';
import { operation, startTestPlatform, type TestPlatform } from './support/platform.ts';

const subgraphNames = ['municipalities', 'requests', 'matching', 'exchanges', 'knowledge'];

const exporter = new InMemorySpanExporter();
const metrics = new PlatformMetrics({ processService: 'platform' });
const logLines: Record<string, unknown>[] = [];
let tracing: Tracing;
let platform: TestPlatform | undefined;
let metricsListener: MetricsListener;

beforeAll(async () => {
  tracing = (await startTracing({ service: 'gateway', exporter }))!;
  metricsListener = await serveMetrics(metrics, { host: '127.0.0.1', port: 0 });
  const destination = { write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>) };
  platform = await startTestPlatform({
    transport: 'http',
    telemetry: { tracing, metrics },
    log: (name) => createLogger(name, 'debug', destination),
  });
});
afterAll(async () => {
  await platform?.dispose();
  await metricsListener?.close();
  await tracing?.shutdown();
});

async function post(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(platform!.url!, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
}

const serviceOf = (span: ReadableSpan) => span.resource.attributes['service.name'];
/** A trace a client claims to be part of, sampled or not: the gateway starts its own either way. */
const clientTraceId = '0af7651916cd43dd8448eb211c80319c';

describe('one RequestOverview through the gateway over HTTP', () => {
  let spans: ReadableSpan[];
  let traceId: string;

  beforeAll(async () => {
    exporter.reset();
    logLines.length = 0;
    const answer = await post(operation('RequestOverview'), { id: demo.requests.agonaWestSanitation }, { traceparent: `00-${clientTraceId}-b7ad6b7169203331-00` });
    expect(answer.errors).toBeUndefined();
    await tracing.flush();
    spans = exporter.getFinishedSpans();
    const server = spans.find((s) => s.name === 'query RequestOverview' && serviceOf(s) === 'gateway');
    expect(server).toBeDefined();
    traceId = server!.spanContext().traceId;
  });

  it("starts at the gateway, whatever trace the client's headers name", () => {
    const server = spans.find((s) => s.name === 'query RequestOverview' && serviceOf(s) === 'gateway')!;
    expect(server.parentSpanContext).toBeUndefined();
    expect(traceId).not.toBe(clientTraceId);
  });

  it('is one trace, from the gateway down to every subgraph', () => {
    expect(new Set(spans.map((s) => s.spanContext().traceId))).toEqual(new Set([traceId]));
    const gatewaySpans = new Set(spans.filter((s) => serviceOf(s) === 'gateway').map((s) => s.name));
    for (const name of ['graphql.parse', 'graphql.validate', 'gateway.request', 'gateway.plan', 'gateway.execute', 'gateway.fetch']) {
      expect(gatewaySpans).toContain(name);
    }
  });

  it("gives each subgraph a server span under the gateway's fetch, with its SQL statements below it", () => {
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (span: ReadableSpan) => byId.get(span.parentSpanContext?.spanId ?? '');
    for (const name of subgraphNames) {
      const servers = spans.filter((s) => serviceOf(s) === name && s.kind === SpanKind.SERVER);
      expect(servers.length, name).toBeGreaterThan(0);
      for (const server of servers) expect(parentOf(server)?.name, name).toBe('gateway.fetch');
      expect(servers[0]!.name).toMatch(/^query RequestOverview__/);

      const statements = spans.filter((s) => serviceOf(s) === name && s.kind === SpanKind.CLIENT);
      expect(statements.length, name).toBeGreaterThan(0);
      for (const statement of statements) {
        expect(statement.attributes['db.system.name']).toBe('postgresql');
        expect(statement.attributes['db.namespace']).toBe(name);
        expect(String(statement.attributes['db.query.text'])).toMatch(/^\s*(select|with)\b/i);
        let ancestor = parentOf(statement);
        while (ancestor && ancestor.kind !== SpanKind.SERVER) ancestor = parentOf(ancestor);
        expect(servers, name).toContain(ancestor);
      }
    }
  });

  it('writes the trace id into the log lines of the request', () => {
    const answered = logLines.filter((l) => l.msg === 'operation answered');
    const atGateway = answered.find((l) => l.service === 'gateway' && l.operationName === 'RequestOverview');
    expect(atGateway?.trace_id).toBe(traceId);
    const atSubgraphs = answered.filter((l) => l.service !== 'gateway');
    expect(new Set(atSubgraphs.map((l) => l.service))).toEqual(new Set(subgraphNames));
    for (const line of atSubgraphs) expect(line.trace_id).toBe(traceId);
  });
});

describe('/metrics', () => {
  let scraped: string;

  beforeAll(async () => {
    await post(operation('RequestOverview'), { id: demo.requests.agonaWestSanitation });
    const refused = await post('query Misspelt { request(id: "916f68a5-13d0-583d-abad-bccd38fc6737") { nonsense } }');
    expect(refused.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    metrics.watchConsumerLag(() => ({ matching: 3 }));
    const response = await fetch(metricsListener.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    scraped = await response.text();
  });

  const value = (series: string) => {
    const line = scraped.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  it('times operations by name, at the gateway and in each subgraph', () => {
    expect(value('connect_graphql_request_duration_seconds_count{service="gateway",operation="RequestOverview"}')).toBeGreaterThanOrEqual(2);
    for (const name of subgraphNames) {
      expect(scraped).toMatch(new RegExp(`connect_graphql_request_duration_seconds_count\\{service="${name}",operation="RequestOverview__${name}__\\d+"\\} \\d`));
    }
  });

  it('counts errors by the code the caller got', () => {
    expect(value('connect_graphql_errors_total{service="gateway",code="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
  });

  it("times the gateway's calls to each subgraph", () => {
    for (const name of subgraphNames) {
      expect(value(`connect_subgraph_fetch_duration_seconds_count{subgraph="${name}",outcome="ok"}`), name).toBeGreaterThan(0);
    }
  });

  it('shows outbox depth, consumer lag, database use and the process, labelled by service', () => {
    for (const name of subgraphNames) {
      expect(value(`connect_outbox_unpublished_events{service="${name}"}`), name).toBeGreaterThanOrEqual(0);
      expect(value(`connect_database_statements_in_flight{service="${name}"}`), name).toBeGreaterThanOrEqual(0);
      expect(value(`connect_database_pool_size{service="${name}"}`), name).toBeGreaterThan(0);
      expect(value(`connect_database_statement_duration_seconds_count{service="${name}"}`), name).toBeGreaterThan(0);
    }
    expect(value('connect_event_consumer_lag{service="matching"}')).toBe(3);
    expect(scraped).toMatch(/^process_cpu_user_seconds_total\{service="platform"\} /m);
  });

  it('answers only /metrics on its port', async () => {
    expect((await fetch(metricsListener.url.replace(/\/metrics$/, '/graphql'))).status).toBe(404);
  });
});

describe('outbox depth', () => {
  it('counts the events a service has written and not yet published', async () => {
    const own = new PlatformMetrics({ processService: 'requests' });
    // No event transport, so no relay: what is written stays unpublished.
    const definition = subgraphDefinitions().find((d) => d.name === 'requests')!;
    const requests = await startTestSubgraph(definition, { telemetry: { metrics: own } });
    try {
      const events = new EventRecorder(requests.database.db, definition.tables);
      await events.record('RequestWithdrawn', { requestId: demo.requests.agonaWestSanitation, at: new Date().toISOString() });
      await events.record('RequestWithdrawn', { requestId: demo.requests.agonaWestSanitation, at: new Date().toISOString() });
      expect(await own.text()).toMatch(/^connect_outbox_unpublished_events\{service="requests"\} 2$/m);
    } finally {
      await requests.dispose();
    }
    expect(await own.text()).not.toMatch(/connect_outbox_unpublished_events\{/);
  });
});

describe('operation names as labels', () => {
  it('are kept up to a bound, so that clients inventing names cannot grow the registry', async () => {
    const own = new PlatformMetrics({ processService: 'requests' });
    const requests = await startTestSubgraph(subgraphDefinitions().find((d) => d.name === 'requests')!, { telemetry: { metrics: own } });
    try {
      for (let i = 0; i < MAX_OPERATION_NAMES + 5; i++) await requests.execute({ query: `query Invented${i} { __typename }` });
      await requests.execute({ query: '{ __typename }' });
      const scraped = await own.text();
      const names = new Set([...scraped.matchAll(/connect_graphql_request_duration_seconds_count\{service="requests",operation="([^"]+)"\}/g)].map((m) => m[1]));
      expect(names.size).toBe(MAX_OPERATION_NAMES + 2);
      expect(scraped).toContain('connect_graphql_request_duration_seconds_count{service="requests",operation="(other)"} 5');
      expect(scraped).toContain('connect_graphql_request_duration_seconds_count{service="requests",operation="(anonymous)"} 1');
    } finally {
      await requests.dispose();
    }
  });
});

describe('one RequestOverview through the gateway in process', () => {
  it('is one trace too, each subgraph under the fetch that called it', async () => {
    // One platform at a time: on NATS, two test streams would claim the same subjects.
    await platform?.dispose();
    platform = undefined;
    const inProcess = await startTestPlatform({ transport: 'in-process', telemetry: { tracing } });
    try {
      exporter.reset();
      const answer = await inProcess.query(operation('RequestOverview'), { id: demo.requests.agonaWestSanitation });
      expect(answer.errors).toBeUndefined();
      await tracing.flush();
      const spans = exporter.getFinishedSpans();
      expect(new Set(spans.map((s) => s.spanContext().traceId)).size).toBe(1);
      const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
      for (const name of subgraphNames) {
        const servers = spans.filter((s) => serviceOf(s) === name && s.kind === SpanKind.SERVER);
        expect(servers.length, name).toBeGreaterThan(0);
        for (const server of servers) expect(byId.get(server.parentSpanContext?.spanId ?? '')?.name).toBe('gateway.fetch');
        const statements = spans.filter((s) => serviceOf(s) === name && s.kind === SpanKind.CLIENT);
        expect(statements.length, name).toBeGreaterThan(0);
        for (const statement of statements) expect(servers).toContain(byId.get(statement.parentSpanContext?.spanId ?? ''));
      }
    } finally {
      await inProcess.dispose();
    }
  });
});
