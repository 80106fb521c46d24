// What other services may know about a municipality or an official: the profiles the
// directory's events carry (see the kit's event catalogue). Contact details are personal
// data and never leave this service.
import type { MunicipalityProfile, OfficialProfile } from '@connect/kit';
import type { MunicipalityRow, OfficialRow } from './db/tables.ts';

export function municipalityProfile(m: MunicipalityRow): MunicipalityProfile {
  return {
    municipalityId: m.id,
    name: m.name,
    countryCode: m.countryCode,
    kind: m.kind,
    population: m.population,
    languages: m.languages,
  };
}

export function officialProfile(o: OfficialRow): OfficialProfile {
  return {
    officialId: o.id,
    municipalityId: o.municipalityId,
    position: o.position,
    mandate: o.mandate,
    functionArea: o.functionArea,
    languages: o.languages,
  };
}

/** Whether two profiles tell other services the same thing. */
export function sameProfile(a: OfficialProfile, b: OfficialProfile): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
