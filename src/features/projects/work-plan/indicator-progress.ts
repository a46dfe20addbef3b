/**
 * Progress of an indicator from its baseline toward its target. Targets may lie below the
 * baseline (CO₂ emissions, energy use, waiting times): then going down is progress.
 */
export interface IndicatorProgress {
  direction: 'increase' | 'decrease' | 'hold';
  /** Share of the way from baseline to target, clamped to 0..1; null before anything was measured. */
  ratio: number | null;
  reached: boolean;
}

export function indicatorProgress(baseline: number, target: number, achieved: number | null): IndicatorProgress {
  const direction = target > baseline ? 'increase' : target < baseline ? 'decrease' : 'hold';
  if (achieved === null || !Number.isFinite(achieved)) return { direction, ratio: null, reached: false };
  if (direction === 'hold') {
    // "Keep it at the baseline": reached while it stays there.
    const reached = achieved === target;
    return { direction, ratio: reached ? 1 : 0, reached };
  }
  const raw = (achieved - baseline) / (target - baseline);
  const ratio = Math.min(1, Math.max(0, raw));
  return { direction, ratio, reached: raw >= 1 };
}
