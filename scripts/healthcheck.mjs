// `node scripts/healthcheck.mjs <port>`: the container health check. Exits 0 when the
// process on that port answers 200 on /readyz (its database, event transport or, for
// the gateway, every subgraph is usable), 1 otherwise. The runtime image has node but
// neither curl nor wget.
const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  process.stderr.write('usage: node scripts/healthcheck.mjs <port>\n');
  process.exit(2);
}
try {
  const response = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(4000) });
  if (!response.ok) process.stderr.write(`not ready (${response.status}): ${(await response.text()).slice(0, 500)}\n`);
  process.exit(response.ok ? 0 : 1);
} catch (error) {
  process.stderr.write(`no answer on port ${port}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
