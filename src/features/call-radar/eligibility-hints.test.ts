import { describe, expect, it } from 'vitest';
import { eligibilityHints } from './eligibility-hints.ts';

describe('eligibilityHints', () => {
  it('says all partners are in EU member states for Germany and Romania', () => {
    expect(eligibilityHints(['DE', 'RO', 'de'], 'HORIZON', null)).toEqual([{ code: 'all-partners-eu', params: { countries: ['DE', 'RO'] } }]);
  });

  it('asks to check association for a partner outside the EU, naming the programme', () => {
    expect(eligibilityHints(['DE', 'UA'], 'HORIZON', null)).toEqual([{ code: 'partner-outside-eu', params: { country: 'UA', programme: 'HORIZON' } }]);
  });

  it('counts eligible countries for CERV town twinning and networks of towns', () => {
    expect(eligibilityHints(['DE', 'RO'], 'CERV', { code: 'CERV', key: 'cerv-town-twinning' })).toContainEqual({
      code: 'town-twinning-countries',
      params: { needed: 2, eligible: 2 },
    });
    expect(eligibilityHints(['DE', 'MD'], 'CERV', { code: 'CERV', key: 'cerv-networks-of-towns' })).toEqual([
      { code: 'partner-outside-eu', params: { country: 'MD', programme: 'CERV' } },
      { code: 'networks-of-towns-countries', params: { needed: 3, eligible: 1 } },
    ]);
  });

  it('reminds that Interreg needs partners in the programme area', () => {
    expect(eligibilityHints(['HU', 'RO'], 'INTERREG', { code: 'INTERREG', key: 'interreg' })).toContainEqual({
      code: 'interreg-programme-area',
      params: { countries: ['HU', 'RO'] },
    });
  });

  it('gives no hint without countries and reads the portal’s EL as Greece', () => {
    expect(eligibilityHints([], null, null)).toEqual([]);
    expect(eligibilityHints(['EL'], null, null)).toEqual([{ code: 'all-partners-eu', params: { countries: ['GR'] } }]);
  });
});
