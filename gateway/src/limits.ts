// Operation limits: what an operation may cost before the gateway plans it. GraphQL
// Armor measures depth, aliases, directives and cost as validation rules, so a refused
// operation never reaches a subgraph; tokens are counted by graphql-js's own parser
// (parseOptions.maxTokens), which stops lexing at the limit. Armor's Apollo token
// plugin throws from parsingDidStart, which Apollo Server 5 treats as an unexpected
// fault (a 500 with no code), and it parses every document a second time.
//
// A query (a read) whose strings are longer than any id, code, cursor or search a
// person types is refused too, before it is planned: see config.ts for why.
//
// Every refusal carries extensions.code OPERATION_LIMIT_EXCEEDED and extensions.limit
// naming the limit, and says the limit: limits are not secrets, and a client that
// knows them can stay within them.
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  visit,
  type DocumentNode,
  type GraphQLFormattedError,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { OperationLimits } from './config.ts';

export const LIMIT_EXCEEDED = 'OPERATION_LIMIT_EXCEEDED';

type LimitName = 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxTokens' | 'maxCost' | 'maxQueryStringLength';

export interface OperationGuard {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
  parseOptions: ParseOptions;
}

/**
 * The rules and plugins that enforce the limits. Suggestions ("Did you mean …") are
 * not Armor's business here: its mask misses enum values and coerced variables, so
 * the client error formatter (kit/client-errors.ts) removes them from every message.
 */
export function operationGuard(limits: OperationLimits): OperationGuard {
  const refuse = (limit: LimitName) => ({
    // Reported on the validation context, not thrown: Apollo Server then answers 400
    // with every validation error, as for any invalid operation.
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(
          new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code: LIMIT_EXCEEDED, limit } }),
        );
      },
    ],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...refuse('maxDepth') },
    maxAliases: { n: limits.maxAliases, ...refuse('maxAliases') },
    maxDirectives: { n: limits.maxDirectives, ...refuse('maxDirectives') },
    costLimit: { maxCost: limits.maxCost, ...refuse('maxCost') },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const { validationRules, plugins } = armor.protect();
  // Armor's declarations name Apollo Server's CommonJS types; the plugins are the same objects.
  return {
    validationRules,
    plugins: [...(plugins as unknown as ApolloServerPlugin[]), refuseLongStringsInQueries(limits.maxQueryStringLength)],
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

function refuseLongStringsInQueries(maxLength: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (operation?.operation !== 'query') return;
          const longest = Math.max(longestString(request.variables), longestLiteral(document));
          if (longest <= maxLength) return;
          throw new GraphQLError(`String limit of ${maxLength} characters in a query exceeded, found ${longest}.`, {
            extensions: { code: LIMIT_EXCEEDED, limit: 'maxQueryStringLength', http: { status: 400 } },
          });
        },
      };
    },
  };
}

/** The length of the longest string in a JSON value (variables), at any depth; without recursion, as JSON may nest deeper than the stack. */
function longestString(value: unknown): number {
  let longest = 0;
  const pending: unknown[] = [value];
  while (pending.length) {
    const item = pending.pop();
    if (typeof item === 'string') longest = Math.max(longest, item.length);
    else if (item !== null && typeof item === 'object') for (const inner of Array.isArray(item) ? item : Object.values(item)) pending.push(inner);
  }
  return longest;
}

/** The length of the longest string literal (block strings too) in a document. */
function longestLiteral(document: DocumentNode): number {
  let longest = 0;
  visit(document, {
    StringValue(node) {
      longest = Math.max(longest, node.value.length);
    },
  });
  return longest;
}

/**
 * The client's view of an error a limit caused. Apollo Server files every validation
 * error under GRAPHQL_VALIDATION_FAILED and every parse error under
 * GRAPHQL_PARSE_FAILED; a limit gets its own code so that a client can tell "too
 * big" from "wrong".
 */
export function formatLimitError(formatted: GraphQLFormattedError, limits: OperationLimits): GraphQLFormattedError | undefined {
  const extensions = formatted.extensions ?? {};
  if (typeof extensions.limit === 'string') {
    return { ...formatted, extensions: { ...extensions, code: LIMIT_EXCEEDED } };
  }
  if (extensions.code === 'GRAPHQL_PARSE_FAILED' && /Document contains more th\w+ \d+ tokens/.test(formatted.message)) {
    return {
      message: `Token limit of ${limits.maxTokens} exceeded.`,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { ...extensions, code: LIMIT_EXCEEDED, limit: 'maxTokens' },
    };
  }
  return undefined;
}
