// The IATI export against the rules of the IATI Standard 2.03 that it relies on: the
// activity schema's required elements and their order, attribute value formats
// (xsd:date, xsd:dateTime, decimals), code lists (activity status, activity date type,
// organisation role and type, sector vocabulary 1 with 5-digit DAC purpose codes, tag
// vocabulary 3 for SDG targets, result type, indicator measure), the identifier rule
// (iati-identifier starts with the reporting organisation's identifier) and the
// percentage rule (sectors of one vocabulary add up to 100).
import { readFileSync } from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { escapeXml, iatiActivities } from '../src/iati.ts';
import type { ExchangeBehindFigure } from '../src/operations.ts';
import { dacPurposeCodes, sectorOfTopic, sectorsOf } from '../src/sectors.ts';

/** The children of iati-activity in the order the 2.03 activity schema's sequence gives them. */
const activitySequence = [
  'iati-identifier', 'reporting-org', 'title', 'description', 'participating-org', 'other-identifier', 'activity-status',
  'activity-date', 'contact-info', 'activity-scope', 'recipient-country', 'recipient-region', 'location', 'sector', 'tag',
  'country-budget-items', 'humanitarian-scope', 'policy-marker', 'collaboration-type', 'default-flow-type', 'default-finance-type',
  'default-aid-type', 'default-tied-status', 'budget', 'planned-disbursement', 'capital-spend', 'transaction', 'document-link',
  'related-activity', 'legacy-data', 'conditions', 'result', 'crs-add', 'fss',
];
/** Elements the standard requires in every activity, with how many times at least and at most. */
const required: Record<string, [number, number]> = {
  'iati-identifier': [1, 1],
  'reporting-org': [1, 1],
  title: [1, 1],
  description: [1, Infinity],
  'participating-org': [1, Infinity],
  'activity-status': [1, 1],
  'activity-date': [1, Infinity],
};
const codeLists = {
  activityStatus: ['1', '2', '3', '4', '5', '6'],
  activityDateType: ['1', '2', '3', '4'],
  organisationRole: ['1', '2', '3', '4'],
  organisationType: ['10', '11', '15', '21', '22', '23', '24', '30', '40', '60', '70', '71', '72', '73', '80', '90'],
  resultType: ['1', '2', '3', '9'],
  indicatorMeasure: ['1', '2', '3', '4', '5'],
};
const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const decimal = /^\d{1,3}(\.\d{1,2})?$/;
const sdgTarget = /^([1-9]|1[0-7])\.([1-9][0-9]?|[a-z])$/;

const agonaWest: ExchangeBehindFigure = {
  id: '3d1c3f5e-0000-4000-8000-000000000001',
  title: 'Sanitation planning <with> stakeholders & "partners"',
  format: 'EXPERT_ASSIGNMENT',
  status: 'COMPLETED',
  startsOn: '2017-04-03',
  endsOn: '2017-06-30',
  hostCountryCode: 'GH',
  hostMunicipality: { name: 'Agona West', countryCode: 'GH' },
  request: {
    reference: 'REQ-2017-0001',
    title: 'A joint sanitation management plan for Agona West',
    topics: [
      { code: 'sanitation', label: 'Sanitation' },
      { code: 'solid-waste', label: 'Solid waste' },
      { code: 'public-health', label: 'Public health' },
    ],
    requestingMunicipality: { name: 'Agona West', countryCode: 'GH' },
  },
  outcomes: [
    { kind: 'PLAN_ADOPTED', description: 'Joint sanitation management plan, adopted by the Municipal Assembly', sdgTargets: ['6.2', '6.3', '11.6'] },
    { kind: 'CONNECTION', description: 'Working relationship between two environmental health teams', sdgTargets: ['17.16'] },
  ],
  bestPractices: [],
};
const running: ExchangeBehindFigure = { ...agonaWest, id: '3d1c3f5e-0000-4000-8000-000000000002', status: 'IN_PROGRESS' };
const org = { ref: 'XM-DAC-41114', name: 'CONNECT secretariat' };

function parse(xml: string) {
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => level !== 'warning' && errors.push(message) }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  return document;
}
const children = (element: Element, name?: string) =>
  Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1 && (name === undefined || (n as Element).tagName === name));
const narrativeOf = (element: Element) => children(element, 'narrative')[0]?.textContent ?? '';

