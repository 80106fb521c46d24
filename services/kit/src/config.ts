// Configuration is read from the environment once, at the entry point, validated,
// and passed down. Nothing below an entry point reads process.env.
import { z } from 'zod';
import { DEFAULT_EVENTS_STREAM, DEFAULT_EVENTS_SUBJECT_PREFIX, type EventNames } from './events/names.ts';
import type { ShutdownSettings } from './http.ts';

const environment = z.enum(['development', 'test', 'production']);

/**
 * A length of time in seconds: a whole number of seconds, or one with a unit, such as
 * "30s", "30m" or "12h".
 */
export function parseDuration(text: string): number | undefined {
  const match = /^\s*(\d{1,9})\s*(s|m|h|d)?\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = { s: 1, m: 60, h: 3600, d: 86_400 }[(match[2] ?? 's').toLowerCase() as 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}

const duration = (min: number, max: number) =>
  z.string().transform((text, context) => {
    const seconds = parseDuration(text);
    if (seconds === undefined || seconds < min || seconds > max) {
      context.addIssue({ code: 'custom', message: `must be a duration from ${min} s to ${max} s, such as "12h", "30m" or "90" (seconds), got "${text}"` });
      return z.NEVER;
    }
    return seconds;
  });

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

export const platformEnvSchema = z.object({
  /** Unset behaves like production: no stack traces, no introspection. */
  NODE_ENV: environment.default('production'),
  /** PostgreSQL URL; when unset each service uses embedded PGlite under DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** Folder for the embedded PGlite databases, one sub-folder per service. */
  DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Seed the demo story on first start of an empty database. */
  SEED_DEMO: booleanFlag.default(true),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** NATS server with JetStream; when set, services exchange events through it. */
  NATS_URL: z.string().regex(/^(nats|tls|wss?):\/\//, 'must be a nats:// URL').optional(),
  /**
   * JetStream stream the events go to. Two deployments on one NATS server need a
   * stream and a subject prefix each: NATS refuses two streams over the same subjects.
   */
  EVENTS_STREAM: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, "_" or "-" (a JetStream stream name)')
    .default(DEFAULT_EVENTS_STREAM),
  /** Subjects of the events are `<prefix>.<EventType>`. */
  EVENTS_SUBJECT_PREFIX: z
    .string()
    .max(100)
    .regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'must be dot-separated words of letters, digits, "_" or "-" (no wildcards)')
    .default(DEFAULT_EVENTS_SUBJECT_PREFIX),
  /** HS256 secret the gateway verifies tokens with (at least 32 characters). */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** JWKS URL the gateway verifies tokens with, instead of a shared secret. */
  JWKS_URL: z.string().url().optional(),
  /** Longest lifetime (exp - iat) of a token the gateway accepts. */
  JWT_MAX_TTL: duration(60, 30 * 86_400).default(12 * 3600),
  /** Key (derived) of the viewer assertions the gateway signs for the subgraphs. */
  GATEWAY_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Lifetime of a viewer assertion: a subgraph refuses one older than this. */
  GATEWAY_ASSERTION_TTL: duration(1, 300).default(30),
  /** On SIGTERM, how long /readyz answers 503 while requests are still served (for load balancers). */
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(0),
  /** Then how long requests in flight may take to finish before their connections are cut. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** OTLP collector (base URL, /v1/traces is appended); traces are exported there when set, not made at all when unset. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().regex(/^https?:\/\//, 'must be an http:// or https:// URL').optional(),
  /** Port of a listener of its own that serves /metrics (Prometheus) on HOST; no metrics when unset. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Days after submitting an evaluation (or recording an outcome) during which its author may correct it. */
  CORRECTION_WINDOW_DAYS: z.coerce.number().int().min(0).max(366).default(14),
});

export type PlatformEnv = z.infer<typeof platformEnvSchema>;

export interface PlatformConfig {
  environment: z.infer<typeof environment>;
  databaseUrl?: string;
  dataDir: string;
  logLevel: PlatformEnv['LOG_LEVEL'];
  seedDemo: boolean;
  host: string;
  natsUrl?: string;
  /** Where events live on NATS; durable consumer names derive from them. */
  events: EventNames;
  auth: TokenVerification;
  /** True while tokens are verified with the published development secret. */
  developmentAuth: boolean;
  gatewaySecret: string;
  /** Seconds a viewer assertion from the gateway to a subgraph lives. */
  assertionLifetimeSeconds: number;
  shutdown: ShutdownSettings;
  /** Traces and metrics; each is off while its variable is unset. */
  telemetry: { otlpEndpoint?: string; metricsPort?: number };
  /** Days an author may correct an evaluation or outcome (exchanges). */
  correctionWindowDays: number;
}

/** How the gateway verifies tokens: a shared secret (HS256) or an identity provider's keys (JWKS). */
export type TokenVerification = ({ secret: string; jwksUrl?: undefined } | { jwksUrl: string; secret?: undefined }) & {
  /** Longest lifetime (exp - iat) accepted, in seconds; 12 h when omitted. */
  maxLifetimeSeconds?: number;
};

/** JWT_MAX_TTL's default: a working day. */
export const DEFAULT_TOKEN_MAX_LIFETIME_SECONDS = 12 * 3600;
/** GATEWAY_ASSERTION_TTL's default. */
export const DEFAULT_ASSERTION_LIFETIME_SECONDS = 30;

/**
 * Published defaults for development and tests only. Production refuses to start
 * without its own secrets, so these can never guard real data.
 */
export const DEVELOPMENT_JWT_SECRET = 'connect-development-token-secret-not-for-production';
export const DEVELOPMENT_GATEWAY_SECRET = 'connect-development-gateway-secret-not-for-production';

/** Parses the environment or fails with one message that lists every bad variable. */
export function loadPlatformConfig(env: Record<string, string | undefined>): PlatformConfig {
  const parsed = platformEnvSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    environment: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO,
    host: e.HOST,
    natsUrl: e.NATS_URL,
    events: { stream: e.EVENTS_STREAM, subjectPrefix: e.EVENTS_SUBJECT_PREFIX },
    auth: {
      ...(e.JWKS_URL ? { jwksUrl: e.JWKS_URL } : { secret: e.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET }),
      maxLifetimeSeconds: e.JWT_MAX_TTL,
    },
    developmentAuth: !e.JWKS_URL && !e.JWT_SECRET,
    gatewaySecret: e.GATEWAY_SECRET ?? DEVELOPMENT_GATEWAY_SECRET,
    assertionLifetimeSeconds: e.GATEWAY_ASSERTION_TTL,
    shutdown: { delayMs: e.SHUTDOWN_DELAY_MS, graceMs: e.SHUTDOWN_GRACE_MS },
    telemetry: { otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT, metricsPort: e.METRICS_PORT },
    correctionWindowDays: e.CORRECTION_WINDOW_DAYS,
  };
}

