// Who is calling. The gateway verifies the bearer token (HS256 with a shared secret,
// or RS256/ES256 keys from a JWKS URL in production) and turns its claims into a
// viewer; no token means anonymous, a bad token is refused. Subgraphs never see the
// token, only the viewer the gateway vouches for.
//
// Every token must say when it was issued (iat) and when it expires (exp), and live no
// longer than the configured maximum (JWT_MAX_TTL): a token without exp would be valid
// for ever once leaked. Tokens minted by `pnpm run token` carry a development issuer
// that a production gateway refuses, whatever secret signed them.
import { createRemoteJWKSet, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import {
  DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
  isUuid,
  UnauthenticatedError,
  anonymous,
  subjectPattern,
  type Role,
  type TokenVerification,
  type Viewer,
} from '@connect/kit';

export const TOKEN_ISSUER = 'connect';
/** The issuer of development tokens (`pnpm run token`), accepted outside production only. */
export const DEVELOPMENT_TOKEN_ISSUER = 'connect-development';
export const TOKEN_AUDIENCE = 'connect-api';
const roles: readonly Role[] = ['OFFICIAL', 'ASSOCIATION', 'STAFF', 'DONOR'];
/** How far the identity provider's clock may be off from ours. */
const CLOCK_TOLERANCE_SECONDS = 30;

export type AuthConfig = TokenVerification;

export type Authenticate = (authorization: string | undefined) => Promise<Viewer>;

export function createAuthenticator(config: AuthConfig, options: { production: boolean }): Authenticate {
  const key = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : new TextEncoder().encode(config.secret);
  const maxLifetime = config.maxLifetimeSeconds ?? DEFAULT_TOKEN_MAX_LIFETIME_SECONDS;
  return async (authorization) => {
    if (!authorization) return anonymous;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1]!, key as Parameters<typeof jwtVerify>[1], {
        issuer: options.production ? TOKEN_ISSUER : [TOKEN_ISSUER, DEVELOPMENT_TOKEN_ISSUER],
        audience: TOKEN_AUDIENCE,
        algorithms: config.jwksUrl ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'],
        requiredClaims: ['exp', 'iat'],
        // Also refuses a token issued in the future, which would stretch its life.
        maxTokenAge: maxLifetime,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch (error) {
      const expired = error instanceof errors.JWTExpired;
      throw new UnauthenticatedError(expired ? 'The token has expired' : 'The token is not valid');
    }
    if ((payload.exp as number) - (payload.iat as number) > maxLifetime) {
      throw new UnauthenticatedError(`The token lives longer than the ${maxLifetime} s this platform accepts`);
    }
    return viewerFromClaims(payload);
  };
}

/** The viewer a verified token speaks for; a token that names no valid role is refused. */
export function viewerFromClaims(claims: JWTPayload): Viewer {
  const role = claims.role;
  if (typeof role !== 'string' || !roles.includes(role as Role)) throw new UnauthenticatedError('The token names no valid role');
  if (role === 'OFFICIAL') {
    if (typeof claims.official_id !== 'string' || !isUuid(claims.official_id)) {
      throw new UnauthenticatedError('An OFFICIAL token must name the official (official_id)');
    }
    return { role, officialId: claims.official_id.toLowerCase() };
  }
  if (role === 'ASSOCIATION') {
    if (typeof claims.association_id !== 'string' || !isUuid(claims.association_id)) {
      throw new UnauthenticatedError('An ASSOCIATION token must name the association (association_id)');
    }
    return { role, associationId: claims.association_id.toLowerCase() };
  }
  if ((role === 'STAFF' || role === 'DONOR') && claims.sub !== undefined) {
    if (typeof claims.sub !== 'string' || !subjectPattern.test(claims.sub)) {
      throw new UnauthenticatedError('The token names its subject (sub) in a form this platform does not accept');
    }
    return { role, subject: claims.sub };
  }
  return { role: role as Role };
}

/**
 * Signs a token for a viewer with a shared secret (development and tests). A
 * `development` token names the development issuer, which production refuses.
 */
export async function signToken(
  viewer: Viewer,
  secret: string,
  expiresIn: string | number = '12h',
  options: { development?: boolean } = {},
): Promise<string> {
  const claims: Record<string, string> = { role: viewer.role };
  if (viewer.officialId) claims.official_id = viewer.officialId;
  if (viewer.associationId) claims.association_id = viewer.associationId;
  const token = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(options.development ? DEVELOPMENT_TOKEN_ISSUER : TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE);
  // A staff or donor token without a subject speaks for the role as a whole.
  const subject = viewer.officialId ?? viewer.associationId ?? viewer.subject;
  if (subject) token.setSubject(subject);
  return token
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
