// Who is asking. The gateway builds the viewer from a verified token and forwards it;
// a subgraph trusts a forwarded viewer only in the gateway's signed assertion (gateway-trust.ts).
export type Role = 'ANONYMOUS' | 'OFFICIAL' | 'ASSOCIATION' | 'STAFF' | 'DONOR';

export interface Viewer {
  role: Role;
  /** Set for OFFICIAL: the official the token is bound to. */
  officialId?: string;
  /** Set for ASSOCIATION: the association the token is bound to. */
  associationId?: string;
  /**
   * For STAFF and DONOR, when the token names one (its `sub`): who signed in, so that
   * histories and idempotency keys tell two people of the secretariat apart.
   */
  subject?: string;
}

/** What a subject may look like: an account name or address of the identity provider, at most 128 characters. */
export const subjectPattern = /^[A-Za-z0-9][A-Za-z0-9._@+:|-]{0,127}$/;

export const anonymous: Viewer = Object.freeze({ role: 'ANONYMOUS' });
