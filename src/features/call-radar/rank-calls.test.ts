import { describe, expect, it } from 'vitest';
import { rankCall, rankCalls, weightsFromCounts, type RadarCall, type RadarProfile } from './rank-calls.ts';

const now = new Date('2027-01-10T12:00:00Z');
const call = (over: Partial<RadarCall>): RadarCall => ({
  identifier: 'X-1',
  callIdentifier: null,
  programmeCode: null,
  concepts: [],
  tags: [],
  keywords: [],
  nextDeadlineAt: null,
  ...over,
});
const profile: RadarProfile = {
  concepts: new Map([
    ['smart-city', 1],
    ['climate-neutrality', 0.6],
    ['hydrogen', 0.3],
  ]),
  themes: [{ key: 'sustainability', concepts: ['climate-neutrality', 'circular-economy'] }],
  countries: ['DE', 'RO'],
};

describe('rankCall', () => {
  it('gives reasons: shared concepts (strongest first), theme, city programme, close deadline', () => {
    const r = rankCall(
      call({
        identifier: 'HORIZON-MISS-2027-CIT-02-03',
        programmeCode: 'HORIZON',
        concepts: ['climate-neutrality', 'smart-city'],
        nextDeadlineAt: new Date('2027-01-17T16:00:00Z'),
      }),
      profile,
      now,
    );
    expect(r.reasons).toEqual([
      { code: 'shared-concepts', params: { concepts: ['smart-city', 'climate-neutrality'] } },
      { code: 'theme', params: { themes: ['sustainability'] } },
      { code: 'city-programme', params: { programme: 'HORIZON', key: 'horizon-cities-mission' } },
      { code: 'deadline-soon', params: { days: 7 } },
    ]);
    expect(r.score).toBeGreaterThan(60);
    expect(r.score).toBeLessThanOrEqual(100);
  });

  it('reads tags and keywords that name a concept', () => {
    const r = rankCall(call({ tags: ['Smart city'], keywords: ['hydrogen'] }), profile, now);
    expect(r.reasons[0]).toEqual({ code: 'shared-concepts', params: { concepts: ['smart-city', 'hydrogen'] } });
  });

  it('scores a call without anything in common at 0 and ignores past deadlines', () => {
    const r = rankCall(call({ concepts: ['venture-capital'], nextDeadlineAt: new Date('2027-01-01T00:00:00Z') }), profile, now);
    expect(r).toEqual({ score: 0, reasons: [], cityProgramme: null });
  });
});

describe('rankCalls', () => {
  it('ranks the fitting city-programme call above unrelated and weaker ones and drops non-fitting calls', () => {
    const ranked = rankCalls(
      [
        call({ identifier: 'EDF-2027-X', concepts: ['venture-capital'], nextDeadlineAt: new Date('2027-01-12T00:00:00Z') }),
        call({ identifier: 'HORIZON-CL5-2027-01', concepts: ['hydrogen'] }),
        call({ identifier: 'HORIZON-MISS-2027-CIT-02-03', concepts: ['climate-neutrality', 'smart-city'] }),
      ],
      profile,
      now,
      10,
    );
    expect(ranked.map((r) => r.call.identifier)).toEqual(['HORIZON-MISS-2027-CIT-02-03', 'HORIZON-CL5-2027-01']);
  });

  it('keeps a city programme without a shared topic for a partnership only, and weighs it more there', () => {
    const twinning = call({ identifier: 'CERV-2027-CITIZENS-TOWN-TT', programmeCode: 'CERV', concepts: ['youth-participation'] });
    const topical = call({ identifier: 'HORIZON-CL5-2027-01', concepts: ['hydrogen'] });
    expect(rankCalls([twinning, topical], profile, now, 10).map((r) => r.call.identifier)).toEqual(['HORIZON-CL5-2027-01']);
    const forCities = { ...profile, forCities: true };
    expect(rankCalls([twinning, topical], forCities, now, 10).map((r) => r.call.identifier)).toEqual(['CERV-2027-CITIZENS-TOWN-TT', 'HORIZON-CL5-2027-01']);
    const mission = call({ identifier: 'HORIZON-MISS-2027-CIT-02-03', programmeCode: 'HORIZON', concepts: ['smart-city'] });
    expect(rankCall(mission, forCities, now).score).toBeGreaterThan(rankCall(mission, profile, now).score);
  });

  it('keeps to the limit', () => {
    const calls = Array.from({ length: 5 }, (_, i) => call({ identifier: `C-${i}`, concepts: ['smart-city'] }));
    expect(rankCalls(calls, profile, now, 2).map((r) => r.call.identifier)).toEqual(['C-0', 'C-1']);
  });
});

describe('weightsFromCounts', () => {
  it('weighs the most shared concept 1 and keeps a floor for single mentions', () => {
    expect([
      ...weightsFromCounts(
        new Map([
          ['a', 10],
          ['b', 1],
          ['c', 5],
          ['d', 0],
        ]),
      ),
    ]).toEqual([
      ['a', 1],
      ['b', 0.3],
      ['c', 0.5],
    ]);
  });
});
