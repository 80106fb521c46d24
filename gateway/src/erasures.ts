// Which officials have been erased, as the gateway knows it: their tokens stay valid
// until they expire, so the gateway refuses them (401, OFFICIAL_ERASED) before any
// subgraph is called. The gateway has no database; it learns erasures from the
// OfficialErased events on the platform's event transport.
//
// What it learns lives in memory, so a restart would forget it. The gateway therefore
// follows the events rather than holding a durable consumer (which resumes after what it
// already read, and which replicas would share): on every start it reads every
// OfficialErased the transport keeps, from the first, then each new one, and opens for
// traffic only once it has caught up. On NATS the stream keeps events (its default
// limits discard nothing), so this is the whole history; an operator who sets a
// retention limit on the stream must keep OfficialErased events for at least the
// longest token lifetime. The in-process transport forgets on restart; the one-process
// platform then starts the gateway from the directory's own record of erasures.
// Services refuse erased officials themselves too, so the gateway is the first of two
// locks, not the only one.
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { isUuid, OFFICIAL_ERASED, type EventTransport, type Logger, type Subscription } from '@connect/kit';
import type { GatewayContext } from './context.ts';

export class ErasedOfficials {
  private readonly ids = new Set<string>();

  constructor(known: Iterable<string> = []) {
    for (const id of known) this.add(id);
  }

  add(officialId: string): void {
    if (isUuid(officialId)) this.ids.add(officialId.toLowerCase());
  }

  has(officialId: string): boolean {
    return this.ids.has(officialId.toLowerCase());
  }

  /** Learns every erasure the transport keeps, then each new one; resolves once caught up. */
  async follow(transport: EventTransport, log: Logger): Promise<Subscription> {
    const following = await transport.follow(['OfficialErased'], async (event) => {
      const { officialId } = event.payload as { officialId?: unknown };
      if (typeof officialId === 'string' && isUuid(officialId)) this.add(officialId);
      else log.warn({ eventId: event.id }, 'OfficialErased without a usable official id; ignored');
    });
    await following.caughtUp;
    log.info({ erased: this.ids.size }, 'gateway knows the erased officials');
    return following;
  }
}

/** Refuses every operation of an erased official's token, before any subgraph is called. */
export function refuseErasedOfficials(erased: ErasedOfficials): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          const { viewer } = contextValue;
          if (viewer.role === 'OFFICIAL' && viewer.officialId && erased.has(viewer.officialId)) {
            throw new GraphQLError('This official has been erased from the directory; the token no longer acts on CONNECT', {
              extensions: { code: OFFICIAL_ERASED, http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}
