import { describe, expect, it } from 'vitest';
import { isUuid } from './uuid.ts';

describe('isUuid', () => {
  it('accepts uuids of any version, in either case', () => {
    expect(isUuid('0b8e6f3a-6a1c-4f0e-9a51-2d3c4b5a6978')).toBe(true);
    expect(isUuid('0B8E6F3A-6A1C-4F0E-9A51-2D3C4B5A6978')).toBe(true);
    expect(isUuid('00000000-0000-0000-0000-000000000000')).toBe(true);
  });

  it('refuses keys and strings that only look like a uuid', () => {
    expect(isUuid('dortmund')).toBe(false);
    expect(isUuid('')).toBe(false);
    // 36 characters of hex digits and dashes, but not in the 8-4-4-4-12 groups
    expect(isUuid('------------------------------------')).toBe(false);
    expect(isUuid('0b8e6f3a6a1c4f0e9a512d3c4b5a6978abcd')).toBe(false);
    expect(isUuid('0b8e6f3a-6a1c-4f0e-9a51-2d3c4b5a697g')).toBe(false);
    expect(isUuid(' 0b8e6f3a-6a1c-4f0e-9a51-2d3c4b5a6978')).toBe(false);
    expect(isUuid('0b8e6f3a-6a1c-4f0e-9a51-2d3c4b5a6978\n')).toBe(false);
    expect(isUuid('{0b8e6f3a-6a1c-4f0e-9a51-2d3c4b5a6978}')).toBe(false);
  });
});
