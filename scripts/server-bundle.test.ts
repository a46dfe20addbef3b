import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSource } from './server-bundle.mjs';

const src = path.resolve(import.meta.dirname, '../src');

describe('bundledSource', () => {
  it('counts the server’s sources and the web app’s catalogues, not the rest of the web app', () => {
    expect(bundledSource(path.join(src, 'features/public-portal/portal.routes.ts'))).toBe(true);
    expect(bundledSource(path.join(src, 'web/locales'))).toBe(true);
    expect(bundledSource(path.join(src, 'web/locales/de/portal.json'))).toBe(true);
    expect(bundledSource(path.join(src, 'web/features/partnerships/partnership-page.tsx'))).toBe(false);
    expect(bundledSource(path.join(src, 'web/localesque.ts'))).toBe(false);
  });
});
