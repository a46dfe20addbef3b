import { describe, expect, it } from 'vitest';
import { indicatorProgress } from './indicator-progress.ts';

describe('indicator progress', () => {
  it('measures the way from baseline to target for indicators that should grow', () => {
    expect(indicatorProgress(10, 30, 20)).toEqual({ direction: 'increase', ratio: 0.5, reached: false });
    expect(indicatorProgress(10, 30, 35)).toEqual({ direction: 'increase', ratio: 1, reached: true });
    expect(indicatorProgress(10, 30, 5)).toEqual({ direction: 'increase', ratio: 0, reached: false });
  });

  it('counts going down as progress when the target lies below the baseline (CO₂)', () => {
    expect(indicatorProgress(1000, 600, 900)).toEqual({ direction: 'decrease', ratio: 0.25, reached: false });
    expect(indicatorProgress(1000, 600, 550)).toEqual({ direction: 'decrease', ratio: 1, reached: true });
    expect(indicatorProgress(1000, 600, 1100).ratio).toBe(0);
  });

  it('has no progress before a measurement, and holds a target equal to the baseline', () => {
    expect(indicatorProgress(0, 5, null)).toEqual({ direction: 'increase', ratio: null, reached: false });
    expect(indicatorProgress(5, 5, 5)).toEqual({ direction: 'hold', ratio: 1, reached: true });
    expect(indicatorProgress(5, 5, 4).reached).toBe(false);
  });
});
