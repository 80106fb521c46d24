// How the directory combines the kit's input checks (countries, languages, contact
// details are tested with the kit's InputCheck).
import { describe, expect, it } from 'vitest';
import { Refusal } from '@connect/kit';
import { readAssociation, readMunicipality, readOfficial, readOfficialChanges } from '../src/input.ts';

const official = {
  municipalityId: '5d1f0c1e-2b7a-4c59-9a34-0d6f3f8b1a01',
  fullName: ' George Freeman ',
  position: 'Sanitation officer',
  mandate: 'STAFF' as const,
  functionArea: 'WATER_AND_SANITATION' as const,
  languages: ['EN', 'ak'],
  email: ' george.freeman@agonawest.example ',
  phone: '+233  32 000 707',
};

function refusal(read: () => unknown) {
  try {
    read();
  } catch (error) {
    if (error instanceof Refusal) return error.userErrors.map((e) => [e.code, e.field]);
    throw error;
  }
  throw new Error('the input was not refused');
}

describe('input of the directory', () => {
  it('hands back what is stored: trimmed text, codes in their canonical case', () => {
    expect(readMunicipality({ name: ' Tamale ', countryCode: 'gh', kind: 'TOWN', languages: ['EN', 'en'] })).toEqual({
      name: 'Tamale',
      countryCode: 'GH',
      region: null,
      kind: 'TOWN',
      population: null,
      languages: ['en'],
    });
    expect(readAssociation({ name: 'Vereniging van Nederlandse Gemeenten', acronym: ' VNG ', countryCode: 'nl' })).toEqual({
      name: 'Vereniging van Nederlandse Gemeenten',
      acronym: 'VNG',
      countryCode: 'NL',
    });
    expect(readOfficial(official)).toMatchObject({
      fullName: 'George Freeman',
      languages: ['en', 'ak'],
      email: 'george.freeman@agonawest.example',
      phone: '+233 32 000 707',
    });
  });

  it('collects every problem and refuses them together', () => {
    expect(refusal(() => readMunicipality({ name: '   ', countryCode: 'EU', region: ' ', kind: 'TOWN', population: -1, languages: ['iw'] }))).toEqual([
      ['INVALID_INPUT', 'name'],
      ['INVALID_INPUT', 'countryCode'],
      ['INVALID_INPUT', 'region'],
      ['INVALID_INPUT', 'population'],
      ['INVALID_INPUT', 'languages'],
    ]);
    expect(refusal(() => readOfficial({ ...official, municipalityId: '42', position: 'x'.repeat(201), phone: '233' }))).toEqual([
      ['INVALID_INPUT', 'municipalityId'],
      ['INVALID_INPUT', 'position'],
      ['INVALID_INPUT', 'phone'],
    ]);
    expect(refusal(() => readAssociation({ name: 'Ghana Association of Districts', acronym: '  ', countryCode: 'GH' }))).toEqual([['INVALID_INPUT', 'acronym']]);
  });

  it('changes only what an update names, and refuses to remove what an official cannot do without', () => {
    const officialId = '5D1F0C1E-2B7A-4C59-9A34-0D6F3F8B1A02';
    expect(readOfficialChanges({ officialId, email: null, position: ' Mayor ' })).toEqual({
      officialId: officialId.toLowerCase(),
      changes: { email: null, position: 'Mayor' },
    });
    expect(refusal(() => readOfficialChanges({ officialId, mandate: null, municipalityId: null }))).toEqual([
      ['INVALID_INPUT', 'mandate'],
      ['INVALID_INPUT', 'municipalityId'],
    ]);
  });
});
