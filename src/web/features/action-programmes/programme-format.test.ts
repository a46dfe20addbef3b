import { describe, expect, it } from 'vitest';
import type { ProgrammeSummary } from '../../../features/action-programmes/action-programmes.schemas.ts';
import { currentProgramme, periodYears } from './programme-format.ts';

const programme = (key: string, startsOn: string, endsOn: string) => ({ id: key, key, startsOn, endsOn }) as ProgrammeSummary;
const periods = [programme('a', '2017-01-01', '2020-12-31'), programme('b', '2021-01-01', '2024-12-31'), programme('c', '2029-01-01', '2032-12-31')];

describe('programme periods', () => {
  it('names a period by its years', () => {
    expect(periodYears('2021-01-01', '2024-12-31')).toBe('2021–2024');
    expect(periodYears('2025-03-01', '2025-12-31')).toBe('2025');
  });

  it('takes the programme running today, else the next to come, else the latest', () => {
    expect(currentProgramme(periods, '2022-06-30')?.key).toBe('b');
    expect(currentProgramme(periods, '2026-06-30')?.key).toBe('c');
    expect(currentProgramme(periods.slice(0, 2), '2026-06-30')?.key).toBe('b');
    expect(currentProgramme([], '2026-06-30')).toBeUndefined();
  });
});
