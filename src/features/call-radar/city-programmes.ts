/**
 * Programmes made for cities and their partners. The portal names a programme by its
 * frameworkProgramme abbreviation and encodes the strand in the topic identifier, so both are
 * read: CERV's town twinning is one strand of CERV, the cities mission one part of Horizon Europe.
 * The key names the explanation the web app shows (calls.json: cityProgramme.<key>).
 */
export type CityProgrammeKey = 'cerv-town-twinning' | 'cerv-networks-of-towns' | 'interreg' | 'urbact' | 'life' | 'digital-europe' | 'horizon-cities-mission';

export interface CityProgramme {
  /** A short programme code for badges (CERV, INTERREG, URBACT, LIFE, DIGITAL, HORIZON). */
  code: string;
  key: CityProgrammeKey;
}

export interface ProgrammeFacts {
  identifier: string;
  callIdentifier?: string | null;
  programmeCode?: string | null;
}

interface Rule extends CityProgramme {
  test(ids: string, programme: string): boolean;
}

// Most specific first: a CERV town-twinning topic is also a CERV topic.
const rules: readonly Rule[] = [
  { code: 'CERV', key: 'cerv-town-twinning', test: (ids) => /\bCERV-[\w-]*CITIZENS-TOWN-?TT\b|CERV-[\w-]*TOWN-TWINNING/.test(ids) },
  { code: 'CERV', key: 'cerv-networks-of-towns', test: (ids) => /\bCERV-[\w-]*CITIZENS-TOWN/.test(ids) },
  { code: 'HORIZON', key: 'horizon-cities-mission', test: (ids) => /\bHORIZON-MISS-[\w-]*CIT-/.test(ids) },
  { code: 'INTERREG', key: 'interreg', test: (ids, p) => p.startsWith('INTERREG') || /\bINTERREG/.test(ids) },
  { code: 'URBACT', key: 'urbact', test: (ids, p) => p.startsWith('URBACT') || /\bURBACT/.test(ids) },
  { code: 'LIFE', key: 'life', test: (ids, p) => p === 'LIFE' || /^LIFE-/.test(ids) },
  { code: 'DIGITAL', key: 'digital-europe', test: (ids, p) => p === 'DIGITAL' || /^DIGITAL-/.test(ids) },
];

/** The city programme a call belongs to, or null for programmes not aimed at cities. */
export function cityProgrammeOf(call: ProgrammeFacts): CityProgramme | null {
  const ids = [call.identifier, call.callIdentifier ?? ''].join(' ').toUpperCase();
  const programme = (call.programmeCode ?? '').toUpperCase();
  const rule = rules.find((r) => r.test(ids, programme));
  return rule ? { code: rule.code, key: rule.key } : null;
}

/** Identifier prefixes of city programmes: candidates for the radar even without shared concepts. */
export const cityProgrammeIdentifierPatterns: readonly string[] = [
  'CERV-%CITIZENS-TOWN%',
  'HORIZON-MISS-%CIT-%',
  'INTERREG%',
  'URBACT%',
  'LIFE-%',
  'DIGITAL-%',
];
export const cityProgrammeCodes: readonly string[] = ['LIFE', 'DIGITAL', 'URBACT', 'INTERREG'];
