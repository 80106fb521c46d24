// Completed exchanges as IATI activities, standard version 2.03: one <iati-activity> per
// exchange, with the reporting organisation, the actual start and end dates, the
// requesting country as recipient, sectors from the request's topics (DAC purpose codes),
// SDG targets as tags and one result per outcome, each with a qualitative indicator.
// Elements follow the order the standard's schema prescribes; text is escaped for XML.
import type { ExchangeBehindFigure, OutcomeKind } from './operations.ts';
import { sectorsOf } from './sectors.ts';

export const IATI_VERSION = '2.03';

export interface ReportingOrganisation {
  /** The organisation identifier, such as XM-DAC-41114: a registration agency prefix, a hyphen, the id. */
  ref: string;
  name: string;
  /** IATI OrganisationType code; 15 (other public sector) by default. */
  type?: string;
}

/** Organisation identifiers: an agency prefix (letters, digits) and an identifier, no spaces or slashes. */
export const organisationIdentifierPattern = /^[A-Z]{2}(-[A-Za-z0-9]+)+$/;

// IATI code lists (version 2.03) used here.
const activityStatusFinalisation = '3';
const activityDate = { actualStart: '2', actualEnd: '4' } as const;
const participatingRoleImplementing = '4';
const organisationTypeLocalGovernment = '11';
const sectorVocabularyDac5 = '1';
const tagVocabularySdgTarget = '3';
const resultTypeOutcome = '2';
const indicatorMeasureQualitative = '5';

const outcomeKindTitle: Record<OutcomeKind, string> = {
  CONCRETE_SOLUTION: 'A concrete solution put in place',
  NEW_IDEA: 'A new idea to try',
  CONNECTION: 'A lasting connection between peers or institutions',
  PLAN_ADOPTED: 'A plan formally adopted',
};

const formatName: Record<ExchangeBehindFigure['format'], string> = {
  EXPERT_ASSIGNMENT: 'Expert assignment',
  WORK_PLACEMENT: 'Work placement',
  ROUNDTABLE: 'Roundtable',
  STUDY_VISIT: 'Study visit',
};

/** Text as XML character data or an attribute value; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type Attributes = Record<string, string | undefined>;

function element(name: string, attributes: Attributes, children: string[] = []): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value!)}"`)
    .join('');
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join('')}</${name}>`;
}

const narrative = (text: string) => `<narrative>${escapeXml(text)}</narrative>`;
const textElement = (name: string, text: string, attributes: Attributes = {}) => element(name, attributes, [narrative(text)]);

/** An ISO 8601 instant without fractions of a second, as xsd:dateTime with a zone. */
const dateTime = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

function activity(exchange: ExchangeBehindFigure, org: ReportingOrganisation, updatedAt: string): string {
  const request = exchange.request;
  const recipient = request?.requestingMunicipality?.countryCode ?? exchange.hostCountryCode;
  const description = request
    ? `${formatName[exchange.format]} answering ${request.reference}: ${request.title}`
    : formatName[exchange.format];
  const municipalities = [request?.requestingMunicipality?.name, exchange.hostMunicipality?.name].filter(
    (name, i, all): name is string => !!name && all.indexOf(name) === i,
  );
  const targets = [...new Set(exchange.outcomes.flatMap((o) => o.sdgTargets))];
  return element('iati-activity', { 'last-updated-datetime': updatedAt, 'xml:lang': 'en', hierarchy: '1' }, [
    `<iati-identifier>${escapeXml(`${org.ref}-${exchange.id}`)}</iati-identifier>`,
    textElement('reporting-org', org.name, { ref: org.ref, type: org.type ?? '15' }),
    textElement('title', exchange.title),
    textElement('description', description, { type: '1' }),
    ...(municipalities.length > 0 ? municipalities : ['Municipality']).map((name) =>
      textElement('participating-org', name, { role: participatingRoleImplementing, type: organisationTypeLocalGovernment }),
    ),
    element('activity-status', { code: activityStatusFinalisation }),
    ...(exchange.startsOn ? [element('activity-date', { type: activityDate.actualStart, 'iso-date': exchange.startsOn })] : []),
    ...(exchange.endsOn ? [element('activity-date', { type: activityDate.actualEnd, 'iso-date': exchange.endsOn })] : []),
    element('recipient-country', { code: recipient, percentage: '100' }),
    ...sectorsOf(request?.topics.map((t) => t.code) ?? []).map(({ code, percentage }) =>
      element('sector', { vocabulary: sectorVocabularyDac5, code, percentage }),
    ),
    ...targets.map((target) => element('tag', { vocabulary: tagVocabularySdgTarget, code: target })),
    ...exchange.outcomes.map((outcome) =>
      element('result', { type: resultTypeOutcome, 'aggregation-status': '0' }, [
        textElement('title', outcomeKindTitle[outcome.kind]),
        textElement('description', outcome.description),
        element('indicator', { measure: indicatorMeasureQualitative }, [textElement('title', outcome.description)]),
      ]),
    ),
  ]);
}

/**
 * An <iati-activities> document of the completed exchanges among those given (those
 * without a start date are left out: an activity needs one).
 */
export function iatiActivities(exchanges: readonly ExchangeBehindFigure[], org: ReportingOrganisation, generatedAt = new Date()): string {
  if (!organisationIdentifierPattern.test(org.ref)) throw new Error(`"${org.ref}" is not an IATI organisation identifier such as XM-DAC-41114`);
  const at = dateTime(generatedAt);
  const activities = exchanges.filter((e) => e.status === 'COMPLETED' && e.startsOn).map((e) => activity(e, org, at));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element('iati-activities', { version: IATI_VERSION, 'generated-datetime': at }, activities)}\n`;
}
