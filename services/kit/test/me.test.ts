import { describe, expect, it } from 'vitest';
import { isOwnMe, meId } from '../src/me.ts';

const official = { role: 'OFFICIAL', officialId: '0b8f3c9e-1d7a-4c1b-9a51-3f2e4d6c8a10' } as const;

describe('me', () => {
  it('names each kind of viewer', () => {
    expect(meId({ role: 'ANONYMOUS' })).toBeNull();
    expect(meId(official)).toBe(`OFFICIAL:${official.officialId}`);
    expect(meId({ role: 'ASSOCIATION', associationId: 'a' })).toBe('ASSOCIATION:a');
    expect(meId({ role: 'STAFF', subject: 'alice' })).toBe('STAFF:alice');
    expect(meId({ role: 'DONOR' })).toBe('DONOR');
  });

  it('resolves only the viewer’s own representation', () => {
    expect(isOwnMe(official, { id: `OFFICIAL:${official.officialId}` })).toBe(true);
    expect(isOwnMe(official, { id: 'STAFF' })).toBe(false);
    expect(isOwnMe({ role: 'ANONYMOUS' }, { id: null })).toBe(false);
  });
});
