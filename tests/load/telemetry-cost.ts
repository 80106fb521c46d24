// `pnpm bench:telemetry [--requests 300]`: what traces and metrics cost. The whole
// platform over HTTP on PGlite in memory answers RequestOverview one request after the
// other: with telemetry off, with metrics, off again, then with metrics and traces
// (spans made and handed to an exporter that drops them, as a batch exporter would
// after sending; last, because tracing registers once per process). Client and
// platform share the process, so its CPU time per request (the same client work in
// each case) is the steadier figure on a busy machine; latency is printed beside it.
// First, the cost with tracing off of what stays on every log line: asking the API
// for the active span.
import { parseArgs } from 'node:util';
import type { SpanExporter } from '@opentelemetry/sdk-trace-node';
import { activeTraceIds, demo, PlatformMetrics, startTracing, type Telemetry } from '@connect/kit';
import { operation, startTestPlatform } from '../support/platform.ts';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '300' } }, strict: true });
const requests = Number(values.requests);
if (!Number.isInteger(requests) || requests < 10) throw new Error('--requests must be a whole number of at least 10');

const body = JSON.stringify({ query: operation('RequestOverview'), variables: { id: demo.requests.agonaWestSanitation } });

async function measure(label: string, telemetry: Telemetry | undefined): Promise<void> {
  const platform = await startTestPlatform({ transport: 'http', telemetry });
  try {
    const send = async () => {
      const response = await fetch(platform.url!, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (!response.ok) throw new Error(`status ${response.status}`);
      await response.text();
    };
    for (let i = 0; i < 50; i++) await send();
    const times: number[] = [];
    const cpu = process.cpuUsage();
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      await send();
      times.push(performance.now() - started);
    }
    const used = process.cpuUsage(cpu);
    const cpuPerRequest = (used.user + used.system) / 1000 / requests;
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    process.stdout.write(
      `${label.padEnd(20)} CPU ${cpuPerRequest.toFixed(2)} ms a request   latency median ${at(0.5)} ms, p95 ${at(0.95)} ms   (${requests} requests)\n`,
    );
  } finally {
    await platform.dispose();
  }
}

const iterations = 1_000_000;
let found = 0;
const started = performance.now();
for (let i = 0; i < iterations; i++) if (activeTraceIds()) found++;
const perCall = ((performance.now() - started) * 1e6) / iterations;
process.stdout.write(`log-line trace lookup, tracing off: ${perCall.toFixed(0)} ns a line${found ? ' (found spans?)' : ''}\n`);

// Off twice, first and after metrics, to show how much the order (a warmer process) moves the figures.
await measure('telemetry off', undefined);
await measure('metrics', { metrics: new PlatformMetrics({ processService: 'platform' }) });
await measure('telemetry off, again', undefined);
const dropping: SpanExporter = { export: (_spans, done) => done({ code: 0 }), shutdown: async () => {} };
const tracing = (await startTracing({ service: 'gateway', exporter: dropping }))!;
await measure('metrics and traces', { metrics: new PlatformMetrics({ processService: 'platform' }), tracing });
await tracing.shutdown();
