// The directory's part of the synthetic world (@connect/kit/synthetic): every
// municipality and official, with a name and a work address, and the MunicipalityRegistered
// and OfficialRegistered events their registrations would have recorded, written to the
// outbox in bulk beside them. The other services learn the directory from those events.
import { BulkRows, bulkLoader, literal, outboxRow, syntheticAt, syntheticMarkers, type RunSql, type WorldLoader } from '@connect/kit/synthetic';

const { text, array } = literal;
const at = `'${syntheticAt}'`;

export function syntheticWorld(run: RunSql): WorldLoader {
  const out = new BulkRows(run, {
    municipality: 'municipalities.municipality (id, name, country_code, region, kind, population, languages, created_at)',
    official: 'municipalities.official (id, municipality_id, full_name, position, mandate, function_area, languages, email, phone, created_at)',
    outbox: 'municipalities.outbox (id, type, payload)',
  });
  return bulkLoader(out, ['municipality', 'id', syntheticMarkers.municipalityId], {
    municipality(m) {
      out.add('municipality', `(${text(m.municipalityId)}, ${text(m.name)}, '${m.countryCode}', ${text(m.region)}, '${m.kind}', ${m.population}, ${array(m.languages)}, ${at})`);
      const { municipalityId, name, countryCode, kind, population, languages } = m;
      out.add('outbox', outboxRow(municipalityId, 'MunicipalityRegistered', { municipalityId, name, countryCode, kind, population, languages }));
    },
    official(p) {
      out.add(
        'official',
        `(${text(p.officialId)}, ${text(p.municipalityId)}, ${text(p.fullName)}, ${text(p.position)}, '${p.mandate}', '${p.functionArea}', ${array(p.languages)}, ${text(p.email)}, null, ${at})`,
      );
      const { officialId, municipalityId, position, mandate, functionArea, languages } = p;
      out.add('outbox', outboxRow(officialId, 'OfficialRegistered', { officialId, municipalityId, position, mandate, functionArea, languages }));
    },
  });
}
