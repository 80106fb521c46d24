// How histories name who acted: staff see the token's subject, everyone else a pseudonym.
import { describe, expect, it } from 'vitest';
import { actorPseudonymKey, actorShownTo } from '../src/actors.ts';
import type { Viewer } from '../src/viewer.ts';

const key = actorPseudonymKey('a-shared-secret-of-at-least-32-characters');
const staff: Viewer = { role: 'STAFF' };
const others: Viewer[] = [{ role: 'ANONYMOUS' }, { role: 'DONOR' }, { role: 'OFFICIAL', officialId: '6f1c0d52-8c3e-4c38-9a64-3d5f0e2b7a10' }, { role: 'ASSOCIATION', associationId: '0b7e3f1a-2c4d-4e5f-8a9b-1c2d3e4f5a6b' }];

describe('actors shown in histories', () => {
  it('name a member of staff to staff as the token did', () => {
    expect(actorShownTo(staff, 'STAFF:alice@secretariat.example', key)).toBe('STAFF:alice@secretariat.example');
  });

  it.each(others)('give $role the role and a stable pseudonym instead of the subject', (viewer) => {
    const shown = actorShownTo(viewer, 'STAFF:alice@secretariat.example', key);
    expect(shown).toMatch(/^STAFF·[0-9a-f]{8}$/);
    expect(actorShownTo(viewer, 'STAFF:alice@secretariat.example', key)).toBe(shown);
    expect(actorShownTo(viewer, 'STAFF:bob@secretariat.example', key)).not.toBe(shown);
    expect(actorShownTo(viewer, 'DONOR:carol', key)).toMatch(/^DONOR·[0-9a-f]{8}$/);
  });

  it('leave actors that name no person as they are', () => {
    for (const actor of ['STAFF', 'SYSTEM', 'OFFICIAL:6f1c0d52-8c3e-4c38-9a64-3d5f0e2b7a10', 'ASSOCIATION:0b7e3f1a-2c4d-4e5f-8a9b-1c2d3e4f5a6b']) {
      expect(actorShownTo({ role: 'ANONYMOUS' }, actor, key)).toBe(actor);
    }
  });

  it('change with the shared secret they are keyed with', () => {
    const other = actorPseudonymKey('another-shared-secret-of-32-characters!!');
    expect(actorShownTo({ role: 'ANONYMOUS' }, 'STAFF:alice', other)).not.toBe(actorShownTo({ role: 'ANONYMOUS' }, 'STAFF:alice', key));
  });
});
