// How a subgraph knows a call comes from the gateway: a shared secret in a header,
// compared in constant time before the body is read. Only such a call may name a
// viewer; the gateway sends it, encoded, in another header.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { isUuid } from './errors.ts';
import { anonymous, subjectPattern, type Role, type Viewer } from './viewer.ts';

export const GATEWAY_SECRET_HEADER = 'x-connect-gateway-secret';
export const VIEWER_HEADER = 'x-connect-viewer';

const roles: readonly Role[] = ['ANONYMOUS', 'OFFICIAL', 'ASSOCIATION', 'STAFF', 'DONOR'];

export function encodeViewer(viewer: Viewer): string {
  return Buffer.from(JSON.stringify(viewer), 'utf8').toString('base64url');
}

/** The viewer in a header, or null when it is not one the gateway would write. */
export function decodeViewer(value: string): Viewer | null {
  try {
    const v = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof v.role !== 'string' || !roles.includes(v.role as Role)) return null;
    const viewer: Viewer = { role: v.role as Role };
    if (v.officialId !== undefined) {
      if (typeof v.officialId !== 'string' || !isUuid(v.officialId)) return null;
      viewer.officialId = v.officialId.toLowerCase();
    }
    if (v.associationId !== undefined) {
      if (typeof v.associationId !== 'string' || !isUuid(v.associationId)) return null;
      viewer.associationId = v.associationId.toLowerCase();
    }
    if (v.subject !== undefined) {
      if ((viewer.role !== 'STAFF' && viewer.role !== 'DONOR') || typeof v.subject !== 'string' || !subjectPattern.test(v.subject)) return null;
      viewer.subject = v.subject;
    }
    return viewer;
  } catch {
    return null;
  }
}

export type GuardResult = { ok: true; viewer: Viewer } | { ok: false; status: number; code: string; message: string };

export type Guard = (headers: IncomingHttpHeaders) => GuardResult;

export function gatewayGuard(secret: string): Guard {
  const expected = digest(secret);
  return (headers) => {
    const presented = single(headers[GATEWAY_SECRET_HEADER]);
    // Digests have the same length whatever was sent, so the comparison leaks nothing.
    if (presented === undefined || !timingSafeEqual(digest(presented), expected)) {
      return { ok: false, status: 401, code: 'UNAUTHENTICATED', message: 'Subgraphs answer the gateway only' };
    }
    const header = single(headers[VIEWER_HEADER]);
    if (header === undefined) return { ok: true, viewer: anonymous };
    const viewer = decodeViewer(header);
    if (!viewer) return { ok: false, status: 400, code: 'BAD_REQUEST', message: 'The viewer header is malformed' };
    return { ok: true, viewer };
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
