// The two event transports keep one contract: at-least-once delivery in order to
// durable consumers that resume where they stopped, and redelivery after a failure.
// The NATS half runs when NATS_URL points at a JetStream server (CI sets it).
import { randomBytes, randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../src/events/catalogue.ts';
import { InProcessTransport } from '../src/events/in-process.ts';
import { durableConsumerName } from '../src/events/names.ts';
import { NatsTransport } from '../src/events/nats.ts';
import type { EventTransport } from '../src/events/transport.ts';

const natsUrl = process.env.NATS_URL;

const transports: [string, () => Promise<EventTransport & { dispose(): Promise<void> }>][] = [
  [
    'in process',
    async () => {
      const t = new InProcessTransport(undefined, 20);
      return Object.assign(t, { dispose: () => t.close() });
    },
  ],
];
if (natsUrl) {
  transports.push([
    'NATS JetStream',
    async () => {
      const t = await NatsTransport.connect({ url: natsUrl, stream: `TEST_${randomBytes(6).toString('hex').toUpperCase()}`, subjectPrefix: `test.${randomBytes(4).toString('hex')}` });
      return Object.assign(t, { dispose: () => t.destroy() });
    },
  ]);
}

function event(n: number, type: EventEnvelope['type'] = 'OfficialErased'): EventEnvelope {
  return { id: randomUUID(), type, source: 'test', occurredAt: new Date().toISOString(), payload: { officialId: `${n}` } as never };
}

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.each(transports)('the %s transport', (_name, make) => {
  let transport: EventTransport & { dispose(): Promise<void> };
  afterEach(async () => transport?.dispose());

  it('delivers the events a consumer subscribed to, in order, and nothing else', async () => {
    transport = await make();
    const seen: string[] = [];
    await transport.subscribe('matching', ['OfficialErased'], async (e) => void seen.push((e.payload as { officialId: string }).officialId));
    await transport.publish(event(1));
    await transport.publish(event(2, 'RequestWithdrawn'));
    await transport.publish(event(3));
    await until(() => seen.length === 2);
    await transport.idle();
    expect(seen).toEqual(['1', '3']);
  });

  it('delivers again when a handler fails, until it succeeds', async () => {
    transport = await make();
    let attempts = 0;
    const handled: string[] = [];
    await transport.subscribe('requests', ['OfficialErased'], async (e) => {
      attempts++;
      if (attempts < 3) throw new Error('database unavailable');
      handled.push(e.id);
    });
    const e = event(1);
    await transport.publish(e);
    await until(() => handled.length === 1);
    expect(handled).toEqual([e.id]);
    expect(attempts).toBe(3);
  });

  it('lets a consumer that was down catch up on what it missed', async () => {
    transport = await make();
    const seen: string[] = [];
    const handle = async (e: EventEnvelope) => void seen.push((e.payload as { officialId: string }).officialId);
    const first = await transport.subscribe('exchanges', ['OfficialErased'], handle);
    await transport.publish(event(1));
    await until(() => seen.length === 1);
    await transport.idle();
    await first.stop();

    await transport.publish(event(2));
    await transport.publish(event(3));
    expect(seen).toEqual(['1']);

    await transport.subscribe('exchanges', ['OfficialErased'], handle);
    await until(() => seen.length === 3);
    expect(seen).toEqual(['1', '2', '3']);
  });

  it('gives a new consumer everything published before it subscribed', async () => {
    transport = await make();
    await transport.publish(event(1));
    await transport.publish(event(2));
    const seen: string[] = [];
    await transport.subscribe('knowledge', ['OfficialErased'], async (e) => void seen.push((e.payload as { officialId: string }).officialId));
    await until(() => seen.length === 2);
    expect(seen).toEqual(['1', '2']);
  });

  it('lets a follower read everything from the start on every call, even after a durable consumer read it', async () => {
    transport = await make();
    await transport.subscribe('gateway-like', ['OfficialErased'], async () => {});
    await transport.publish(event(1));
    await transport.publish(event(2, 'RequestWithdrawn'));
    await transport.publish(event(3));
    await transport.idle();
    const officialIds = (e: EventEnvelope) => (e.payload as { officialId: string }).officialId;

    const first: string[] = [];
    const following = await transport.follow(['OfficialErased'], async (e) => void first.push(officialIds(e)));
    await following.caughtUp;
    expect(first).toEqual(['1', '3']);
    await following.stop();

    // A restart: a new follower reads the same history again, then what comes next.
    const second: string[] = [];
    const again = await transport.follow(['OfficialErased'], async (e) => void second.push(officialIds(e)));
    await again.caughtUp;
    expect(second).toEqual(['1', '3']);
    await transport.publish(event(4));
    await until(() => second.length === 3);
    expect(second).toEqual(['1', '3', '4']);
    await again.stop();
  });

  it('has a follower caught up at once when nothing of its types was published', async () => {
    transport = await make();
    await transport.publish(event(1, 'RequestWithdrawn'));
    const following = await transport.follow(['OfficialErased'], async () => {});
    await following.caughtUp;
    await following.stop();
  });
});

describe.skipIf(!natsUrl)('the NATS JetStream transport when its consumer disappears', () => {
  it('sets the consumer up again and goes on receiving', async () => {
    const tag = randomBytes(6).toString('hex');
    const names = { stream: `TEST_${tag.toUpperCase()}`, subjectPrefix: `test.${tag}` };
    const transport = await NatsTransport.connect({ url: natsUrl!, ...names });
    const nc = await connect({ servers: natsUrl! });
    try {
      const seen = new Set<string>();
      await transport.subscribe('matching', ['OfficialErased'], async (e) => void seen.add((e.payload as { officialId: string }).officialId));
      await transport.publish(event(1));
      await until(() => seen.has('1'));

      // An operator (or a stream limit) removes it: its message stream ends with an error.
      await (await jetstreamManager(nc)).consumers.delete(names.stream, durableConsumerName('matching', names));
      await transport.publish(event(2));
      await until(() => seen.has('2'));
      await transport.idle();
      expect((await transport.status()).consumers.matching).toEqual({ pending: 0, ackPending: 0 });
    } finally {
      await nc.close();
      await transport.destroy();
    }
  });
});
