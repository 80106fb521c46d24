// Traces and metrics together, as the entry points start them and as the gateway and
// each subgraph take them. Either may be absent (off).
import type { Tracer } from '@opentelemetry/api';
import type { PlatformConfig } from './config.ts';
import { PlatformMetrics, serveMetrics, type MetricsListener } from './metrics.ts';
import { startTracing, type Tracing } from './tracing.ts';

export interface Telemetry {
  tracing?: Tracing;
  metrics?: PlatformMetrics;
}

/** The tracer of one part of the platform, when tracing is on. */
export function tracerOf(telemetry: Telemetry | undefined, service: string): Tracer | undefined {
  return telemetry?.tracing?.tracer(service);
}

export interface RunningTelemetry extends Telemetry {
  /** The /metrics listener, when METRICS_PORT is set. */
  metricsListener?: MetricsListener;
  /** Closes the metrics listener and sends the spans still buffered. */
  stop(): Promise<void>;
}

/**
 * What an entry point starts from its configuration: tracing when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set, metrics and their listener when METRICS_PORT is.
 * `service` is the process's part (gateway, a subgraph's name; "platform" for all six).
 */
export async function startTelemetry(config: Pick<PlatformConfig, 'telemetry' | 'host' | 'environment'>, service: string): Promise<RunningTelemetry> {
  const { otlpEndpoint, metricsPort } = config.telemetry;
  const tracing = await startTracing({ service: service === 'platform' ? 'gateway' : service, otlpEndpoint, environment: config.environment });
  const metrics = metricsPort === undefined ? undefined : new PlatformMetrics({ processService: service });
  const metricsListener = metrics && metricsPort !== undefined ? await serveMetrics(metrics, { host: config.host, port: metricsPort }) : undefined;
  return {
    tracing,
    metrics,
    metricsListener,
    async stop() {
      await metricsListener?.close();
      await tracing?.shutdown();
    },
  };
}
