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
import type { RateLimitSettings } from '@connect/kit';

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
  /** Other origins whose browser pages may call the gateway, comma-separated, exact. */
  CORS_ORIGINS: z
    .string()
    .transform((list) => list.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine(isOrigin, 'each origin must be scheme://host[:port], with no path, such as https://app.example.org')))
    .default([]),
  /** Whether those pages may send cookies and HTTP authentication (a bearer token needs neither). */
  CORS_CREDENTIALS: z.enum(['true', 'false']).transform((v) => v === 'true').default(false),
  /** How long a browser may cache a preflight answer, in seconds. */
  CORS_MAX_AGE: count(0, 86_400).default(600),
  /** Requests one client (a token's subject, else an address) may make per window; 0 turns the limit off. */
  RATE_LIMIT_MAX: count(0, 10_000_000).default(6_000),
  /** Mutations one client may make per window, counted apart; 0 turns the limit off. */
  RATE_LIMIT_MUTATIONS_MAX: count(0, 10_000_000).default(600),
  RATE_LIMIT_WINDOW_MS: count(1_000, 86_400_000).default(60_000),
  /**
   * The proxies in front of the gateway (addresses, CIDR ranges, or "loopback"), comma-separated:
   * their X-Forwarded-For then names the client whose address the rate limit counts.
   */
  GATEWAY_TRUSTED_PROXIES: z
    .string()
    .transform((list) => list.split(',').map((proxy) => proxy.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/, 'each proxy must be an address, a CIDR range, or loopback')))
    .default([]),
  /**
   * Whether only the documented operations run, sent by hash (schema/operations/manifest.json);
   * for production, where the apps are built from those operations.
   */
  PERSISTED_OPERATIONS_ONLY: z.enum(['true', 'false']).transform((v) => v === 'true').default(false),
});

function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

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
  /** Browser pages on these origins may call; in development any localhost page may too. */
  cors: { origins: string[]; credentials: boolean; maxAgeSeconds: number };
  /** Per-client limits; a zero max leaves that kind of request unlimited. */
  rateLimit: RateLimitSettings;
  /** Proxies whose X-Forwarded-For is believed. */
  trustedProxies: string[];
  /** Only the operations of the manifest run, by hash; any other is refused. */
  persistedOperationsOnly: boolean;
}

const prefixes = ['GATEWAY_', 'CORS_', 'RATE_LIMIT_', 'PERSISTED_OPERATIONS_'];

/** Parses the GATEWAY_*, CORS_*, RATE_LIMIT_* and PERSISTED_OPERATIONS_* variables or fails with one message that lists every bad one. */
export function loadGatewaySettings(env: Record<string, string | undefined>): GatewaySettings {
  const present = Object.fromEntries(Object.entries(env).filter(([k, v]) => prefixes.some((p) => k.startsWith(p)) && v !== undefined && v !== ''));
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
    cors: { origins: e.CORS_ORIGINS, credentials: e.CORS_CREDENTIALS, maxAgeSeconds: e.CORS_MAX_AGE },
    rateLimit: { max: e.RATE_LIMIT_MAX, mutationsMax: e.RATE_LIMIT_MUTATIONS_MAX, windowMs: e.RATE_LIMIT_WINDOW_MS },
    trustedProxies: e.GATEWAY_TRUSTED_PROXIES,
    persistedOperationsOnly: e.PERSISTED_OPERATIONS_ONLY,
  };
}

/** The settings with every default. */
export const defaultGatewaySettings: GatewaySettings = loadGatewaySettings({});
