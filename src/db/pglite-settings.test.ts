import { describe, expect, it } from 'vitest';
import { pgliteInitDbParams, pgliteProfileFromEnv, pgliteProfiles, pgliteStartParams } from './pglite-settings.ts';

describe('PGlite memory settings', () => {
  it('keeps PGlite’s own start parameters and appends the settings after them, so they win', () => {
    const params = pgliteStartParams(['--single', '-c', 'search_path=public'], { shared_buffers: '16MB', work_mem: '4MB' });
    expect(params).toEqual(['--single', '-c', 'search_path=public', '-c', 'shared_buffers=16MB', '-c', 'work_mem=4MB']);
  });

  it('passes the same settings to initdb, so that its bootstrap is small too', () => {
    expect(pgliteInitDbParams({ shared_buffers: '16MB' })).toEqual(['--set', 'shared_buffers=16MB']);
  });

  it('opens with the small profile unless a benchmark asks for the stock one', () => {
    expect(pgliteProfileFromEnv({})).toBe('small');
    expect(pgliteProfileFromEnv({ PONTIS_PGLITE_PROFILE: 'anything' })).toBe('small');
    expect(pgliteProfileFromEnv({ PONTIS_PGLITE_PROFILE: 'stock' })).toBe('stock');
    expect(pgliteProfiles.stock.settings).toEqual({});
  });
});
