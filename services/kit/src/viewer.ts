// Who is asking. The gateway builds the viewer from a verified token and forwards it;
// a subgraph trusts a forwarded viewer only on a call that carries the gateway's secret.
export type Role = 'ANONYMOUS' | 'OFFICIAL' | 'ASSOCIATION' | 'STAFF' | 'DONOR';

export interface Viewer {
  role: Role;
  /** Set for OFFICIAL: the official the token is bound to. */
  officialId?: string;
  /** Set for ASSOCIATION: the association the token is bound to. */
  associationId?: string;
}

export const anonymous: Viewer = Object.freeze({ role: 'ANONYMOUS' });