describe('completed exchanges as IATI activities', () => {
  const xml = iatiActivities([agonaWest, running], org, new Date('2026-12-03T10:00:00.123Z'));
  const root = parse(xml).documentElement!;
  const activities = children(root, 'iati-activity');

  it('is an iati-activities document of version 2.03 with the completed exchanges only', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.tagName).toBe('iati-activities');
    expect(root.getAttribute('version')).toBe('2.03');
    expect(root.getAttribute('generated-datetime')).toMatch(isoDateTime);
    expect(activities).toHaveLength(1);
  });

  it('has every required element, each as often as allowed, in the schema order', () => {
    const [activity] = activities;
    const names = children(activity!).map((e) => e.tagName);
    for (const [name, [min, max]] of Object.entries(required)) {
      const count = names.filter((n) => n === name).length;
      expect(count, name).toBeGreaterThanOrEqual(min);
      expect(count, name).toBeLessThanOrEqual(max);
    }
    const positions = names.map((n) => activitySequence.indexOf(n));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(activity!.getAttribute('last-updated-datetime')).toMatch(isoDateTime);
    expect(activity!.getAttribute('xml:lang')).toMatch(/^[a-z]{2}$/);
  });

  it('names the reporting organisation, and starts the identifier with its identifier', () => {
    const [activity] = activities;
    const reporting = children(activity!, 'reporting-org')[0]!;
    expect(reporting.getAttribute('ref')).toBe(org.ref);
    expect(codeLists.organisationType).toContain(reporting.getAttribute('type'));
    expect(narrativeOf(reporting)).toBe(org.name);
    expect(children(activity!, 'iati-identifier')[0]!.textContent).toBe(`${org.ref}-${agonaWest.id}`);
    for (const participant of children(activity!, 'participating-org')) {
      expect(codeLists.organisationRole).toContain(participant.getAttribute('role'));
      expect(codeLists.organisationType).toContain(participant.getAttribute('type'));
      expect(narrativeOf(participant)).not.toBe('');
    }
  });

  it('gives the status, and the actual start and end as calendar days', () => {
    const [activity] = activities;
    expect(codeLists.activityStatus).toContain(children(activity!, 'activity-status')[0]!.getAttribute('code'));
    const dates = children(activity!, 'activity-date').map((d) => [d.getAttribute('type'), d.getAttribute('iso-date')]);
    expect(dates).toEqual([
      ['2', '2017-04-03'],
      ['4', '2017-06-30'],
    ]);
    for (const [type, day] of dates) {
      expect(codeLists.activityDateType).toContain(type);
      expect(day).toMatch(isoDate);
    }
  });

  it('maps topics to DAC purpose codes whose percentages add up to 100, and outcomes to SDG tags and results', () => {
    const [activity] = activities;
    const country = children(activity!, 'recipient-country')[0]!;
    expect(country.getAttribute('code')).toMatch(/^[A-Z]{2}$/);
    expect(country.getAttribute('percentage')).toBe('100');

    const sectors = children(activity!, 'sector');
    expect(sectors.map((s) => s.getAttribute('code'))).toEqual(['14032', '14050', '12110']);
    let total = 0;
    for (const sector of sectors) {
      expect(sector.getAttribute('vocabulary')).toBe('1');
      expect(sector.getAttribute('code')).toMatch(/^\d{5}$/);
      expect(sector.getAttribute('percentage')).toMatch(decimal);
      total += Number(sector.getAttribute('percentage'));
    }
    expect(total).toBeCloseTo(100, 10);

    const tags = children(activity!, 'tag');
    expect(tags.map((t) => t.getAttribute('code'))).toEqual(['6.2', '6.3', '11.6', '17.16']);
    for (const tag of tags) {
      expect(tag.getAttribute('vocabulary')).toBe('3');
      expect(tag.getAttribute('code')).toMatch(sdgTarget);
    }

    const results = children(activity!, 'result');
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(codeLists.resultType).toContain(result.getAttribute('type'));
      expect(narrativeOf(children(result, 'title')[0]!)).not.toBe('');
      const [indicator] = children(result, 'indicator');
      expect(codeLists.indicatorMeasure).toContain(indicator!.getAttribute('measure'));
      expect(narrativeOf(children(indicator!, 'title')[0]!)).not.toBe('');
    }
  });

  it('keeps text as written, escaped', () => {
    expect(narrativeOf(children(activities[0]!, 'title')[0]!)).toBe(agonaWest.title);
    expect(escapeXml('a\u0000b<c>&"\'')).toBe('ab&lt;c&gt;&amp;&quot;&apos;');
  });

  it('refuses a reporting organisation without an organisation identifier', () => {
    expect(() => iatiActivities([agonaWest], { ref: 'CONNECT secretariat', name: 'x' })).toThrow(/organisation identifier/);
  });

  it('writes an empty document when nothing was completed', () => {
    const empty = parse(iatiActivities([running], org)).documentElement!;
    expect(children(empty, 'iati-activity')).toHaveLength(0);
  });
});

describe('sectors from topics', () => {
  it('maps every topic of the taxonomy to a 5-digit DAC purpose code', () => {
    const taxonomy = readFileSync(new URL('../../services/knowledge/drizzle/0001_taxonomy.sql', import.meta.url), 'utf8');
    const topics = [...new Set([...taxonomy.matchAll(/\('([a-z-]+)', (?:'[a-z-]+'|NULL)\)/g)].map(([, code]) => code!))];
    expect(topics.length).toBeGreaterThan(20);
    for (const topic of topics) expect(sectorOfTopic, topic).toHaveProperty(topic);
    for (const code of Object.values(sectorOfTopic)) {
      expect(code).toMatch(/^\d{5}$/);
      expect(dacPurposeCodes).toHaveProperty(code);
    }
  });

  it('splits 100 percent between distinct sectors to two decimals', () => {
    expect(sectorsOf(['sanitation'])).toEqual([{ code: '14032', percentage: '100' }]);
    expect(sectorsOf(['solid-waste', 'recycling'])).toEqual([{ code: '14050', percentage: '100' }]);
    const three = sectorsOf(['sanitation', 'solid-waste', 'public-health']);
    expect(three.map((s) => s.percentage)).toEqual(['33.34', '33.33', '33.33']);
    expect(sectorsOf([])).toEqual([{ code: '15112', percentage: '100' }]);
  });
});
