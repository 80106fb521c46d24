// Trusted documents: the documented operations (schema/operations/), listed by the
// SHA-256 of their text in schema/operations/manifest.json, which `pnpm codegen:client`
// writes. A client may send such an operation by its hash alone, in Apollo's
// persisted-query format:
//   { "operationName": "ImpactDashboard", "variables": {...},
//     "extensions": { "persistedQuery": { "version": 1, "sha256Hash": "e5f3..." } } }
// The gateway puts the listed text in place of the hash before anything else looks at
// the request, so the token, the operation limits and every other check apply to it as
// to any document.
//
// With PERSISTED_OPERATIONS_ONLY=true (for production), only listed operations run: a
// document sent as text, or a hash the manifest does not list, is refused before it is
// parsed. An attacker then cannot send the gateway any shape of query at all, only the
// operations the apps were built with. Off (the default), documents sent as text run as
// before, and an unknown hash gets Apollo's answer for automatic persisted queries
// (PERSISTED_QUERY_NOT_FOUND), which tells such clients to send the text along.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './context.ts';

export const persistedOperationsPath = fileURLToPath(new URL('../../schema/operations/manifest.json', import.meta.url));

/** A hash the manifest does not list, with PERSISTED_OPERATIONS_ONLY on. */
export const PERSISTED_OPERATION_NOT_FOUND = 'PERSISTED_OPERATION_NOT_FOUND';
/** A document sent as text, with PERSISTED_OPERATIONS_ONLY on. */
export const PERSISTED_OPERATION_REQUIRED = 'PERSISTED_OPERATION_REQUIRED';

/** The manifest: operation text by the hex SHA-256 of that text. */
export function loadPersistedOperations(path: string = persistedOperationsPath): ReadonlyMap<string, string> {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) throw new Error(`${path} is not a manifest of operations by hash`);
  const entries = Object.entries(manifest);
  for (const [hash, document] of entries) {
    if (!/^[0-9a-f]{64}$/.test(hash) || typeof document !== 'string') throw new Error(`${path}: "${hash}" is not a SHA-256 hash of an operation`);
  }
  return new Map(entries as [string, string][]);
}

/**
 * What runs in place of a refused request. Apollo Server answers an error thrown in a
 * plugin's first hook with a bare 500 (it takes it for a fault of the server); the
 * refusal is therefore thrown once the operation is resolved, where a GraphQLError is
 * answered as given, and in the meantime this stands for what the client sent, which
 * is never parsed.
 */
const REFUSED_STAND_IN = 'query PersistedOperationRefused { __typename }';

/** Runs listed operations by hash; with `only`, refuses every other operation. */
export function persistedOperations(manifest: ReadonlyMap<string, string>, only: boolean): ApolloServerPlugin<GatewayContext> {
  const refuse = (message: string, code: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
  return {
    // The first hook of a request: what it sets is what Apollo Server and the other
    // plugins see.
    async requestDidStart({ request }) {
      const persisted = request.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
      const hash = persisted?.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
      const listed = hash === undefined ? undefined : manifest.get(hash);
      if (listed !== undefined) {
        // Sent with its text too, Apollo Server checks that the text has this hash.
        if (request.query === undefined) {
          request.query = listed;
          // Found here, not in Apollo's cache of automatic persisted queries.
          const { persistedQuery: _found, ...others } = request.extensions ?? {};
          request.extensions = others;
        }
        return undefined;
      }
      if (!only) return undefined;

      const refusal = persisted
        ? refuse(
            'No documented operation has this hash: send one of the operations in schema/operations/manifest.json by its sha256Hash (regenerate the client with `pnpm codegen:client` if it is out of date)',
            PERSISTED_OPERATION_NOT_FOUND,
          )
        : refuse(
            'This gateway runs documented operations only (PERSISTED_OPERATIONS_ONLY): send extensions.persistedQuery { version: 1, sha256Hash } of an operation in schema/operations/manifest.json instead of the query text',
            PERSISTED_OPERATION_REQUIRED,
          );
      request.query = REFUSED_STAND_IN;
      request.operationName = undefined;
      request.extensions = {};
      return {
        async didResolveOperation() {
          throw refusal;
        },
      };
    },
  };
}
