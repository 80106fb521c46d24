// Topics of the taxonomy as sectors of the OECD DAC Creditor Reporting System (5-digit
// purpose codes, IATI sector vocabulary 1), for IATI activities. Each topic maps to the
// purpose code closest to what municipalities exchange know-how about; a topic not listed
// (added to the taxonomy later) falls back to support to subnational government.

/** The purpose codes used here, with their names in the DAC list. */
export const dacPurposeCodes = {
  '11110': 'Education policy and administrative management',
  '12110': 'Health policy and administrative management',
  '14010': 'Water sector policy and administrative management',
  '14022': 'Sanitation - large systems',
  '14031': 'Basic drinking water supply',
  '14032': 'Basic sanitation',
  '14050': 'Waste management/disposal',
  '15110': 'Public sector policy and administrative management',
  '15111': 'Public finance management (PFM)',
  '15112': 'Decentralisation and support to subnational government',
  '15150': 'Democratic participation and civil society',
  '16010': 'Social protection',
  '16020': 'Employment creation',
  '16030': 'Housing policy and administrative management',
  '16061': 'Culture and recreation',
  '21010': 'Transport policy and administrative management',
  '22040': 'Information and communication technology (ICT)',
  '23183': 'Energy conservation and demand-side efficiency',
  '25010': 'Business policy and administration',
  '31110': 'Agricultural policy and administrative management',
  '33210': 'Tourism policy and administrative management',
  '41010': 'Environmental policy and administrative management',
  '43030': 'Urban development and management',
  '43040': 'Rural development',
} as const;
export type DacPurposeCode = keyof typeof dacPurposeCodes;

export const fallbackSector: DacPurposeCode = '15112';

export const sectorOfTopic: Record<string, DacPurposeCode> = {
  'urban-planning': '43030',
  'land-use': '43030',
  housing: '16030',
  'public-space': '43030',
  mobility: '21010',
  'rural-planning': '43040',
  'rural-development': '43040',
  agriculture: '31110',
  tourism: '33210',
  ecotourism: '33210',
  'cultural-heritage': '16061',
  water: '14010',
  sanitation: '14032',
  'water-supply': '14031',
  drainage: '14022',
  waste: '14050',
  'solid-waste': '14050',
  recycling: '14050',
  environment: '41010',
  'climate-adaptation': '41010',
  'energy-efficiency': '23183',
  'public-health': '12110',
  governance: '15110',
  'public-finance': '15111',
  'citizen-participation': '15150',
  'digital-services': '22040',
  'social-services': '16010',
  education: '11110',
  'social-inclusion': '16010',
  'economic-development': '25010',
  'local-economy': '25010',
  employment: '16020',
};

/**
 * The sectors of an activity on these topics, each code once, with percentages of two
 * decimals that add up to exactly 100 (IATI's rule for sectors of one vocabulary).
 */
export function sectorsOf(topicCodes: readonly string[]): { code: DacPurposeCode; percentage: string }[] {
  const codes = [...new Set(topicCodes.map((code) => sectorOfTopic[code] ?? fallbackSector))];
  if (codes.length === 0) codes.push(fallbackSector);
  const hundredths = 10_000;
  const share = Math.floor(hundredths / codes.length);
  return codes.map((code, i) => {
    // The first sector takes what the rounding leaves over.
    const part = i === 0 ? hundredths - share * (codes.length - 1) : share;
    return { code, percentage: (part / 100).toFixed(2).replace(/\.?0+$/, '') };
  });
}
