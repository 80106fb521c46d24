// The directory's input rules, on the kit's InputCheck: what a municipality, an
// association and an official must carry before anything is written. The checks
// themselves (countries, languages, contact details, ids) are the kit's; here is only
// how the directory combines them: names of at most 200 characters, a region or an
// acronym either given or left out (never blank), a population that is not negative.
// Each reader refuses the mutation with every problem at once.
import { InputCheck } from '@connect/kit';
import type { NewAssociation, NewMunicipality, NewOfficial } from './db/repository.ts';
import type {
  MutationMarkNotificationsReadArgs,
  RegisterAssociationInput,
  RegisterMunicipalityInput,
  RegisterOfficialInput,
  UpdateMunicipalityInput,
  UpdateOfficialInput,
} from './generated/resolvers.ts';

/** The longest name, position or region the directory keeps. */
const MAX_TEXT = 200;

export function readMunicipality(input: RegisterMunicipalityInput): NewMunicipality & { region: string | null } {
  const check = new InputCheck();
  const name = check.text(input.name, 'name', MAX_TEXT);
  const countryCode = check.country(input.countryCode, 'countryCode');
  const region = check.optionalText(input.region, 'region', MAX_TEXT, { blank: 'refuse' });
  const population = readPopulation(check, input.population);
  const languages = check.languages(input.languages, 'languages');
  check.done();
  return { name: name!, countryCode: countryCode!, region, kind: input.kind, population, languages };
}

export function readAssociation(input: RegisterAssociationInput): NewAssociation {
  const check = new InputCheck();
  const name = check.text(input.name, 'name', MAX_TEXT);
  const acronym = check.acronym(input.acronym, 'acronym');
  const countryCode = check.country(input.countryCode, 'countryCode');
  check.done();
  return { name: name!, acronym, countryCode: countryCode! };
}

export function readOfficial(input: RegisterOfficialInput): NewOfficial {
  const check = new InputCheck();
  const municipalityId = check.id(input.municipalityId, 'municipalityId');
  const fullName = check.text(input.fullName, 'fullName', MAX_TEXT);
  const position = check.text(input.position, 'position', MAX_TEXT);
  const languages = check.languages(input.languages, 'languages');
  const email = check.email(input.email, 'email');
  const phone = check.phone(input.phone, 'phone');
  check.done();
  const { mandate, functionArea } = input;
  return { municipalityId: municipalityId!, fullName: fullName!, position: position!, mandate, functionArea, languages, email, phone };
}

/** The official an update is about, and the fields it changes (those it leaves out stay). */
export function readOfficialChanges(input: UpdateOfficialInput): { officialId: string; changes: Partial<NewOfficial> } {
  const check = new InputCheck();
  const officialId = check.id(input.officialId, 'officialId');
  const changes: Partial<NewOfficial> = {};
  if (input.fullName !== undefined) changes.fullName = check.text(input.fullName, 'fullName', MAX_TEXT)!;
  if (input.position !== undefined) changes.position = check.text(input.position, 'position', MAX_TEXT)!;
  if (input.mandate !== undefined) changes.mandate = check.present(input.mandate, 'mandate')!;
  if (input.functionArea !== undefined) changes.functionArea = check.present(input.functionArea, 'functionArea')!;
  if (input.languages !== undefined) changes.languages = check.languages(input.languages, 'languages');
  if (input.municipalityId === null) check.present(input.municipalityId, 'municipalityId');
  else if (input.municipalityId !== undefined) changes.municipalityId = check.id(input.municipalityId, 'municipalityId')!;
  if (input.email !== undefined) changes.email = check.email(input.email, 'email');
  if (input.phone !== undefined) changes.phone = check.phone(input.phone, 'phone');
  check.done();
  return { officialId: officialId!, changes };
}

/** The municipality an update is about, and the fields it changes (those it leaves out stay). */
export function readMunicipalityChanges(id: string, input: UpdateMunicipalityInput): { municipalityId: string; changes: Partial<NewMunicipality> } {
  const check = new InputCheck();
  const municipalityId = check.id(id, 'id');
  const changes: Partial<NewMunicipality> = {};
  if (input.name !== undefined) changes.name = check.text(input.name, 'name', MAX_TEXT)!;
  if (input.region !== undefined) changes.region = check.optionalText(input.region, 'region', MAX_TEXT, { blank: 'refuse' });
  if (input.kind !== undefined) changes.kind = check.present(input.kind, 'kind')!;
  if (input.population !== undefined) changes.population = readPopulation(check, input.population);
  if (input.languages !== undefined) changes.languages = check.languages(input.languages, 'languages');
  check.done();
  return { municipalityId: municipalityId!, changes };
}

/** Which notifications to mark read: the ids given, or every unread one with `all`, never neither. */
export function readNotificationsToMark(args: MutationMarkNotificationsReadArgs): string[] | 'all' {
  const check = new InputCheck();
  const ids = args.ids ? check.ids(args.ids, 'ids', MAX_MARKED) : [];
  if (args.all && args.ids?.length) check.invalid('Give either ids or all, not both', 'all');
  else if (!args.all && !args.ids?.length) check.invalid('Give the ids of the notifications to mark, or all: true', 'ids');
  check.done();
  return args.all ? 'all' : ids;
}

/** The most notifications one call marks by id. */
const MAX_MARKED = 100;

/** Inhabitants: a whole number, zero or more, or unknown (null). */
function readPopulation(check: InputCheck, value: number | null | undefined): number | null {
  if (value === undefined || value === null) return null;
  return value < 0 ? check.invalid('population cannot be negative', 'population') : value;
}
