// Metrics in Prometheus format (prom-client). One registry per process: in the
// one-process platform the six parts share it, and every series says which part it
// is about in its `service` label. Served by a listener of its own (METRICS_PORT), never
// on the API's port, so that the numbers stay inside the operator's network.
//
// Off unless METRICS_PORT is set: then no registry exists and nothing is recorded.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { count, isNull } from 'drizzle-orm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { FormatError } from './client-errors.ts';
import type { OpenDatabase, StatementWatch } from './database.ts';
import type { EventTables } from './events/tables.ts';
import type { EventTransport } from './events/transport.ts';

/** Seconds, from a few milliseconds (a cached read) to the gateway's whole-request limit. */
const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const statementBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5];

/**
 * Operation names come from clients, so they are kept as label values only up to a
 * bound: a client inventing a new name per request must not grow the registry for ever.
 */
export const MAX_OPERATION_NAMES = 200;
const OTHER_OPERATIONS = '(other)';
const codePattern = /^[A-Z][A-Z0-9_]{0,63}$/;

export interface MetricsOptions {
  /** The `service` label of the process metrics: the process's part, or "platform". */
  processService: string;
}

/** The number of unpublished rows in a service's outbox. */
type OutboxDepth = () => Promise<number>;
/** Messages each durable consumer has yet to handle, by consumer (service) name. */
export type ConsumerLagReader = () => Promise<Record<string, number>> | Record<string, number>;

export class PlatformMetrics {
  readonly registry = new Registry();
  private readonly requestDuration: Histogram<'service' | 'operation'>;
  private readonly errors: Counter<'service' | 'code'>;
  private readonly fetchDuration: Histogram<'subgraph' | 'outcome'>;
  private readonly statementDuration: Histogram<'service'>;
  private readonly statementsInFlight: Gauge<'service'>;
  private readonly poolSize: Gauge<'service'>;
  private readonly outboxes = new Map<string, OutboxDepth>();
  private consumerLag: ConsumerLagReader | undefined;
  private readonly operationNames = new Set<string>();

