import { describe, expect, it } from 'vitest';
import { parseRadar } from './use-calls-state.ts';

describe('parseRadar', () => {
  it('reads the radar subject from the URL value', () => {
    expect(parseRadar('partnership:dortmund-cluj-napoca')).toEqual({ mode: 'partnership', value: 'dortmund-cluj-napoca' });
    expect(parseRadar('text:air: quality')).toEqual({ mode: 'text', value: 'air: quality' });
    expect(parseRadar('project:0b5e6c1a-2f8d-4c55-9a43-2f1f4a7d9e10')).toEqual({ mode: 'project', value: '0b5e6c1a-2f8d-4c55-9a43-2f1f4a7d9e10' });
    expect(parseRadar('city:1')).toBeNull();
    expect(parseRadar(null)).toBeNull();
  });
});
