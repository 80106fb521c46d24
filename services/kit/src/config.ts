// Configuration is read from the environment once, at the entry point, validated,
// and passed down. Nothing below an entry point reads process.env.
import { z } from 'zod';

const environment = z.enum(['development', 'test', 'production']);

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
  /** HS256 secret the gateway verifies tokens with (at least 32 characters). */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** JWKS URL the gateway verifies tokens with, instead of a shared secret. */
  JWKS_URL: z.string().url().optional(),
  /** Secret the gateway sends to subgraphs; subgraphs refuse calls without it. */
  GATEWAY_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** OTLP collector (base URL, /v1/traces is appended); traces are exported there when set, not made at all when unset. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().regex(/^https?:\/\//, 'must be an http:// or https:// URL').optional(),
  /** Port of a listener of its own that serves /metrics (Prometheus) on HOST; no metrics when unset. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
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
  auth: { secret: string; jwksUrl?: undefined } | { jwksUrl: string; secret?: undefined };
  /** True while tokens are verified with the published development secret. */
  developmentAuth: boolean;
  gatewaySecret: string;
  /** Traces and metrics; each is off while its variable is unset. */
  telemetry: { otlpEndpoint?: string; metricsPort?: number };
}

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
    auth: e.JWKS_URL ? { jwksUrl: e.JWKS_URL } : { secret: e.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET },
    developmentAuth: !e.JWKS_URL && !e.JWT_SECRET,
    gatewaySecret: e.GATEWAY_SECRET ?? DEVELOPMENT_GATEWAY_SECRET,
    telemetry: { otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT, metricsPort: e.METRICS_PORT },
  };
}

/**
 * In production the published development secrets are refused: the gateway needs its
 * own token keys and every process the shared gateway secret.
 */
export function requireProductionSecrets(
  env: Record<string, string | undefined>,
  config: PlatformConfig,
  needs: { tokens: boolean },
): void {
  if (config.environment !== 'production') return;
  const missing: string[] = [];
  if (needs.tokens && config.developmentAuth) missing.push('  JWT_SECRET or JWKS_URL: one is required in production');
  if (!env.GATEWAY_SECRET) missing.push('  GATEWAY_SECRET: required in production');
  if (missing.length) throw new Error(`Invalid configuration:\n${missing.join('\n')}`);
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
