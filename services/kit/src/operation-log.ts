// One log line per GraphQL operation answered: its name, how long it took and the
// codes of the errors it carried. Written inside the request's trace, so the line
// carries its trace id when tracing is on (the logger's mixin), next to the request id.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { currentRequestId } from './client-errors.ts';
import type { Logger } from './logging.ts';

/** The gateway logs each operation at info; subgraphs, called several times per operation, at debug. */
export function logOperations<Ctx extends BaseContext>(log: Logger, level: 'info' | 'debug'): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      if (!log.isLevelEnabled(level)) return undefined;
      const started = performance.now();
      return {
        async willSendResponse({ operationName, response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const codes = errors?.length ? [...new Set(errors.map((e) => String(e.extensions?.code)))] : undefined;
          log[level](
            {
              operationName: operationName ?? null,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              requestId: currentRequestId(),
              ...(codes ? { errorCodes: codes } : {}),
            },
            'operation answered',
          );
        },
      };
    },
  };
}
