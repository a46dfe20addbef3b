import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.ts';

describe('safeReturnPath', () => {
  it('keeps a path of this site, with its query', () => {
    expect(safeReturnPath('/organisations/acme?tab=people')).toBe('/organisations/acme?tab=people');
  });

  it('percent-encodes characters a Location header cannot carry', () => {
    expect(safeReturnPath('/organisations/stadtwerke-€')).toBe('/organisations/stadtwerke-%E2%82%AC');
  });

  it.each([undefined, null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/a\nb', `/${'x'.repeat(1001)}`])(
    'sends %j to the start page',
    (next) => {
      expect(safeReturnPath(next)).toBe('/');
    },
  );
});
