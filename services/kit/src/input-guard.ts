// PostgreSQL text cannot hold U+0000: a NUL that reaches a query makes the driver fail,
// and the client would see an internal error for what is bad input. GraphQL strings
// may carry one (a "\u0000" escape in the document, or any JSON string in the
// variables), so every subgraph refuses such an operation once, before it executes,
// instead of each resolver guarding its own arguments.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';

/** Whether a value from JSON holds a NUL anywhere: in a string, a key, at any depth. */
export function containsNul(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (value === null || typeof value !== 'object' || seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) return value.some((item) => containsNul(item, seen));
  return Object.entries(value).some(([key, item]) => key.includes('\0') || containsNul(item, seen));
}

/** Whether a string literal of the document (block strings included) holds a NUL. */
export function documentContainsNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (!node.value.includes('\0')) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

function refusal(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    // 200, as for bad input found by a resolver: the gateway relays the errors of a 200
    // answer with their codes, but turns any other status into an internal error.
    extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}), http: { status: 200 } },
  });
}

/** An Apollo Server plugin that refuses, as BAD_USER_INPUT, any operation whose input holds a NUL. */
export function refuseNulInput<Ctx extends BaseContext>(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            if (containsNul(value)) {
              throw refusal(`Variable "$${name}" contains a NUL character (U+0000), which no text can hold`, name);
            }
          }
          if (documentContainsNul(document)) {
            throw refusal('A string in the operation contains a NUL character (U+0000), which no text can hold');
          }
        },
      };
    },
  };
}
