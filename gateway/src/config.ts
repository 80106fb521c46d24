// What the gateway lets an operation cost and how long it waits. Read from the
// environment once, at the entry point, validated, and passed to createGateway; every
// value has a default, so the embedded platform and tests need none of them.
//
// The limits are sized from the documented client operations (schema/operations/):
// RequestOverview, the widest of them, has depth 5, no alias and no directive, 82
// tokens and a cost of about 130 (gateway/test/limits.test.ts measures them). The
// defaults leave room for richer clients (a page of 100 requests with their
// municipality and topics costs about 3,700) while refusing the shapes attacks need:
// deep cycles through Municipality → Request → Municipality, alias batching, directive
// floods and documents of thousands of tokens. A read carries ids, codes, references,
// cursors and search text, all short: a string of more than 1,000 characters in a
// query is refused, because a full-text search of some thousands of words hangs the
// embedded database (PGlite's websearch_to_tsquery), and with it the whole process.
import { z } from 'zod';

const count = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const gatewayEnvSchema = z.object({
  /** Deepest selection allowed (a field inside a field counts one level). */
  GATEWAY_MAX_DEPTH: count(1, 100).default(8),
  /** Aliased fields per operation (`__typename` aliases are free). */
  GATEWAY_MAX_ALIASES: count(0, 1_000).default(10),
  /** Directives (@include, @skip, ...) per operation. */
  GATEWAY_MAX_DIRECTIVES: count(0, 1_000).default(10),
  /** Lexical tokens per document; counted while parsing, so a flood stops early. */
  GATEWAY_MAX_TOKENS: count(10, 100_000).default(1_000),
  /** Cost as GraphQL Armor computes it: objects 2, scalars 1, ×1.5 per level, ×first/last. */
  GATEWAY_MAX_COST: count(10, 1_000_000).default(5_000),
  /** Longest string a query (a read) may carry, in its document or its variables. */
  GATEWAY_MAX_QUERY_STRING_LENGTH: count(100, 2_000_000).default(1_000),
  /** How long one subgraph call may take before that part of the answer is given up. */
  GATEWAY_SUBGRAPH_TIMEOUT_MS: count(1, 600_000).default(10_000),
  /** How long a whole request may take; calls still running then are abandoned. */
  GATEWAY_REQUEST_TIMEOUT_MS: count(1, 600_000).default(30_000),
});

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  maxQueryStringLength: number;
}

export interface GatewaySettings {
  limits: OperationLimits;
  subgraphTimeoutMs: number;
  requestTimeoutMs: number;
}

/** Parses the GATEWAY_* variables or fails with one message that lists every bad one. */
export function loadGatewaySettings(env: Record<string, string | undefined>): GatewaySettings {
  const present = Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith('GATEWAY_') && v !== undefined && v !== ''));
  const parsed = gatewayEnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    limits: {
      maxDepth: e.GATEWAY_MAX_DEPTH,
      maxAliases: e.GATEWAY_MAX_ALIASES,
      maxDirectives: e.GATEWAY_MAX_DIRECTIVES,
      maxTokens: e.GATEWAY_MAX_TOKENS,
      maxCost: e.GATEWAY_MAX_COST,
      maxQueryStringLength: e.GATEWAY_MAX_QUERY_STRING_LENGTH,
    },
    subgraphTimeoutMs: e.GATEWAY_SUBGRAPH_TIMEOUT_MS,
    requestTimeoutMs: e.GATEWAY_REQUEST_TIMEOUT_MS,
  };
}

/** The settings with every default. */
export const defaultGatewaySettings: GatewaySettings = loadGatewaySettings({});
