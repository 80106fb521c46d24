// Support for the suites and the benchmark that put events through outages: a TCP
// proxy that can be cut between a service and NATS, a subgraph in a child process that
// can be killed, and the effects an OfficialRegistered event leaves in each consumer.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect as connectTcp, type Server, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { demo, type RequestScope, type Subgraph } from '@connect/kit';

/** A TCP proxy on loopback that forwards to NATS until it is cut. */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  private severed = false;

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: string): Promise<TcpProxy> {
    const { hostname, port } = new URL(target);
    let proxy: TcpProxy | undefined;
    const server = createServer((client) => {
      if (!proxy || proxy.severed) return void client.destroy();
      const upstream = connectTcp(Number(port || 4222), hostname);
      const pair = [client, upstream];
      for (const socket of pair) {
        proxy.sockets.add(socket);
        socket.on('error', () => pair.forEach((s) => s.destroy()));
        socket.on('close', () => {
          proxy!.sockets.delete(socket);
          pair.forEach((s) => s.destroy());
        });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    proxy = new TcpProxy(server, (server.address() as { port: number }).port);
    return proxy;
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  /** Drops every connection and refuses new ones, as a failed network would. */
  cut(): void {
    this.severed = true;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.severed = false;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const REGISTER_OFFICIAL = `mutation RegisterOfficial($input: RegisterOfficialInput!) {
  registerOfficial(input: $input) { official { id } userErrors { code message } }
}`;

/** Registers an official of Deventer (demo story) as the secretariat; returns their id. */
export async function registerOfficial(municipalities: Subgraph<RequestScope>, n: number): Promise<string> {
  const result = await municipalities.execute<{ registerOfficial: { official: { id: string } | null; userErrors: { message: string }[] } }>(
    {
      query: REGISTER_OFFICIAL,
      variables: {
        input: {
          municipalityId: demo.municipalities.deventer,
          fullName: `Outage Official ${n}`,
          position: 'Water engineer',
          mandate: 'STAFF',
          functionArea: 'WATER_AND_SANITATION',
          languages: ['nl', 'en'],
        },
      },
    },
    { role: 'STAFF' },
  );
  const official = result.data?.registerOfficial.official;
  if (!official) throw new Error(`registerOfficial failed: ${JSON.stringify(result.errors ?? result.data?.registerOfficial.userErrors)}`);
  return official.id;
}

/** The services that hear of a registered official, and the row each keeps for one. */
const officialProjections = {
  requests: 'requests.known_official',
  matching: 'matching.pool_official',
  knowledge: 'knowledge.official_municipality',
} as const;
export type OfficialConsumer = keyof typeof officialProjections;

export interface OfficialEffects {
  /** Per consumer: rows its projection holds for these officials. */
  projected: Record<OfficialConsumer, number>;
  /** Per consumer: inbox rows for the OfficialRegistered events of these officials. */
  handled: Record<OfficialConsumer, number>;
  /** The OfficialRegistered events municipalities recorded for them. */
  eventIds: string[];
}

/** Reads what each consumer did with the registration of these officials. */
export async function officialEffects(databaseUrl: string, officialIds: readonly string[], consumers: readonly OfficialConsumer[] = ['requests', 'matching', 'knowledge']): Promise<OfficialEffects> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const ids = [...officialIds];
    const events = await sql<{ id: string }[]>`
      select id from municipalities.outbox where type = 'OfficialRegistered' and payload->>'officialId' = any(${ids})`;
    const eventIds = events.map((e) => e.id);
    const projected = {} as Record<OfficialConsumer, number>;
    const handled = {} as Record<OfficialConsumer, number>;
    for (const consumer of consumers) {
      const [p] = await sql.unsafe<{ n: number }[]>(`select count(*)::int as n from ${officialProjections[consumer]} where official_id = any($1::uuid[])`, [ids]);
      const [h] = await sql.unsafe<{ n: number }[]>(`select count(*)::int as n from ${consumer}.inbox where event_id = any($1::uuid[])`, [eventIds]);
      projected[consumer] = p!.n;
      handled[consumer] = h!.n;
    }
    return { projected, handled, eventIds };
  } finally {
    await sql.end();
  }
}

/** Waits until every consumer holds every official; gives up (and throws) after `ms`. */
export async function untilProjected(databaseUrl: string, officialIds: readonly string[], ms: number, consumers?: readonly OfficialConsumer[]): Promise<OfficialEffects> {
  const deadline = Date.now() + ms;
  for (;;) {
    const effects = await officialEffects(databaseUrl, officialIds, consumers);
    if (Object.values(effects.projected).every((n) => n === officialIds.length)) return effects;
    if (Date.now() > deadline) throw new Error(`not every consumer learned of ${officialIds.length} officials: ${JSON.stringify({ ...effects, eventIds: effects.eventIds.length })}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A subgraph running as its own process on loopback: from source through tsx, or, as in
 * production, with node on its compiled `services/<name>/dist/index.js` (`pnpm build`).
 */
export interface ServiceProcess {
  url: string;
  child: ChildProcess;
  /** Kills it at once (SIGKILL): no shutdown, no acknowledgements, as a crash would. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Starts a subgraph in a child process with the given environment; resolves once it listens. */
export async function startServiceProcess(name: string, env: Record<string, string>, options: { compiled?: boolean } = {}): Promise<ServiceProcess> {
  const command = options.compiled ? [`services/${name}/dist/index.js`] : ['--conditions=development', '--import', 'tsx', `services/${name}/src/index.ts`];
  const child = spawn(process.execPath, command, {
    cwd: repositoryRoot,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', APOLLO_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1', [`${name.toUpperCase()}_PORT`]: '0', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s:\n${output.slice(-2_000)}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /"url":"(http:\/\/[^"]+)"[^\n]*subgraph ready/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve(ready[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before it listened:\n${output.slice(-2_000)}`));
    });
  });
  // Keep the pipes flowing so that a chatty child never blocks on a full buffer.
  child.stdout!.resume();
  child.stderr!.resume();
  return {
    url,
    child,
    async crash() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
