import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { privateSourceMaps } from './private-source-maps.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** Runs the plugin's generateBundle on a bundle of assets (file name → source), as Rollup would. */
async function run(dir: string, sources: Record<string, string>): Promise<string[]> {
  const bundle = Object.fromEntries(
    Object.entries(sources).map(([fileName, source]) => [
      fileName,
      { type: 'asset', fileName, source, name: undefined, names: [], originalFileName: null, originalFileNames: [], needsCodeReference: false },
    ]),
  ) as unknown as Rollup.OutputBundle;
  const hook = privateSourceMaps(dir).generateBundle as (this: unknown, output: unknown, bundle: Rollup.OutputBundle) => Promise<void>;
  await hook.call({}, {}, bundle);
  return Object.keys(bundle).sort();
}

describe('privateSourceMaps', () => {
  it('moves the maps out of the bundle into its folder, under the same paths, and leaves the rest', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-maps-')), 'sourcemaps');
    dirs.push(path.dirname(dir));
    const map = '{"version":3,"sources":["../../../src/web/main.tsx"]}';
    const left = await run(dir, { 'assets/index-abc.js': 'console.log(1);', 'assets/index-abc.js.map': map, 'index.html': '<!doctype html>' });
    expect(left).toEqual(['assets/index-abc.js', 'index.html']);
    expect(fs.readFileSync(path.join(dir, 'assets/index-abc.js.map'), 'utf8')).toBe(map);
  });

  it('empties its folder first, so maps of an earlier build do not stay', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pontis-maps-')), 'sourcemaps');
    dirs.push(path.dirname(dir));
    await run(dir, { 'assets/old-abc.js.map': '{}' });
    await run(dir, { 'assets/new-def.js.map': '{}' });
    expect(fs.readdirSync(path.join(dir, 'assets'))).toEqual(['new-def.js.map']);
  });
});
