// Who is calling. The gateway verifies the bearer token (HS256 with a shared secret,
// or RS256/ES256 keys from a JWKS URL in production) and turns its claims into a
// viewer; no token means anonymous, a bad token is refused. Subgraphs never see the
// token, only the viewer the gateway vouches for.
import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { isUuid, UnauthenticatedError, anonymous, subjectPattern, type Role, type Viewer } from '@connect/kit';

export const TOKEN_ISSUER = 'connect';
export const TOKEN_AUDIENCE = 'connect-api';
const roles: readonly Role[] = ['OFFICIAL', 'ASSOCIATION', 'STAFF', 'DONOR'];

export type AuthConfig = { secret: string; jwksUrl?: undefined } | { jwksUrl: string; secret?: undefined };

export type Authenticate = (authorization: string | undefined) => Promise<Viewer>;

export function createAuthenticator(config: AuthConfig): Authenticate {
  const key = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : new TextEncoder().encode(config.secret);
  return async (authorization) => {
    if (!authorization) return anonymous;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>"');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1]!, key as Parameters<typeof jwtVerify>[1], {
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        algorithms: config.jwksUrl ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'],
      }));
    } catch (error) {
      const expired = (error as { code?: string }).code === 'ERR_JWT_EXPIRED';
      throw new UnauthenticatedError(expired ? 'The token has expired' : 'The token is not valid');
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

/** Signs a token for a viewer with a shared secret (development and tests). */
export async function signToken(viewer: Viewer, secret: string, expiresIn: string | number = '12h'): Promise<string> {
  const claims: Record<string, string> = { role: viewer.role };
  if (viewer.officialId) claims.official_id = viewer.officialId;
  if (viewer.associationId) claims.association_id = viewer.associationId;
  const token = new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer(TOKEN_ISSUER).setAudience(TOKEN_AUDIENCE);
  // A staff or donor token without a subject speaks for the role as a whole.
  const subject = viewer.officialId ?? viewer.associationId ?? viewer.subject;
  if (subject) token.setSubject(subject);
  return token
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
