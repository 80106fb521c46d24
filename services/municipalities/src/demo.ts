// The people and places of the demo story: the first CONNECT exchanges of spring 2017
// between officials of Iceland, Spain and the Netherlands and colleagues in Cambodia,
// Colombia, Ghana and Uganda. Contact details are fictitious. The seed records, in its
// own transaction, the events the story's registrations would have recorded, so that the
// other services learn the directory as they would in use: through events. Who shares
// which demo exchange arrives the same way, from the exchanges seed's ExchangeStarted.
import { count } from 'drizzle-orm';
import { demo, EventRecorder, type Database } from '@connect/kit';
import { associationMembers, associations, municipalities, officials, serviceTableSet } from './db/tables.ts';
import { municipalityProfile, officialProfile } from './profile.ts';

const m = demo.municipalities;
const a = demo.associations;
const o = demo.officials;

export async function seedDemo(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(municipalities);
    if ((existing?.n ?? 0) > 0) return false;

    const registered = await tx.insert(municipalities).values([
      { id: m.sandgerdi, name: 'Sandgerði', countryCode: 'IS', region: 'Suðurnes', kind: 'TOWN', population: 1_700, languages: ['is', 'en'] },
      { id: m.vitoriaGasteiz, name: 'Vitoria-Gasteiz', countryCode: 'ES', region: 'Basque Country', kind: 'CITY', population: 255_000, languages: ['es', 'eu', 'en'] },
      { id: m.ronda, name: 'Ronda', countryCode: 'ES', region: 'Andalusia', kind: 'TOWN', population: 33_700, languages: ['es', 'en'] },
      { id: m.deventer, name: 'Deventer', countryCode: 'NL', region: 'Overijssel', kind: 'CITY', population: 101_000, languages: ['nl', 'en'] },
      { id: m.hoorn, name: 'Hoorn', countryCode: 'NL', region: 'North Holland', kind: 'TOWN', population: 74_000, languages: ['nl', 'en'] },
      { id: m.battambang, name: 'Battambang', countryCode: 'KH', region: 'Battambang Province', kind: 'CITY', population: 119_000, languages: ['km', 'en'] },
      { id: m.villaDeLeyva, name: 'Villa de Leyva', countryCode: 'CO', region: 'Boyacá', kind: 'TOWN', population: 17_000, languages: ['es'] },
      { id: m.agonaWest, name: 'Agona West', countryCode: 'GH', region: 'Central Region', kind: 'DISTRICT', population: 115_000, languages: ['en'] },
      { id: m.jinja, name: 'Jinja', countryCode: 'UG', region: 'Eastern Region', kind: 'CITY', population: 300_000, languages: ['en'] },
    ]).returning();

    const associationRows = await tx.insert(associations).values([
      { id: a.sis, name: 'Samband íslenskra sveitarfélaga', acronym: 'SIS', countryCode: 'IS' },
      { id: a.femp, name: 'Federación Española de Municipios y Provincias', acronym: 'FEMP', countryCode: 'ES' },
      { id: a.vng, name: 'Vereniging van Nederlandse Gemeenten', acronym: 'VNG', countryCode: 'NL' },
      { id: a.nlcs, name: 'National League of Communes/Sangkats', acronym: 'NLC/S', countryCode: 'KH' },
      { id: a.fcm, name: 'Federación Colombiana de Municipios', acronym: 'FCM', countryCode: 'CO' },
      { id: a.nalag, name: 'National Association of Local Authorities of Ghana', acronym: 'NALAG', countryCode: 'GH' },
      { id: a.ulga, name: 'Uganda Local Governments Association', acronym: 'ULGA', countryCode: 'UG' },
    ]).returning();

    const memberships = await tx.insert(associationMembers).values([
      { associationId: a.sis, municipalityId: m.sandgerdi },
      { associationId: a.femp, municipalityId: m.vitoriaGasteiz },
      { associationId: a.femp, municipalityId: m.ronda },
      { associationId: a.vng, municipalityId: m.deventer },
      { associationId: a.vng, municipalityId: m.hoorn },
      { associationId: a.nlcs, municipalityId: m.battambang },
      { associationId: a.fcm, municipalityId: m.villaDeLeyva },
      { associationId: a.nalag, municipalityId: m.agonaWest },
      { associationId: a.ulga, municipalityId: m.jinja },
    ]).returning();

    const people = await tx.insert(officials).values([
      { id: o.sigrunArnadottir, municipalityId: m.sandgerdi, fullName: 'Sigrún Árnadóttir', position: 'Mayor', mandate: 'ELECTED', functionArea: 'GENERAL_MANAGEMENT', languages: ['is', 'en'], email: 'mayor@sandgerdi.example', phone: '+354 555 0101' },
      { id: o.martaIbanez, municipalityId: m.vitoriaGasteiz, fullName: 'Marta Ibáñez Ruiz', position: 'Head of Water and Sanitation', mandate: 'STAFF', functionArea: 'WATER_AND_SANITATION', languages: ['es', 'en', 'fr'], email: 'marta.ibanez@vitoria-gasteiz.example', phone: '+34 945 000 101' },
      { id: o.javierMoreno, municipalityId: m.ronda, fullName: 'Javier Moreno Castillo', position: 'Tourism Officer', mandate: 'STAFF', functionArea: 'TOURISM', languages: ['es', 'en'], email: 'javier.moreno@ronda.example', phone: '+34 952 000 202' },
      { id: o.pieterVanDijk, municipalityId: m.deventer, fullName: 'Pieter van Dijk', position: 'Senior Adviser, Sanitation and Sewerage', mandate: 'STAFF', functionArea: 'WATER_AND_SANITATION', languages: ['nl', 'en'], email: 'p.vandijk@deventer.example', phone: '+31 570 000 303' },
      { id: o.anoukJansen, municipalityId: m.hoorn, fullName: 'Anouk Jansen', position: 'Alderman for Spatial Planning', mandate: 'ELECTED', functionArea: 'URBAN_PLANNING', languages: ['nl', 'en'], email: 'a.jansen@hoorn.example', phone: '+31 229 000 404' },
      { id: o.sokhaChan, municipalityId: m.battambang, fullName: 'Sokha Chan', position: 'Director of Urban Planning', mandate: 'STAFF', functionArea: 'URBAN_PLANNING', languages: ['km', 'en'], email: 'sokha.chan@battambang.example', phone: '+855 53 000 505' },
      { id: o.andreaGomez, municipalityId: m.villaDeLeyva, fullName: 'Andrea Gómez Rojas', position: 'Secretary of Tourism and Culture', mandate: 'STAFF', functionArea: 'TOURISM', languages: ['es'], email: 'andrea.gomez@villadeleyva.example', phone: '+57 8 000 606' },
      { id: o.georgeFreeman, municipalityId: m.agonaWest, fullName: 'George Freeman', position: 'Municipal Environmental Health Officer', mandate: 'STAFF', functionArea: 'ENVIRONMENT_AND_HEALTH', languages: ['en'], email: 'george.freeman@agonawest.example', phone: '+233 32 000 707' },
      { id: o.graceNamutebi, municipalityId: m.jinja, fullName: 'Grace Namutebi', position: 'Principal Waste Management Officer', mandate: 'STAFF', functionArea: 'WASTE_MANAGEMENT', languages: ['en'], email: 'grace.namutebi@jinja.example', phone: '+256 43 000 808' },
    ]).returning();

    const events = new EventRecorder(tx, serviceTableSet);
    for (const row of registered) await events.record('MunicipalityRegistered', municipalityProfile(row));
    for (const { id: associationId, name, countryCode, createdAt } of associationRows) {
      await events.record('AssociationRegistered', { associationId, name, countryCode, at: createdAt.toISOString() });
    }
    for (const row of people) await events.record('OfficialRegistered', officialProfile(row));
    for (const { municipalityId, associationId } of memberships) {
      await events.record('MunicipalityJoinedAssociation', { municipalityId, associationId });
    }
    return true;
  });
}
