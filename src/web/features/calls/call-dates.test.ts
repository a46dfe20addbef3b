import { describe, expect, it } from 'vitest';
import { deadlineLabel } from './call-dates.ts';

describe('deadlineLabel', () => {
  const t = (key: string, vars: { n: string }) => `${key}:${vars.n}`;
  it('translates stages and cut-offs, keeping the portal’s action name', () => {
    expect(deadlineLabel(t, 'stage 2')).toBe('calls.deadline.stage:2');
    expect(deadlineLabel(t, 'cut-off 3 (HORIZON-RIA)')).toBe('calls.deadline.cutOff:3 (HORIZON-RIA)');
  });
  it('leaves any other label as the portal wrote it', () => {
    expect(deadlineLabel(t, 'HORIZON-CSA')).toBe('HORIZON-CSA');
  });
});
