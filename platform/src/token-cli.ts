// `pnpm token --role <ROLE> [--official <id>] [--association <id>] [--subject <who>] [--ttl 12h]`:
// prints a signed development token and nothing else. It refuses under
// NODE_ENV=production and while a real JWT_SECRET or JWKS_URL is configured: production
// tokens come from the identity provider. Its tokens name the development issuer, which
// a production gateway refuses even if an operator reused the development secret.
import { parseArgs } from 'node:util';
import {
  DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
  DEVELOPMENT_JWT_SECRET,
  isUuid,
  loadPlatformConfig,
  parseDuration,
  subjectPattern,
  type Role,
} from '@connect/kit';
import { signToken } from '@connect/gateway';

const usage = 'usage: pnpm run token --role OFFICIAL|ASSOCIATION|STAFF|DONOR [--official <uuid>] [--association <uuid>] [--subject <who, for STAFF and DONOR>] [--ttl 12h]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    official: { type: 'string' },
    association: { type: 'string' },
    subject: { type: 'string' },
    ttl: { type: 'string', default: '12h' },
  },
  strict: true,
});

const config = loadPlatformConfig({ NODE_ENV: 'development', ...process.env });
if (config.environment === 'production') fail('pnpm token signs development tokens only; NODE_ENV is production.');
if (!config.developmentAuth) fail('pnpm token signs development tokens only; JWT_SECRET or JWKS_URL is set.');
const ttl = parseDuration(values.ttl);
const maxTtl = config.auth.maxLifetimeSeconds ?? DEFAULT_TOKEN_MAX_LIFETIME_SECONDS;
if (ttl === undefined || ttl < 1 || ttl > maxTtl) fail(`--ttl is a duration such as 12h, 30m or 90 (seconds), at most JWT_MAX_TTL (${maxTtl} s)`);

const role = values.role?.toUpperCase() as Role | undefined;
if (!role || !['OFFICIAL', 'ASSOCIATION', 'STAFF', 'DONOR'].includes(role)) fail('--role is required');
if (role === 'OFFICIAL' && !(values.official && isUuid(values.official))) fail('an OFFICIAL token needs --official <official id>');
if (role === 'ASSOCIATION' && !(values.association && isUuid(values.association))) {
  fail('an ASSOCIATION token needs --association <association id>');
}
if (role !== 'OFFICIAL' && values.official) fail('--official goes with --role OFFICIAL');
if (role !== 'ASSOCIATION' && values.association) fail('--association goes with --role ASSOCIATION');
if (values.subject !== undefined && role !== 'STAFF' && role !== 'DONOR') fail('--subject goes with --role STAFF or DONOR');
if (values.subject !== undefined && !subjectPattern.test(values.subject)) fail('--subject is an account name such as alice or alice@example.org, at most 128 characters');

const token = await signToken(
  { role, officialId: values.official?.toLowerCase(), associationId: values.association?.toLowerCase(), subject: values.subject },
  DEVELOPMENT_JWT_SECRET,
  `${ttl}s`,
  { development: true },
);
process.stdout.write(`${token}\n`);
