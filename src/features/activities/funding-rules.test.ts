import { describe, expect, it } from 'vitest';
import { checkFundingRules, checkNetworksOfTowns, checkTownTwinning, invitedInternational, isCervEligibleCountry } from './funding-rules.ts';

/** n participants from the host (DE) and m from Romania. */
const counts = (host: number, ro: number, extra: Record<string, number> = {}, hostCountry: string | null = 'DE') => {
  const byCountry: Record<string, number> = { DE: host, RO: ro, ...extra };
  return { hostCountry, participants: Object.values(byCountry).reduce((a, b) => a + b, 0), byCountry };
};

describe('CERV town twinning', () => {
  it('is met with 50 direct participants of whom 25 are invited', () => {
    expect(checkTownTwinning(counts(25, 25))).toEqual({ rule: 'cerv-town-twinning', met: true, missing: [] });
  });

  it('misses one participant at 49', () => {
    expect(checkTownTwinning(counts(24, 25))).toEqual({
      rule: 'cerv-town-twinning',
      met: false,
      missing: [{ requirement: 'direct-participants', required: 50, actual: 49 }],
    });
  });

  it('misses one invited participant at 24, however many come from the host country', () => {
    expect(checkTownTwinning(counts(40, 24)).missing).toEqual([{ requirement: 'invited-international-participants', required: 25, actual: 24 }]);
  });

  it('does not count host-country participants as invited', () => {
    const check = checkTownTwinning(counts(60, 0));
    expect(check.met).toBe(false);
    expect(check.missing).toEqual([{ requirement: 'invited-international-participants', required: 25, actual: 0 }]);
  });

  it('does not count participants from ineligible countries as invited, but as direct participants', () => {
    const c = counts(25, 20, { CH: 5, US: 3 });
    expect(c.participants).toBe(53);
    expect(invitedInternational(c)).toBe(20);
    expect(checkTownTwinning(c).missing).toEqual([{ requirement: 'invited-international-participants', required: 25, actual: 20 }]);
  });

  it('counts participants from associated countries (Ukraine) as invited', () => {
    expect(checkTownTwinning(counts(25, 20, { UA: 5 })).met).toBe(true);
  });

  it('is not met when the host country is unknown (online): nobody can be counted as invited', () => {
    const check = checkTownTwinning(counts(25, 25, {}, null));
    expect(check.met).toBe(false);
    expect(check.missing).toEqual([
      { requirement: 'eligible-countries', required: 1, actual: 0 },
      { requirement: 'invited-international-participants', required: 25, actual: 0 },
    ]);
  });

  it('is not met when the host country is not eligible', () => {
    expect(checkTownTwinning(counts(25, 25, {}, 'CH')).missing).toEqual([{ requirement: 'eligible-countries', required: 1, actual: 0 }]);
  });
});

describe('CERV networks of towns', () => {
  it('needs one third invited, rounded up', () => {
    expect(checkNetworksOfTowns(counts(20, 10)).met).toBe(true);
    expect(checkNetworksOfTowns(counts(20, 9)).missing).toEqual([{ requirement: 'invited-international-participants', required: 10, actual: 9 }]);
    expect(checkNetworksOfTowns(counts(21, 10)).missing).toEqual([{ requirement: 'invited-international-participants', required: 11, actual: 10 }]);
  });

  it('needs participants at all', () => {
    expect(checkNetworksOfTowns(counts(0, 0)).missing).toEqual([
      { requirement: 'direct-participants', required: 1, actual: 0 },
      { requirement: 'invited-international-participants', required: 1, actual: 0 },
    ]);
  });
});

describe('eligible countries', () => {
  it('are the EU member states and the associated countries, in any case', () => {
    for (const c of ['DE', 'ro', 'HU', 'GR', 'UA', 'XK']) expect(isCervEligibleCountry(c), c).toBe(true);
    for (const c of ['CH', 'GB', 'US', 'EL']) expect(isCervEligibleCountry(c), c).toBe(false);
  });

  it('checks every rule in a stable order', () => {
    expect(checkFundingRules(counts(25, 25)).map((r) => r.rule)).toEqual(['cerv-town-twinning', 'cerv-networks-of-towns']);
  });
});
