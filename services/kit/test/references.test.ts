import { describe, expect, it } from 'vitest';
import { isUuid, parseId } from '../src/errors.ts';
import { referencedId, referencedKey } from '../src/references.ts';

const municipalityId = '6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b';

describe('entity references', () => {
  it('reads the id of a representation in its stored, lower-case form', () => {
    expect(referencedId({ id: municipalityId })).toBe(municipalityId);
    expect(referencedId({ id: municipalityId.toUpperCase() })).toBe(municipalityId);
    expect(referencedKey({ id: municipalityId.toUpperCase() })).toEqual({ id: municipalityId });
  });

  it.each([['not-a-uuid'], [''], [42], [null], [undefined], [`${municipalityId}'--`], [`${municipalityId}\u0000`]])(
    'resolves a representation with id %j to null, as an unknown entity',
    (id) => {
      expect(referencedId({ id })).toBeNull();
      expect(referencedKey({ id })).toBeNull();
    },
  );

  it('agrees with parseId, which also keeps ids in lower case', () => {
    expect(parseId(municipalityId.toUpperCase())).toBe(municipalityId);
    expect(isUuid(municipalityId.toUpperCase())).toBe(true);
    expect(() => parseId('42', 'municipalityId')).toThrow('municipalityId must be a UUID, got "42"');
  });
});
