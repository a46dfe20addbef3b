import { describe, expect, it } from 'vitest';
import { conceptsOfFound } from './search-related.ts';

describe('conceptsOfFound', () => {
  it('keeps the concepts more than half of the found organisations hold, the most widely held first', () => {
    const found = [
      { organisationId: 'ihk', concepts: ['sme-support', 'skilled-labour', 'vocational-training'] },
      { organisationId: 'cci', concepts: ['sme-support', 'skilled-labour', 'investment-attraction'] },
      { organisationId: 'agency', concepts: ['sme-support', 'tourism'] },
    ];
    expect(conceptsOfFound(found)).toEqual(['sme-support', 'skilled-labour']);
  });

  it('counts an organisation once however many of its offers were found', () => {
    const found = [
      { organisationId: 'a', concepts: ['tourism'] },
      { organisationId: 'a', concepts: ['tourism'] },
      { organisationId: 'b', concepts: ['music'] },
    ];
    expect(conceptsOfFound(found)).toEqual([]);
  });

  it('says nothing when one organisation was found: which of its concepts was looked for is unknown', () => {
    expect(conceptsOfFound([{ organisationId: 'a', concepts: ['tourism', 'music'] }])).toEqual([]);
  });

  it('ignores people without an organisation', () => {
    expect(conceptsOfFound([{ organisationId: null, concepts: ['tourism'] }])).toEqual([]);
  });
});
