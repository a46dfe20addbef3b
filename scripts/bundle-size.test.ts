import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.join(import.meta.dirname, 'bundle-size.mjs');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A built web directory: files (name → content) under assets/ and the manifest Vite writes. */
function build(files: Record<string, Buffer | string>, manifest: object) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-bundle-size-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.mkdirSync(path.join(dir, '.vite'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'assets', name), content);
  fs.writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

const run = (dir: string) => spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
const code = (text: string) => `export const x = ${JSON.stringify(text.repeat(50))};\n`;

describe('bundle-size', () => {
  it('counts the entry, its static imports (transitively), the home page and the largest other catalogue, not other pages', () => {
    const files = {
      'index.js': code('entry'),
      'react.js': code('react'),
      'scheduler.js': code('scheduler'),
      'home.js': code('home'),
      'other.js': code('other'),
      'locale-en.js': code('{"en":1}'),
      'locale-de.js': code('{"de":"Deutsch"}'),
      'locale-ro.js': code('{"ro":2}'),
      'index.css': 'a{}',
    };
    const dir = build(files, {
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        imports: ['_react.js'],
        dynamicImports: ['features/dashboard/dashboard-page.tsx', 'features/other/other-page.tsx'],
        css: ['assets/index.css'],
      },
      '_react.js': { file: 'assets/react.js', imports: ['_scheduler.js', '_locale-en.js'] },
      '_locale-en.js': { file: 'assets/locale-en.js', name: 'locale-en' },
      '_locale-de.js': { file: 'assets/locale-de.js', name: 'locale-de', isDynamicEntry: true },
      '_locale-ro.js': { file: 'assets/locale-ro.js', name: 'locale-ro', isDynamicEntry: true },
      '_scheduler.js': { file: 'assets/scheduler.js' },
      'features/dashboard/dashboard-page.tsx': { file: 'assets/home.js', isDynamicEntry: true, imports: ['_react.js'] },
      'features/other/other-page.tsx': { file: 'assets/other.js', isDynamicEntry: true },
    });
    const result = run(dir);
    expect(result.status).toBe(0);
    const counted = ['index.js', 'react.js', 'scheduler.js', 'locale-en.js', 'home.js', 'locale-de.js'] as const;
    const raw = counted.reduce((sum, name) => sum + Buffer.byteLength(files[name]), 0);
    const gzip = counted.reduce((sum, name) => sum + gzipSync(files[name]).length, 0);
    expect(result.stdout).toContain(`First page JavaScript: ${(raw / 1000).toFixed(1)} kB raw, ${(gzip / 1000).toFixed(1)} kB gzip`);
    expect(result.stdout).not.toContain('other.js');
    expect(result.stdout).not.toContain('locale-ro.js');
  });

  it('fails above 300 kB gzip, and without a manifest', () => {
    const dir = build({ 'index.js': randomBytes(310_000) }, { 'index.html': { file: 'assets/index.js', isEntry: true } });
    const over = run(dir);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('over the budget');

    fs.rmSync(path.join(dir, '.vite'), { recursive: true });
    const unbuilt = run(dir);
    expect(unbuilt.status).toBe(1);
    expect(unbuilt.stderr).toContain('build the web app first');
  });
});
