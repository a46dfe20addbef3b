import { describe, expect, it } from 'vitest';
import { figuresOf, type SetGeography } from './set-figures.ts';

// Three cities: a–b and b–c are partnerships, a–c is not.
const geo: SetGeography = {
  cityOf: new Map([
    ['a1', 'a'],
    ['a2', 'a'],
    ['b1', 'b'],
    ['b2', 'b'],
    ['c1', 'c'],
  ]),
  partnersOf: (city) => new Set(city === 'b' ? ['a', 'c'] : ['b']),
};

describe('figures of one method on a labelled set', () => {
  it('counts recall@5, MRR and suggestions from the own or a non-partner city', () => {
    const f = figuresOf(
      [
        { organisation: 'a1', relevant: ['b2'], why: '' },
        { organisation: 'b1', relevant: ['a1', 'c1'], why: '' },
      ],
      new Map([
        ['a1', ['b1', 'b2', 'a2', 'c1']],
        ['b1', ['c1']],
      ]),
      geo,
    );
    expect(f.recall).toBeCloseTo((1 + 0.5) / 2);
    expect(f.mrr).toBeCloseTo((1 / 2 + 1) / 2);
    expect(f.violations).toBe(2); // a2 (own city) and c1 (no partnership with a)
    expect(f.suggestions).toBe(5);
  });

  it('counts hard negatives above the first relevant, all of them when none is found', () => {
    const hardNegatives = [
      { organisation: 'b1', kind: 'partner-city-same-need' },
      { organisation: 'c1', kind: 'non-partner-fit' },
    ];
    const queries = [{ organisation: 'a1', relevant: ['b2'], why: '', hardNegatives }];
    const above = (ranked: string[]) =>
      Object.fromEntries(figuresOf(queries, new Map([['a1', ranked]]), geo).hardNegatives.map((h) => [h.kind, `${h.above}/${h.labelled}`]));
    expect(above(['b1', 'b2', 'c1'])).toMatchObject({ 'partner-city-same-need': '1/1', 'non-partner-fit': '0/1', 'same-city-fit': '0/0' });
    expect(above(['c1', 'b1'])).toMatchObject({ 'partner-city-same-need': '1/1', 'non-partner-fit': '1/1' });
  });
});
