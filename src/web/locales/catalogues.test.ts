import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiLocales } from '../../shared/locales.ts';

const localesDir = import.meta.dirname;
const webDir = path.resolve(localesDir, '..');
// The public portal renders on the server with these catalogues (features/public-portal/portal-catalogues.ts).
const portalDir = path.resolve(localesDir, '../../features/public-portal');

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
    }
  } else out.set(prefix, String(value));
  return out;
}

const catalogue = (lng: string) => {
  const merged = new Map<string, string>();
  for (const file of fs.readdirSync(path.join(localesDir, lng)).filter((f) => f.endsWith('.json'))) {
    for (const [k, v] of flatten(JSON.parse(fs.readFileSync(path.join(localesDir, lng, file), 'utf8')))) merged.set(k, v);
  }
  return merged;
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'locales' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(d.name) && !d.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('translation catalogues', () => {
  const en = catalogue('en');

  it('has the same files in every language', () => {
    const files = (lng: string) => fs.readdirSync(path.join(localesDir, lng)).sort();
    for (const lng of uiLocales) expect(files(lng), lng).toEqual(files('en'));
  });

  for (const lng of uiLocales) {
    it(`${lng} has every key, no extra key and no empty string`, () => {
      const cat = catalogue(lng);
      expect(
        [...en.keys()].filter((k) => !cat.has(k)),
        `missing in ${lng}`,
      ).toEqual([]);
      expect(
        [...cat.keys()].filter((k) => !en.has(k)),
        `extra in ${lng}`,
      ).toEqual([]);
      expect(
        [...cat].filter(([, v]) => !v.trim()).map(([k]) => k),
        `empty in ${lng}`,
      ).toEqual([]);
    });

    it(`${lng} keeps the same interpolation variables`, () => {
      const cat = catalogue(lng);
      const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
      const mismatched = [...en].filter(([k, v]) => cat.has(k) && vars(cat.get(k)!).join() !== vars(v).join()).map(([k]) => k);
      expect(mismatched).toEqual([]);
    });
  }

  it('defines every key the web app and the public portal use literally', () => {
    const used = new Set<string>();
    for (const file of [...sourceFiles(webDir), ...sourceFiles(portalDir)]) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*['"]([a-zA-Z0-9_.-]+)['"]/g)) used.add(m[1]);
    }
    // Plural keys are stored with suffixes (key_one, key_other).
    const has = (k: string) => en.has(k) || en.has(`${k}_one`) || en.has(`${k}_other`);
    expect([...used].filter((k) => !has(k)).sort()).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
  });
});
