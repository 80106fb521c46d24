// Setting events up on NATS fails in words an operator can act on: a NATS_URL that
// points at something else, a port nobody listens on, a stream of another deployment.
// Where events live is configuration, validated at start.
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPlatformConfig } from '../src/config.ts';
import { durableConsumerName } from '../src/events/names.ts';
import { NatsTransport } from '../src/events/nats.ts';

const natsUrl = process.env.NATS_URL;

async function listening(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as { port: number }).port;
}

describe('connecting to NATS', () => {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  afterEach(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  it('says what was tried and what to check when NATS_URL points at a server that is not NATS', async () => {
    // Accepts connections and never speaks, as an HTTP or database port does to a NATS client.
    server = createServer((socket) => {
      sockets.add(socket.on('error', () => {}));
    });
    const port = await listening(server);
    const attempt = NatsTransport.connect({ url: `nats://127.0.0.1:${port}`, delivery: { connectTimeoutMs: 500 } });
    await expect(attempt).rejects.toThrow(
      new RegExp(`^Could not connect to NATS at nats://127\\.0\\.0\\.1:${port} \\(NATS_URL\\): something accepted the connection but did not greet like a NATS server within 0\\.5 s\\. Check that NATS_URL names the client port of nats-server \\(4222 by default\\)`),
    );
  });

  it('says the connection was refused, and what to check, on a port nobody listens on', async () => {
    const closed = createServer();
    const port = await listening(closed);
    await new Promise((resolve) => closed.close(resolve));
    const attempt = NatsTransport.connect({ url: `nats://someone:secret@127.0.0.1:${port}`, delivery: { connectTimeoutMs: 500 } });
    await expect(attempt).rejects.toThrow(
      `Could not connect to NATS at nats://127.0.0.1:${port} (NATS_URL): the connection was refused. Check that nats-server is running there with JetStream enabled (-js)`,
    );
  });
});

describe.skipIf(!natsUrl)('a stream of another deployment', () => {
  it('is refused at start, naming the variables to change', async () => {
    const tag = randomBytes(6).toString('hex');
    const stream = `TEST_${tag.toUpperCase()}`;
    const mine = await NatsTransport.connect({ url: natsUrl!, stream, subjectPrefix: `test.${tag}` });
    try {
      await expect(NatsTransport.connect({ url: natsUrl!, stream, subjectPrefix: `test.${tag}.other` })).rejects.toThrow(
        `The NATS stream ${stream} carries test.${tag}.>, not test.${tag}.other.>: it belongs to another deployment. Set EVENTS_STREAM and EVENTS_SUBJECT_PREFIX to names of this deployment.`,
      );
      await expect(NatsTransport.connect({ url: natsUrl!, stream: `${stream}_OTHER`, subjectPrefix: `test.${tag}` })).rejects.toThrow(
        `Another NATS stream already carries test.${tag}.>`,
      );
    } finally {
      await mine.destroy();
    }
  });
});

describe('where events live', () => {
  it('defaults to the stream and subjects deployments have always used, and the bare service names', () => {
    const config = loadPlatformConfig({});
    expect(config.events).toEqual({ stream: 'CONNECT_EVENTS', subjectPrefix: 'connect.events' });
    expect(durableConsumerName('matching', config.events)).toBe('matching');
  });

  it('takes EVENTS_STREAM and EVENTS_SUBJECT_PREFIX, and durable names follow the prefix', () => {
    const config = loadPlatformConfig({ EVENTS_STREAM: 'STAGING_EVENTS', EVENTS_SUBJECT_PREFIX: 'staging.connect' });
    expect(config.events).toEqual({ stream: 'STAGING_EVENTS', subjectPrefix: 'staging.connect' });
    expect(durableConsumerName('matching', config.events)).toBe('matching-staging_connect');
  });

  it('refuses names NATS would refuse, naming each variable', () => {
    expect(() => loadPlatformConfig({ EVENTS_STREAM: 'connect.events', EVENTS_SUBJECT_PREFIX: 'connect.>' })).toThrow(
      /EVENTS_STREAM: must be 1 to 64 letters[^\n]*\n {2}EVENTS_SUBJECT_PREFIX: must be dot-separated words/,
    );
    expect(() => loadPlatformConfig({ EVENTS_SUBJECT_PREFIX: 'connect..events' })).toThrow(/EVENTS_SUBJECT_PREFIX/);
  });
});
