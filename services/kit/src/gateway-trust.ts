// How a subgraph knows a call comes from the gateway, and for whom: the gateway sends a
// short-lived signed assertion (a JWT, HS256) in one header, naming the viewer and the
// request id, addressed to that one subgraph (aud) and valid for seconds. The subgraph
// verifies it before it reads the body. The shared GATEWAY_SECRET never travels: the
// signing key is derived from it (HKDF-SHA256), so the secret itself signs nothing and
// a captured assertion is worth a few seconds at one subgraph only.
//
// Another gateway (Hive Gateway, Apollo Router) can take the platform's place: it signs
// the same claims with the same derived key; the README says how.
import { createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { jwtVerify, SignJWT } from 'jose';
import { DEFAULT_ASSERTION_LIFETIME_SECONDS } from './config.ts';
import { isUuid } from './errors.ts';
import { anonymous, subjectPattern, type Role, type Viewer } from './viewer.ts';

export const VIEWER_ASSERTION_HEADER = 'x-connect-viewer-assertion';
/** The assertion's issuer: the gateway. */
export const ASSERTION_ISSUER = 'connect-gateway';
/** How far the gateway's clock may be off from the subgraph's. */
const ASSERTION_CLOCK_TOLERANCE_SECONDS = 5;

const roles: readonly Role[] = ['ANONYMOUS', 'OFFICIAL', 'ASSOCIATION', 'STAFF', 'DONOR'];

/**
 * The HS256 key of viewer assertions: HKDF-SHA256 of GATEWAY_SECRET, no salt, info
 * "connect viewer assertion", 32 bytes. A key object made once: jose imports a raw key
 * on every call otherwise, which costs more than the signature.
 */
export function assertionKey(gatewaySecret: string): KeyObject {
  return createSecretKey(new Uint8Array(hkdfSync('sha256', Buffer.from(gatewaySecret, 'utf8'), Buffer.alloc(0), 'connect viewer assertion', 32)));
}

export interface AssertionOptions {
  /** GATEWAY_SECRET, or the key derived from it. */
  secret: string | KeyObject;
  /** The subgraph the assertion is for. */
  audience: string;
  requestId: string;
  lifetimeSeconds?: number;
  /** Seconds since the epoch; now when omitted. */
  issuedAt?: number;
}

/** Signs the viewer for one call to one subgraph. */
export function signViewerAssertion(viewer: Viewer, options: AssertionOptions): Promise<string> {
  const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
  const key = typeof options.secret === 'string' ? assertionKey(options.secret) : options.secret;
  const claims: Record<string, unknown> = { viewer: viewerClaim(viewer) };
  if (/^[\w.-]{1,128}$/.test(options.requestId)) claims.request_id = options.requestId;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ASSERTION_ISSUER)
    .setAudience(options.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.lifetimeSeconds ?? DEFAULT_ASSERTION_LIFETIME_SECONDS))
    .sign(key);
}

function viewerClaim(viewer: Viewer): Record<string, string> {
  const claim: Record<string, string> = { role: viewer.role };
  if (viewer.officialId) claim.officialId = viewer.officialId;
  if (viewer.associationId) claim.associationId = viewer.associationId;
  if (viewer.subject) claim.subject = viewer.subject;
  return claim;
}

/** The viewer an assertion names, or null when it is not one the gateway would write. */
export function viewerFromAssertion(value: unknown): Viewer | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.role !== 'string' || !roles.includes(v.role as Role)) return null;
  const viewer: Viewer = { role: v.role as Role };
  if (v.officialId !== undefined) {
    if (viewer.role !== 'OFFICIAL' || typeof v.officialId !== 'string' || !isUuid(v.officialId)) return null;
    viewer.officialId = v.officialId.toLowerCase();
  }
  if (v.associationId !== undefined) {
    if (viewer.role !== 'ASSOCIATION' || typeof v.associationId !== 'string' || !isUuid(v.associationId)) return null;
    viewer.associationId = v.associationId.toLowerCase();
  }
  if (v.subject !== undefined) {
    if ((viewer.role !== 'STAFF' && viewer.role !== 'DONOR') || typeof v.subject !== 'string' || !subjectPattern.test(v.subject)) return null;
    viewer.subject = v.subject;
  }
  return viewer;
}

export type GuardResult = { ok: true; viewer: Viewer } | { ok: false; status: number; code: string; message: string };

export type Guard = (headers: IncomingHttpHeaders) => Promise<GuardResult>;

export interface GuardOptions {
  /** GATEWAY_SECRET: the key of assertions is derived from it. */
  secret: string;
  /** This subgraph's name: assertions for another one are refused. */
  audience: string;
  /** The longest lifetime an assertion may claim. */
  lifetimeSeconds?: number;
}

/** Lets a call through only with a valid assertion for this subgraph; answers the viewer it names. */
export function gatewayGuard(options: GuardOptions): Guard {
  const key = assertionKey(options.secret);
  const lifetime = options.lifetimeSeconds ?? DEFAULT_ASSERTION_LIFETIME_SECONDS;
  const refused = (message: string): GuardResult => ({ ok: false, status: 401, code: 'UNAUTHENTICATED', message });
  return async (headers) => {
    const assertion = single(headers[VIEWER_ASSERTION_HEADER]);
    if (!assertion) return refused('Subgraphs answer the gateway only');
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(assertion, key, {
        issuer: ASSERTION_ISSUER,
        audience: options.audience,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iat'],
        maxTokenAge: lifetime,
        clockTolerance: ASSERTION_CLOCK_TOLERANCE_SECONDS,
      }));
    } catch {
      return refused('The gateway assertion is not valid for this subgraph now');
    }
    if ((claims.exp as number) - (claims.iat as number) > lifetime) return refused('The gateway assertion claims a longer life than allowed');
    const viewer = claims.viewer === undefined ? anonymous : viewerFromAssertion(claims.viewer);
    if (!viewer) return refused('The gateway assertion names no valid viewer');
    return { ok: true, viewer };
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
