// What the telemetry variables switch on, and where traces go when they are on.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { loadPlatformConfig } from '../src/config.ts';
import { startTelemetry } from '../src/telemetry.ts';
import { startTracing } from '../src/tracing.ts';

describe('telemetry configuration', () => {
  it('is off unless its variables are set', async () => {
    const config = loadPlatformConfig({});
    expect(config.telemetry).toEqual({ otlpEndpoint: undefined, metricsPort: undefined });
    const telemetry = await startTelemetry(config, 'requests');
    expect(telemetry.tracing).toBeUndefined();
    expect(telemetry.metrics).toBeUndefined();
    expect(telemetry.metricsListener).toBeUndefined();
    await telemetry.stop();
  });

  it('refuses a metrics port or a collector address that is not one, naming the variable', () => {
    expect(() => loadPlatformConfig({ METRICS_PORT: 'nine' })).toThrow(/METRICS_PORT/);
    expect(() => loadPlatformConfig({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/);
    expect(() => loadPlatformConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(loadPlatformConfig({ METRICS_PORT: '9464', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }).telemetry).toEqual({
      otlpEndpoint: 'http://127.0.0.1:4318',
      metricsPort: 9464,
    });
  });
});

describe('tracing to an OTLP endpoint', () => {
  it('sends the spans of each part as OTLP protobuf to <endpoint>/v1/traces', async () => {
    const received: { path?: string; type?: string; body: Buffer }[] = [];
    const collector = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ path: req.url, type: req.headers['content-type'], body: Buffer.concat(chunks) });
        res.writeHead(200, { 'content-type': 'application/x-protobuf' });
        res.end();
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const { port } = collector.address() as AddressInfo;
    const tracing = (await startTracing({ service: 'gateway', otlpEndpoint: `http://127.0.0.1:${port}/` }))!;
    try {
      tracing.tracer('requests').startSpan('a span of requests').end();
      trace.getTracer('a library').startSpan('a span through the global API').end();
      await tracing.flush();
      expect(received.length).toBeGreaterThan(0);
      for (const post of received) {
        expect(post.path).toBe('/v1/traces');
        expect(post.type).toBe('application/x-protobuf');
      }
      const sent = Buffer.concat(received.map((r) => r.body)).toString('latin1');
      for (const text of ['a span of requests', 'a span through the global API', 'requests', 'gateway']) expect(sent).toContain(text);
    } finally {
      await tracing.shutdown();
      collector.close();
    }
  });
});