  constructor(options: MetricsOptions) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, labels: { service: options.processService } });
    this.requestDuration = new Histogram({
      name: 'connect_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL operation to sending its answer, by service and operation name',
      labelNames: ['service', 'operation'],
      buckets: durationBuckets,
      registers,
    });
    this.errors = new Counter({
      name: 'connect_graphql_errors_total',
      help: 'Errors sent to callers, by service and extensions.code (INTERNAL_SERVER_ERROR: a fault, see the log)',
      labelNames: ['service', 'code'],
      registers,
    });
    this.fetchDuration = new Histogram({
      name: 'connect_subgraph_fetch_duration_seconds',
      help: "The gateway's calls to each subgraph, by outcome (ok, or the error code the call became)",
      labelNames: ['subgraph', 'outcome'],
      buckets: durationBuckets,
      registers,
    });
    this.statementDuration = new Histogram({
      name: 'connect_database_statement_duration_seconds',
      help: 'SQL statements from handing them to the driver to their answer (waiting for a connection included)',
      labelNames: ['service'],
      buckets: statementBuckets,
      registers,
    });
    this.statementsInFlight = new Gauge({
      name: 'connect_database_statements_in_flight',
      help: 'SQL statements handed to the driver and not yet answered; near the pool size, requests queue for connections',
      labelNames: ['service'],
      registers,
    });
    this.poolSize = new Gauge({
      name: 'connect_database_pool_size',
      help: 'Most connections a service opens to its database (PGlite: 1)',
      labelNames: ['service'],
      registers,
    });
    const outboxes = this.outboxes;
    new Gauge({
      name: 'connect_outbox_unpublished_events',
      help: 'Events written to a service outbox and not yet published; rising means the event transport is not taking them',
      labelNames: ['service'],
      registers,
      async collect() {
        this.reset();
        const depths = await Promise.all([...outboxes].map(async ([service, read]) => [service, await read().catch(() => undefined)] as const));
        for (const [service, depth] of depths) if (depth !== undefined) this.set({ service }, depth);
      },
    });
    const lag = () => this.consumerLag;
    new Gauge({
      name: 'connect_event_consumer_lag',
      help: 'Events published and not yet handled by each service, as its durable consumer reports',
      labelNames: ['service'],
      registers,
      async collect() {
        this.reset();
        const read = lag();
        if (!read) return;
        const pending = await Promise.resolve()
          .then(read)
          .catch(() => ({}) as Record<string, number>);
        for (const [service, count] of Object.entries(pending)) this.set({ service }, count);
      },
    });
  }

  /** An Apollo plugin that times each operation the service answers, by operation name. */
  operations<Ctx extends BaseContext>(service: string): ApolloServerPlugin<Ctx> {
    const histogram = this.requestDuration;
    const label = (name: string | null | undefined, resolved: boolean) => this.operationLabel(name, resolved);
    return {
      async requestDidStart() {
        const stop = histogram.startTimer({ service });
        let resolved = false;
        return {
          async didResolveOperation() {
            resolved = true;
          },
          async willSendResponse({ operationName }) {
            stop({ operation: label(operationName, resolved) });
          },
        };
      },
    };
  }

  /** Counts an error sent to a caller under its code. */
  countError(service: string, code: unknown): void {
    this.errors.inc({ service, code: typeof code === 'string' && codePattern.test(code) ? code : 'OTHER' });
  }

  /** Starts timing a gateway call to a subgraph; call the result with its outcome. */
  timeFetch(subgraph: string): (outcome: string) => void {
    const stop = this.fetchDuration.startTimer({ subgraph });
    return (outcome) => stop({ outcome: codePattern.test(outcome) || outcome === 'ok' ? outcome : 'OTHER' });
  }

  /** Times and counts the statements a service sends to its database. */
  statements(service: string): StatementWatch {
    const inFlight = this.statementsInFlight.labels({ service });
    inFlight.set(0);
    const duration = this.statementDuration.labels({ service });
    return () => {
      inFlight.inc();
      const stop = duration.startTimer();
      return () => {
        inFlight.dec();
        stop();
      };
    };
  }

  /**
   * Reports a service's database pool size, and its outbox depth, counted in SQL at each
   * scrape (the unpublished rows are few and indexed). Returns how to stop.
   */
  watchService(service: string, watch: { database: OpenDatabase; tables: Pick<EventTables, 'outbox'> }): () => void {
    const { database, tables } = watch;
    this.poolSize.set({ service }, database.poolSize);
    this.outboxes.set(service, async () => {
      const [row] = await database.db.select({ unpublished: count() }).from(tables.outbox).where(isNull(tables.outbox.publishedAt));
      return row?.unpublished ?? 0;
    });
    return () => {
      this.outboxes.delete(service);
      this.poolSize.remove({ service });
      this.statementsInFlight.remove({ service });
    };
  }

  /** Where consumer lag comes from (the event transport); read at each scrape. */
  watchConsumerLag(read: ConsumerLagReader | undefined): void {
    this.consumerLag = read;
  }

  /** The registry in Prometheus' text format. */
  async text(): Promise<string> {
    return this.registry.metrics();
  }

  private operationLabel(name: string | null | undefined, resolved: boolean): string {
    if (!resolved) return '(invalid)';
    if (!name) return '(anonymous)';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return OTHER_OPERATIONS;
    this.operationNames.add(name);
    return name;
  }
}

/** Consumer lag as the transport reports it: events not yet given plus given and not yet acknowledged. */
export function consumerLagOf(transport: EventTransport): ConsumerLagReader {
  return async () =>
    Object.fromEntries(Object.entries((await transport.status()).consumers).map(([service, lag]) => [service, lag.pending + lag.ackPending]));
}

/** A formatError that also counts each error it formats under the code the caller gets. */
export function countErrors(format: FormatError, metrics: PlatformMetrics | undefined, service: string): FormatError {
  if (!metrics) return format;
  return (formatted, error) => {
    const sent = format(formatted, error);
    metrics.countError(service, sent.extensions?.code);
    return sent;
  };
}

export interface MetricsListener {
  url: string;
  close(): Promise<void>;
}

/** Serves GET /metrics on a port of its own; every other path is 404. */
export async function serveMetrics(metrics: PlatformMetrics, where: { host: string; port: number }): Promise<MetricsListener> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found: metrics are at /metrics\n');
      return;
    }
    metrics.text().then(
      (body) => {
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Metrics could not be collected\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(where.port, where.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = where.host.includes(':') ? `[${where.host}]` : where.host;
  return {
    url: `http://${host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