/**
 * In production the published development secrets are refused, given or defaulted: the
 * gateway needs its own token keys, fetched over https, and every process the shared
 * gateway secret. Every problem is named in one message.
 */
export function requireProductionSecrets(
  env: Record<string, string | undefined>,
  config: PlatformConfig,
  needs: { tokens: boolean },
): void {
  if (config.environment !== 'production') return;
  const problems = productionSecretProblems({
    auth: needs.tokens ? (env.JWT_SECRET || env.JWKS_URL ? config.auth : undefined) : null,
    gatewaySecret: env.GATEWAY_SECRET || undefined,
  });
  // Keys fetched over plain http could be swapped by anyone on the way.
  if (needs.tokens && config.auth.jwksUrl && new URL(config.auth.jwksUrl).protocol !== 'https:') {
    problems.push('JWKS_URL: keys must be fetched over https in production');
  }
  refuseProblems(problems);
}

/** Fails with one message naming every problem `productionSecretProblems` finds. */
export function assertProductionSecrets(given: { auth?: TokenVerification | null; gatewaySecret?: string }): void {
  refuseProblems(productionSecretProblems(given));
}

function refuseProblems(problems: string[]): void {
  if (problems.length) throw new Error(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
}

/**
 * The secrets production lacks: `auth` undefined means no token verification was configured
 * (null: this process verifies no tokens), `gatewaySecret` undefined none was given.
 * Also used by the platform and the gateway themselves, so that a caller that skips the
 * entry point's check cannot serve with development secrets either.
 */
export function productionSecretProblems(given: { auth?: TokenVerification | null; gatewaySecret?: string }): string[] {
  const problems: string[] = [];
  const { auth, gatewaySecret } = given;
  if (auth === undefined) problems.push('JWT_SECRET or JWKS_URL: one is required in production');
  else if (auth?.secret === DEVELOPMENT_JWT_SECRET) problems.push('JWT_SECRET: the published development secret cannot be used in production');
  if (gatewaySecret === undefined) problems.push('GATEWAY_SECRET: required in production');
  else if (gatewaySecret === DEVELOPMENT_GATEWAY_SECRET) problems.push('GATEWAY_SECRET: the published development secret cannot be used in production');
  return problems;
}

/**
 * Apollo's gateway reports anonymous usage data unless told not to; CONNECT sends
 * nothing anywhere unless the operator chose so by setting the variable themselves.
 * Every entry point calls this before it builds a gateway.
 */
export function disableApolloTelemetry(env: Record<string, string | undefined>): void {
  if (env.APOLLO_TELEMETRY_DISABLED === undefined) env.APOLLO_TELEMETRY_DISABLED = '1';
}

/**
 * For entry points: a process that cannot start for its configuration says why in the
 * configuration's own words and exits 1, without a stack trace burying the list of
 * variables to fix. Any other fault still prints in full and exits 1, as Node would.
 */
export function reportConfigurationErrors(): void {
  process.on('uncaughtException', (error) => {
    const configuration = error instanceof Error && error.message.startsWith('Invalid configuration');
    process.stderr.write(`${configuration ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}

/** Reads a port variable such as MUNICIPALITIES_PORT, falling back to the default. */
export function portFrom(env: Record<string, string | undefined>, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = z.coerce.number().int().min(0).max(65535).safeParse(raw);
  if (!port.success) throw new Error(`Invalid configuration:\n  ${variable}: must be a port number, got "${raw}"`);
  return port.data;
}

function stripEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}
